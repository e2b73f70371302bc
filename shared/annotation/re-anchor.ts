import type { TextQuote } from '../model/annotation';
import type { TextRange, Utf16Offset } from '../text/offsets';
import { isGraphemeBoundary } from '../text/segment-boundaries';
import { quotedFragmentTexts } from './text-quote';

/** Where an annotation was, as stored: its fragments in the old text and its quote selector. */
export interface StoredAnchor {
  readonly fragments: readonly TextRange[];
  readonly quote: TextQuote;
}

export type ReanchorResult =
  | { readonly status: 'unchanged'; readonly fragments: readonly TextRange[] }
  | { readonly status: 'moved'; readonly fragments: readonly TextRange[] }
  | {
      readonly status: 'orphaned';
      /** The quoted text is gone, or it is there several times and nothing says which is meant. */
      readonly reason: 'quote-not-found' | 'ambiguous';
    };

/** A possible new place for the whole annotation, with how well its surroundings match. */
interface Placement {
  readonly fragments: readonly TextRange[];
  /** Characters of the stored prefix and suffix found around it. */
  readonly contextAgreement: number;
  /** Sides (0–2) whose stored context is found in full. */
  readonly sidesInFull: number;
  /** How far its first fragment is from where the first fragment was. */
  readonly distance: number;
}

/**
 * Finds where an annotation belongs in a new version of its article's text.
 *
 * 1. If the quoted text is still at the stored position with its whole context, it is `unchanged`
 *    (even where it splits a character sequence, as it did when it was made).
 * 2. Else, the exact occurrences of the quote whose stored prefix or suffix is found in full around
 *    them are the candidates; the best wins: both sides in full before one, then more context
 *    characters agreeing, then nearness to the old position. Only occurrences that split no
 *    character count (the man in "👨‍👩‍👧" is not a "👨"). The common case, an annotation that
 *    shifted with its context intact, is found by searching outward from the old position.
 * 3. Failing that, the quote still at its old position stays there (`unchanged`), and a quote found
 *    exactly once anywhere moves there.
 * 4. Otherwise the annotation is `orphaned`: the quote is gone, or it is there several times with
 *    nothing to tell which is meant. There is deliberately no fuzzy matching: a look-alike passage
 *    silently receiving an analyst's annotation (Hypothesis client#7571) is worse than asking them
 *    to re-attach it.
 *
 * A discontinuous annotation is found fragment by fragment, in order: each fragment after the first
 * is taken at its occurrence after the previous one that is nearest to where the old gap puts it.
 * Its prefix is checked before the first fragment, its suffix after the last.
 *
 * An empty stored prefix means the annotation started the text, so it agrees in full only with a
 * place that starts the new text (likewise for the suffix and the end).
 */
export function reanchor(anchor: StoredAnchor, text: string): ReanchorResult {
  const { fragments, quote } = anchor;
  const pieces = quotedFragmentTexts(quote, fragments);
  const oldStart = fragments[0]?.start ?? 0;
  const inPlace = fragments.every(({ start, end }, i) => text.slice(start, end) === pieces[i]);
  // With its whole context it splits just what it split when it was made (an imported span may
  // cover part of an emoji sequence); only elsewhere must it fall on whole characters.
  if (inPlace && assess(fragments, quote, text, oldStart).sidesInFull === 2) {
    return { status: 'unchanged', fragments };
  }
  const stillInPlace = inPlace && fragments.every(({ start, end }) => splitsNoCharacter(text, start, end));

  const [onlyPiece] = pieces;
  if (pieces.length === 1 && onlyPiece !== undefined) {
    const start = nearestWithWholeContext(text, quote, onlyPiece, oldStart);
    if (start !== null) return settle([{ start, end: start + onlyPiece.length }], fragments);
  }

  const finder = new FragmentFinder(text, pieces, fragments);
  const withContext = finder
    .placements(startsWithContext(text, quote, pieces))
    .map((placed) => assess(placed, quote, text, oldStart))
    .filter((placement) => placement.sidesInFull > 0);
  if (withContext.length > 0) {
    return settle(withContext.reduce((a, b) => (ranksAbove(b, a) ? b : a)).fragments, fragments);
  }
  if (stillInPlace) return { status: 'unchanged', fragments };

  const anywhere = finder.placements(occurrences(text, pieces[0] ?? ''), 2);
  const [only] = anywhere;
  if (only !== undefined && anywhere.length === 1) return settle(only, fragments);
  return { status: 'orphaned', reason: anywhere.length === 0 ? 'quote-not-found' : 'ambiguous' };
}

function settle(found: readonly TextRange[], old: readonly TextRange[]): ReanchorResult {
  const same = found.every((f, i) => f.start === old[i]?.start && f.end === old[i].end);
  return same ? { status: 'unchanged', fragments: old } : { status: 'moved', fragments: found };
}

/**
 * The start of the occurrence of `piece` nearest `oldStart` with the whole stored prefix before it
 * and the whole suffix after it, or null. Searching outward from the old position means an
 * annotation that merely shifted costs time in proportion to the shift, not to the text.
 */
function nearestWithWholeContext(
  text: string,
  { prefix, suffix }: TextQuote,
  piece: string,
  oldStart: Utf16Offset,
): Utf16Offset | null {
  const fits = (start: Utf16Offset) =>
    text.startsWith(prefix + piece + suffix, start - prefix.length) &&
    (prefix !== '' || start === 0) &&
    (suffix !== '' || start + piece.length === text.length) &&
    splitsNoCharacter(text, start, start + piece.length);
  if (prefix === '') return fits(0) ? 0 : null;
  if (suffix === '') return fits(text.length - piece.length) ? text.length - piece.length : null;

  const needle = prefix + piece + suffix;
  const origin = Math.min(Math.max(0, oldStart - prefix.length), text.length);
  let after = text.indexOf(needle, origin);
  while (after !== -1 && !fits(after + prefix.length)) after = text.indexOf(needle, after + 1);
  // Only a match no further away than `after` can win; on a tie the earlier one does.
  const floor = after === -1 ? 0 : Math.max(0, 2 * origin - after);
  const window = text.slice(floor, origin - 1 + needle.length);
  let before = window.lastIndexOf(needle, origin - 1 - floor);
  while (before !== -1 && !fits(floor + before + prefix.length)) {
    before = before === 0 ? -1 : window.lastIndexOf(needle, before - 1);
  }
  if (before !== -1) return floor + before + prefix.length;
  return after === -1 ? null : after + prefix.length;
}

/**
 * Where the first fragment may start so that the stored prefix or suffix is found around the
 * annotation in full: found directly by searching for context and quote together, so the cost does
 * not grow with how often the quote alone occurs ("Scholz" 500 times in a long article). A
 * discontinuous annotation's suffix follows its last fragment, wherever that lands, so there every
 * occurrence of the first fragment is tried.
 */
function startsWithContext(text: string, quote: TextQuote, pieces: readonly string[]): Iterable<Utf16Offset> {
  const [first = '', ...rest] = pieces;
  if (rest.length > 0) return occurrences(text, first);
  const starts = new Set<Utf16Offset>();
  if (quote.prefix === '') {
    if (text.startsWith(first)) starts.add(0);
  } else {
    for (const at of findAll(text, quote.prefix + first)) starts.add(at + quote.prefix.length);
  }
  if (quote.suffix === '') {
    if (text.endsWith(first)) starts.add(text.length - first.length);
  } else {
    for (const at of findAll(text, first + quote.suffix)) starts.add(at);
  }
  return [...starts].filter((start) => splitsNoCharacter(text, start, start + first.length)).sort((a, b) => a - b);
}

/** Places the fragments of one annotation, given where its first fragment starts. */
class FragmentFinder {
  /** Sorted occurrences of each fragment after the first, computed when first needed. */
  private laterOccurrences: Utf16Offset[][] | null = null;

  constructor(
    private readonly text: string,
    private readonly pieces: readonly string[],
    private readonly old: readonly TextRange[],
  ) {}

  /** The annotation placed from each start in turn, skipping starts it cannot be placed from. */
  placements(starts: Iterable<Utf16Offset>, limit = Infinity): TextRange[][] {
    const found: TextRange[][] = [];
    for (const start of starts) {
      if (found.length >= limit) break;
      const placed = this.placeFrom(start);
      if (placed !== null) found.push(placed);
    }
    return found;
  }

  /** Each fragment after the first at its occurrence nearest the old gap; null if one is missing. */
  private placeFrom(start: Utf16Offset): TextRange[] | null {
    const placed: TextRange[] = [{ start, end: start + (this.pieces[0]?.length ?? 0) }];
    for (let i = 1; i < this.old.length; i++) {
      this.laterOccurrences ??= this.pieces.slice(1).map((piece) => [...occurrences(this.text, piece)]);
      const previous = placed[i - 1];
      const gap = (this.old[i]?.start ?? 0) - (this.old[i - 1]?.end ?? 0);
      const positions = this.laterOccurrences[i - 1] ?? [];
      if (previous === undefined) return null;
      const next = nearestAtOrAfter(positions, previous.end, previous.end + gap);
      if (next === null) return null;
      placed.push({ start: next, end: next + (this.pieces[i]?.length ?? 0) });
    }
    return placed;
  }
}

/** Of the sorted `positions` not before `floor`, the one nearest `target` (the earlier on a tie). */
function nearestAtOrAfter(positions: readonly Utf16Offset[], floor: Utf16Offset, target: Utf16Offset) {
  const firstAbove = lowerBound(positions, Math.max(floor, target));
  const above = positions[firstAbove];
  const below = positions[firstAbove - 1];
  const belowUsable = below !== undefined && below >= floor;
  if (above === undefined) return belowUsable ? below : null;
  return belowUsable && target - below <= above - target ? below : above;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? Infinity) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Every start of `piece` in `text` that splits no character, overlapping ones included, in order. */
function* occurrences(text: string, piece: string): Generator<Utf16Offset> {
  for (const at of findAll(text, piece)) if (splitsNoCharacter(text, at, at + piece.length)) yield at;
}

function* findAll(text: string, needle: string): Generator<Utf16Offset> {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) yield at;
}

function splitsNoCharacter(text: string, start: Utf16Offset, end: Utf16Offset): boolean {
  return isGraphemeBoundary(text, start) && isGraphemeBoundary(text, end);
}

function assess(fragments: readonly TextRange[], quote: TextQuote, text: string, oldStart: Utf16Offset): Placement {
  const start = fragments[0]?.start ?? 0;
  const end = fragments[fragments.length - 1]?.end ?? 0;
  const before = agreeingPrefix(text, start, quote.prefix);
  const after = agreeingSuffix(text, end, quote.suffix);
  const prefixInFull = quote.prefix.length === 0 ? start === 0 : before === quote.prefix.length;
  const suffixInFull = quote.suffix.length === 0 ? end === text.length : after === quote.suffix.length;
  return {
    fragments,
    contextAgreement: before + after,
    sidesInFull: Number(prefixInFull) + Number(suffixInFull),
    distance: Math.abs(start - oldStart),
  };
}

/** How many characters at the end of `prefix` are also just before `offset`. */
function agreeingPrefix(text: string, offset: Utf16Offset, prefix: string): number {
  let n = 0;
  while (n < prefix.length && offset - n > 0 && text[offset - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** How many characters at the start of `suffix` are also just after `offset`. */
function agreeingSuffix(text: string, offset: Utf16Offset, suffix: string): number {
  let n = 0;
  while (n < suffix.length && offset + n < text.length && text[offset + n] === suffix[n]) n++;
  return n;
}

function ranksAbove(a: Placement, b: Placement): boolean {
  if (a.sidesInFull !== b.sidesInFull) return a.sidesInFull > b.sidesInFull;
  if (a.contextAgreement !== b.contextAgreement) return a.contextAgreement > b.contextAgreement;
  return a.distance < b.distance;
}

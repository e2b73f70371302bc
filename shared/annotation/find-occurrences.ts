import type { TextRange, Utf16Offset } from '../text/offsets';
import {
  graphemeEndAtOrAfter,
  graphemeStartAtOrBefore,
  isGraphemeBoundary,
  isWordBoundary,
} from '../text/segment-boundaries';

/** Characters of context shown either side of an occurrence in the "annotate all" preview. */
export const OCCURRENCE_CONTEXT_CHARS = 40;

export interface OccurrenceSearch {
  /** Default true. When false, case is ignored by Unicode simple case folding ("ß" does not match "SS"). */
  readonly caseSensitive?: boolean;
  /** Only occurrences that are whole words for the language's word segmenter. Default false. */
  readonly wholeWord?: boolean;
  /** BCP 47 tag of the article's language, for whole-word matching; undefined uses the app's locale. */
  readonly language?: string;
  /** Ranges already annotated with the label being applied: occurrences overlapping them are left out. */
  readonly excludedRanges?: readonly TextRange[];
}

export interface Occurrence {
  readonly range: TextRange;
  /** The occurrence with some text either side, for the preview list. */
  readonly context: {
    readonly before: string;
    readonly match: string;
    readonly after: string;
    /** Whether there is more text before `before` / after `after` (the preview shows "…"). */
    readonly clippedBefore: boolean;
    readonly clippedAfter: boolean;
  };
}

/**
 * Every occurrence of `query` in `text`, in text order and not overlapping one another, for
 * "annotate all occurrences". An occurrence never splits a character (searching "👨" does not find
 * the man inside "👨‍👩‍👧"), and with `wholeWord`, never part of a word ("Berlin" not in "Berliner";
 * found in "Berlin-Mitte", where the hyphen separates words).
 */
export function findOccurrences(text: string, query: string, search: OccurrenceSearch = {}): Occurrence[] {
  if (query.length === 0) return [];
  const next = search.caseSensitive === false ? caseInsensitiveSearch(text, query) : exactSearch(text, query);
  const overlapsExcluded = exclusionTest(search.excludedRanges ?? []);
  const isWholeEnough = (range: TextRange) =>
    search.wholeWord === true
      ? isWordBoundary(text, range.start, search.language) && isWordBoundary(text, range.end, search.language)
      : isGraphemeBoundary(text, range.start) && isGraphemeBoundary(text, range.end);

  const found: Occurrence[] = [];
  let match = next(0);
  while (match !== null) {
    if (isWholeEnough(match) && !overlapsExcluded(match)) {
      found.push({ range: match, context: contextOf(text, match) });
      match = next(match.end);
    } else {
      // A rejected match may overlap an acceptable one, so look again one character on.
      match = next(match.start + ((text.codePointAt(match.start) ?? 0) > 0xffff ? 2 : 1));
    }
  }
  return found;
}

type Search = (from: Utf16Offset) => TextRange | null;

function exactSearch(text: string, query: string): Search {
  return (from) => {
    const start = text.indexOf(query, from);
    return start === -1 ? null : { start, end: start + query.length };
  };
}

function caseInsensitiveSearch(text: string, query: string): Search {
  const pattern = new RegExp(query.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'giu');
  return (from) => {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    return match === null ? null : { start: match.index, end: match.index + match[0].length };
  };
}

/** Overlap with any of the ranges, in O(log n): sorted by start, with the furthest end so far. */
function exclusionTest(ranges: readonly TextRange[]): (range: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  sorted.forEach((range, i) => furthestEnd.push(Math.max(range.end, furthestEnd[i - 1] ?? -Infinity)));
  return (range) => {
    // How many excluded ranges start before this one ends; they overlap it if any reaches past its start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle]?.start ?? Infinity) < range.end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? -Infinity) > range.start;
  };
}

function contextOf(text: string, range: TextRange): Occurrence['context'] {
  const from = graphemeStartAtOrBefore(text, Math.max(0, range.start - OCCURRENCE_CONTEXT_CHARS));
  const to = graphemeEndAtOrAfter(text, Math.min(text.length, range.end + OCCURRENCE_CONTEXT_CHARS));
  return {
    before: text.slice(from, range.start),
    match: text.slice(range.start, range.end),
    after: text.slice(range.end, to),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  };
}

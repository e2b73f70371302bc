import type { TextRange, Utf16Offset } from '../../../../shared/text/offsets';
import { wordSegmenter } from '../../../../shared/text/segmenters';

/** A sentence as token-based formats write it: from its first token to its last. */
export interface Sentence extends TextRange {
  readonly tokens: readonly TextRange[];
}

export interface SegmentOptions {
  /** Offsets (annotation edges) where a token must end, so every span covers whole tokens. */
  readonly splitAt?: Iterable<Utf16Offset>;
  /** Ranges that must not be cut by a sentence break (an entity tagged across two sentences). */
  readonly keepTogether?: readonly TextRange[];
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

/**
 * Sentences and tokens of a text, by the Unicode (ICU) rules of its language: sentences from the
 * sentence segmenter, tokens from the word segmenter (punctuation and each emoji become tokens of
 * their own). Tokens never contain whitespace, so whitespace-separated formats (CoNLL, TSV) stay
 * parseable; sentences without a token are skipped. Offsets are UTF-16 units of `text`.
 */
export function segmentSentences(text: string, language: string | null, options: SegmentOptions = {}): Sentence[] {
  const locale = usableLocale(language);
  const tokens = tokenize(text, language, options.splitAt);
  const breaks = [...sentenceSegmenter(locale).segment(text)].map((segment) => segment.index).slice(1);

  // The sentence of each token, by where the token starts.
  const sentenceOf: number[] = [];
  let sentence = 0;
  for (const token of tokens) {
    while (sentence < breaks.length && (breaks[sentence] ?? Infinity) <= token.start) sentence++;
    sentenceOf.push(sentence);
  }
  // Sentence s is joined to s + 1 when a range to keep together has tokens in both.
  const joined = new Set<number>();
  for (const range of options.keepTogether ?? []) {
    let i = firstTokenEndingAfter(tokens, range.start);
    const first = sentenceOf[i];
    while ((tokens[i + 1]?.start ?? Infinity) < range.end) i++;
    const last = sentenceOf[i];
    if (first === undefined || last === undefined || (tokens[i]?.start ?? Infinity) >= range.end) continue;
    for (let s = first; s < last; s++) joined.add(s);
  }

  const sentences: TextRange[][] = [];
  tokens.forEach((token, i) => {
    const current = sentenceOf[i] ?? 0;
    const previous = sentenceOf[i - 1];
    const continues = previous !== undefined && (previous === current || joinedBetween(joined, previous, current));
    if (continues) sentences[sentences.length - 1]?.push(token);
    else sentences.push([token]);
  });
  return sentences.map((sentenceTokens) => ({
    start: sentenceTokens[0]?.start ?? 0,
    end: sentenceTokens[sentenceTokens.length - 1]?.end ?? 0,
    tokens: sentenceTokens,
  }));
}

/**
 * The tokens of a text by the word segmentation rules of its language, without whitespace, each
 * split where `splitAt` falls inside it. UTF-16 offsets of `text`.
 */
export function tokenize(text: string, language: string | null, splitAt: Iterable<Utf16Offset> = []): TextRange[] {
  return splitTokens(wordTokens(text, usableLocale(language)), [...splitAt]);
}

function firstTokenEndingAfter(tokens: readonly TextRange[], offset: Utf16Offset): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function joinedBetween(joined: ReadonlySet<number>, from: number, to: number): boolean {
  for (let s = from; s < to; s++) if (!joined.has(s)) return false;
  return true;
}

/** The article's language when Intl knows it, else the default locale (a well-formed but unknown tag). */
function usableLocale(language: string | null): string | undefined {
  if (language === null) return undefined;
  try {
    wordSegmenter(language);
    return language;
  } catch {
    return undefined;
  }
}

function sentenceSegmenter(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = sentenceSegmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    sentenceSegmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Word segments without their whitespace (a segment may start with a space a combining mark follows). */
function wordTokens(text: string, locale: string | undefined): TextRange[] {
  const tokens: TextRange[] = [];
  for (const { segment, index } of wordSegmenter(locale).segment(text)) {
    for (const run of segment.matchAll(/\S+/gu)) {
      tokens.push({ start: index + run.index, end: index + run.index + run[0].length });
    }
  }
  return tokens;
}

function splitTokens(tokens: readonly TextRange[], splitAt: readonly Utf16Offset[]): TextRange[] {
  const cuts = [...new Set(splitAt)].sort((a, b) => a - b);
  const result: TextRange[] = [];
  let next = 0;
  for (const token of tokens) {
    while (next < cuts.length && (cuts[next] ?? Infinity) <= token.start) next++;
    let start = token.start;
    for (let c = next; c < cuts.length && (cuts[c] ?? Infinity) < token.end; c++) {
      const cut = cuts[c] ?? token.end;
      result.push({ start, end: cut });
      start = cut;
    }
    result.push({ start, end: token.end });
  }
  return result;
}

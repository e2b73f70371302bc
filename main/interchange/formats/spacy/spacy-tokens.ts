import type { TextRange } from '../../../../shared/text/offsets';
import { tokenize } from '../common/sentences';

/** A token as spaCy's Doc holds it: its text range and whether one space follows (`ws`). */
export interface SpacyToken extends TextRange {
  readonly ws: boolean;
}

/**
 * Tokens that rebuild the text exactly as spaCy does (`''.join(t.text + ' ' * t.ws)`): a single
 * space after a word is the word's `ws`, any other whitespace (line breaks, a second space, leading
 * space) is a whitespace token of its own, as spaCy's tokenizer makes them. Tokens are split at
 * every span edge, so each span starts and ends on token boundaries; where a span starts or ends
 * at a space that space stays a token. UTF-16 offsets of `text`.
 */
export function spacyTokens(text: string, language: string | null, spans: readonly TextRange[]): SpacyToken[] {
  const edges = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const spanStarts = new Set(spans.map((span) => span.start));
  const spanEnds = new Set(spans.map((span) => span.end));
  const tokens: { start: number; end: number; ws: boolean }[] = [];
  let nextEdge = 0;

  const addWhitespace = (from: number, to: number) => {
    let start = from;
    const previous = tokens[tokens.length - 1];
    const spaceIsTrailing = text[from] === ' ' && !spanStarts.has(from) && !spanEnds.has(from + 1);
    if (previous !== undefined && from < to && spaceIsTrailing) {
      previous.ws = true;
      start = from + 1;
    }
    while (nextEdge < edges.length && (edges[nextEdge] ?? Infinity) <= start) nextEdge++;
    for (; nextEdge < edges.length && (edges[nextEdge] ?? Infinity) < to; nextEdge++) {
      const edge = edges[nextEdge] ?? to;
      tokens.push({ start, end: edge, ws: false });
      start = edge;
    }
    if (start < to) tokens.push({ start, end: to, ws: false });
  };

  let cursor = 0;
  for (const word of tokenize(text, language, edges)) {
    addWhitespace(cursor, word.start);
    tokens.push({ start: word.start, end: word.end, ws: false });
    cursor = word.end;
  }
  addWhitespace(cursor, text.length);
  return tokens;
}

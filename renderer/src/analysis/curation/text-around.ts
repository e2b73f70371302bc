import type { TextRange } from '../../../../shared/text/offsets';

/** A piece of the text shown around a disagreement, marked where a version's span covers it. */
export interface TextPiece {
  readonly text: string;
  readonly marked: boolean;
}

const CONTEXT_CHARS = 120;

/** A UTF-16 offset moved off the middle of a surrogate pair, so no emoji is cut in half. */
function wholeCharacter(text: string, offset: number, direction: -1 | 1): number {
  const code = text.charCodeAt(offset);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isLowSurrogate && offset > 0 && offset < text.length ? offset + (direction === -1 ? -1 : 1) : offset;
}

/**
 * The text from some characters before `around` to some after, cut into pieces at the marks'
 * edges (UTF-16 offsets of the stored text, as the disagreement gives them), with "…" where the
 * text goes on.
 */
export function textAround(
  text: string,
  around: TextRange,
  marks: readonly TextRange[],
  context = CONTEXT_CHARS,
): TextPiece[] {
  const from = wholeCharacter(text, Math.max(0, around.start - context), -1);
  const to = wholeCharacter(text, Math.min(text.length, around.end + context), 1);
  const edges = new Set([from, to]);
  for (const mark of marks) {
    for (const edge of [mark.start, mark.end]) if (edge > from && edge < to) edges.add(edge);
  }
  const sorted = [...edges].sort((x, y) => x - y);
  const pieces: TextPiece[] = [];
  for (let index = 0; index + 1 < sorted.length; index++) {
    const start = sorted[index] ?? from;
    const end = sorted[index + 1] ?? to;
    const marked = marks.some((mark) => mark.start <= start && mark.end >= end);
    const last = pieces.at(-1);
    if (last?.marked === marked) pieces[pieces.length - 1] = { text: last.text + text.slice(start, end), marked };
    else pieces.push({ text: text.slice(start, end), marked });
  }
  const ellipsis = { text: '…', marked: false };
  return [...(from > 0 ? [ellipsis] : []), ...pieces, ...(to < text.length ? [ellipsis] : [])];
}

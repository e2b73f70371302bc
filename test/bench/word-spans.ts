/** Where a generated text's words are (two Han characters count as a word), for placing annotations. */
export interface Span {
  start: number;
  end: number;
}

export function wordSpans(text: string): Span[] {
  return [...text.matchAll(/\p{Script=Han}{2}|[\p{L}\p{M}]{2,}/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const MAX_TITLE_GRAPHEMES = 100;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Whether a first line reads as a headline rather than the start of the body: short enough to
 * need no cutting, and not ending like a sentence or a clause (".", ",", ";", ":", "…").
 */
export function looksLikeTitle(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || /[.,;:…]$/u.test(trimmed)) return false;
  if (trimmed.length <= MAX_TITLE_GRAPHEMES) return true;
  // Count no further than needed: a "first line" can be the whole of a huge one-line file.
  const clusters = graphemes.segment(trimmed)[Symbol.iterator]();
  for (let count = 0; count <= MAX_TITLE_GRAPHEMES; count++) if (clusters.next().done === true) return true;
  return false;
}

/** The first non-empty line of a text. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n', 50)
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

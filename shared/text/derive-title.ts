import { graphemeSegmenter, wordSegmenter } from './segmenters';

const MAX_TITLE_GRAPHEMES = 100;

/**
 * A title for text that arrived without one (a paste): its first non-empty line, cut at a word
 * boundary so a long lead sentence still reads as a title. Cuts by grapheme so an emoji sequence
 * or a letter with combining marks is never split.
 */
export function deriveTitle(text: string): string {
  const firstLine = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  if (firstLine === undefined) return 'Untitled article';
  const clusters = Array.from(graphemeSegmenter().segment(firstLine), (segment) => segment.segment);
  if (clusters.length <= MAX_TITLE_GRAPHEMES) return firstLine;
  const cut = clusters.slice(0, MAX_TITLE_GRAPHEMES).join('');
  // The last word boundary before the limit, unless the line is one enormous word.
  let lastWordEnd = 0;
  for (const segment of wordSegmenter(undefined).segment(cut)) {
    if (segment.isWordLike === true && segment.index + segment.segment.length < cut.length) {
      lastWordEnd = segment.index + segment.segment.length;
    }
  }
  const atWord = lastWordEnd > 0 ? cut.slice(0, lastWordEnd) : cut;
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}

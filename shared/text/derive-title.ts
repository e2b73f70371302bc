const MAX_TITLE_CHARS = 100;

/**
 * A title for text that arrived without one (a paste): its first non-empty line, cut at a word
 * boundary so a long lead sentence still reads as a title.
 */
export function deriveTitle(text: string): string {
  const firstLine = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  if (firstLine === undefined) return 'Untitled article';
  const characters = Array.from(firstLine);
  if (characters.length <= MAX_TITLE_CHARS) return firstLine;
  const cut = characters.slice(0, MAX_TITLE_CHARS).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace > MAX_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:–—-]+$/u, '')}…`;
}

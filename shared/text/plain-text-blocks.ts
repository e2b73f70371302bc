import type { Block } from '../model/article';

/** Plain text has no markup, so each non-empty line is a paragraph; blank lines only separate. */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim().length > 0) blocks.push({ kind: 'paragraph', start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return blocks;
}

import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { Mappable } from 'prosemirror-transform';
import type { Block, BlockKind } from '../../../shared/model/article';
import { NODE_NAME_FOR_BLOCK_KIND } from '../article-view/article-schema';
import type { TextPositionMap } from '../article-view/text-position-map';

/** What an edited document stands for: the article text and its blocks, as the store keeps them. */
export interface ArticleText {
  readonly text: string;
  readonly blocks: Block[];
}

const KIND_FOR_NODE_NAME = new Map<string, BlockKind>(
  Object.entries(NODE_NAME_FOR_BLOCK_KIND).map(([kind, name]) => [name, kind as BlockKind]),
);

/** Separator for a block boundary the edit created (Enter): one line break. */
const NEW_BLOCK_SEPARATOR = '\n';

/**
 * Turns an edited document back into article text. The text between blocks is not shown, so it
 * is taken from the text before the edit wherever a block boundary survived the edit (`toBase`
 * maps edited positions back to the document before it); only new boundaries get a plain line
 * break. Text before the first and after the last block is kept the same way. Each block's text is
 * put into NFC, the form the store keeps.
 */
export function docToArticleText(
  doc: ProseMirrorNode,
  base: { readonly text: string; readonly positions: TextPositionMap },
  toBase: Mappable,
): ArticleText {
  const baseEnds = new Map<number, number>();
  const baseStarts = new Map<number, number>();
  for (let i = 0; i < base.positions.blockCount; i++) {
    const range = base.positions.blockDocRange(i);
    baseEnds.set(range.to, i);
    baseStarts.set(range.from, i);
  }
  const baseTextRange = (i: number) => base.positions.docRangeToTextRange(base.positions.blockDocRange(i));
  const lastBase = base.positions.blockCount - 1;

  let text = '';
  const blocks: Block[] = [];
  let previousEnd: number | null = null;
  let firstStart: number | null = null;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const contentStart = pos + 1;
    const contentEnd = contentStart + node.content.size;
    if (previousEnd === null) {
      firstStart = contentStart;
      if (baseStarts.get(toBase.map(contentStart, -1)) === 0) text += base.text.slice(0, baseTextRange(0).start);
    } else {
      text += separatorBetween(previousEnd, contentStart);
    }
    const kind = KIND_FOR_NODE_NAME.get(node.type.name) ?? 'paragraph';
    const start = text.length;
    text += node.textContent.normalize('NFC');
    const level: unknown = node.attrs['level'];
    blocks.push({ kind, start, end: text.length, ...(typeof level === 'number' ? { level } : {}) });
    previousEnd = contentEnd;
    return false;
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- both are set in the callback above, which TypeScript does not follow.
  if (previousEnd !== null && firstStart !== null) {
    const baseEnd = toBase.mapResult(previousEnd, -1);
    if (!baseEnd.deleted && baseEnds.get(baseEnd.pos) === lastBase)
      text += base.text.slice(baseTextRange(lastBase).end);
  }
  return { text, blocks };

  /**
   * The boundary survived if its two sides still map back to the end of a stored block and the
   * start of the next one. Each side leans towards the boundary, so text typed at the end or start
   * of a block (which also maps onto those places) does not count as a new boundary.
   */
  function separatorBetween(endOfPrevious: number, startOfNext: number): string {
    const i = baseEnds.get(toBase.map(endOfPrevious, 1));
    if (i === undefined || baseStarts.get(toBase.map(startOfNext, -1)) !== i + 1) return NEW_BLOCK_SEPARATOR;
    return base.text.slice(baseTextRange(i).end, baseTextRange(i + 1).start);
  }
}

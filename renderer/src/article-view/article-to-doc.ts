import type { Node as ProseMirrorNode, Schema } from 'prosemirror-model';
import type { Block } from '../../../shared/model/article';
import { articleSchema, NODE_NAME_FOR_BLOCK_KIND } from './article-schema';
import { TextPositionMap } from './text-position-map';

/** The parts of an article that decide what the document looks like. */
export interface ArticleLayout {
  text: string;
  blocks: readonly Block[];
}

/** A document built from an article, with the map between its positions and the article's text offsets. */
export interface ArticleDocument {
  doc: ProseMirrorNode;
  positions: TextPositionMap;
}

/** The article's blocks do not describe its text (overlap, out of order, past the end). */
export class InvalidArticleLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidArticleLayoutError';
  }
}

/**
 * Builds the ProseMirror document for an article: one textblock per `Block`, holding exactly
 * `text.slice(block.start, block.end)`, so document positions and text offsets differ only by a
 * per-block shift (see TextPositionMap). Text between blocks (the separators) is not shown.
 *
 * Pure: no DOM, no view; safe to call in unit tests and workers.
 *
 * An article without blocks becomes one empty paragraph anchored at offset 0, because a
 * ProseMirror document needs at least one block. Invalid layouts throw rather than being
 * "repaired", because a repaired layout would silently shift every annotation offset.
 */
export function articleToDoc(article: ArticleLayout, schema: Schema = articleSchema): ArticleDocument {
  validateLayout(article);
  const blocks: readonly Block[] =
    article.blocks.length > 0 ? article.blocks : [{ kind: 'paragraph', start: 0, end: 0 }];
  const children = blocks.map((block) => {
    const type = schema.nodes[NODE_NAME_FOR_BLOCK_KIND[block.kind]];
    if (type === undefined) throw new Error(`The schema has no node for block kind "${block.kind}".`);
    const content = article.text.slice(block.start, block.end);
    // ProseMirror text nodes may not be empty: an empty block is a textblock with no children.
    return type.create(null, content.length > 0 ? schema.text(content) : null);
  });
  const doc = schema.topNodeType.create(null, children);
  return { doc, positions: TextPositionMap.fromDocument(doc, blocks, article.text.length) };
}

function validateLayout({ text, blocks }: ArticleLayout): void {
  let previousEnd = 0;
  blocks.forEach((block, index) => {
    const { start, end } = block;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      throw new InvalidArticleLayoutError(`Block ${index} has an invalid range ${start}–${end}.`);
    }
    if (end > text.length) {
      throw new InvalidArticleLayoutError(`Block ${index} ends at ${end}, past the end of the text (${text.length}).`);
    }
    if (start < previousEnd) {
      throw new InvalidArticleLayoutError(`Block ${index} starts at ${start}, inside the block before it.`);
    }
    previousEnd = end;
  });
}

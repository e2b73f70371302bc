import { Schema } from 'prosemirror-model';
import type { BlockKind } from '../../../shared/model/article';

/**
 * The ProseMirror schema for showing an article: a flat list of text blocks, one per `Block`
 * of the stored article, and no marks. Annotations will NOT become marks: they are kept in a
 * standoff store and drawn as decorations (see the annotation-layer research notes), so the
 * document stays a faithful copy of the article text.
 *
 * Invariants the position map (text-position-map.ts) relies on:
 *  - every block is a textblock whose content is plain text only (`text*`, no inline atoms),
 *    so one UTF-16 code unit of article text is exactly one document position;
 *  - `whitespace: 'pre'` so parsing (copy/paste, later editing) keeps spaces and newlines as they
 *    are instead of collapsing them, which would shift offsets.
 * Adding inline nodes (hard breaks, images) or wrapper nodes later means revisiting that map.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      parseDOM: [{ tag: 'p', preserveWhitespace: 'full' }],
      // dir="auto" lets each block pick its own direction, so an Arabic or Hebrew quote inside an
      // English article (or the reverse) lays out correctly.
      toDOM: () => ['p', { dir: 'auto' }, 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      defining: true,
      parseDOM: [{ tag: 'h2', preserveWhitespace: 'full' }],
      // The article title is the page's only <h1>, so headings inside the article start at <h2>.
      toDOM: () => ['h2', { dir: 'auto' }, 0],
    },
    blockquote: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      defining: true,
      parseDOM: [{ tag: 'blockquote', preserveWhitespace: 'full' }],
      toDOM: () => ['blockquote', { dir: 'auto' }, 0],
    },
    text: {},
  },
  marks: {},
});

export type ArticleNodeName = 'paragraph' | 'heading' | 'blockquote';

/** Stored block kind → schema node name. A `Record` so a new BlockKind fails to compile until handled. */
export const NODE_NAME_FOR_BLOCK_KIND: Readonly<Record<BlockKind, ArticleNodeName>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'blockquote',
};

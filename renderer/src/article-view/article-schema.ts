import { Schema, type DOMOutputSpec, type Mark, type Node as ProseMirrorNode } from 'prosemirror-model';
import type { BlockKind } from '../../../shared/model/article';
import { iconPaths } from '../dom/icons';

/**
 * The ProseMirror schema for showing an article: one textblock per `Block` of the stored article
 * (consecutive list items grouped in one `bullet_list` so the page has real <ul>/<li> semantics),
 * and a single mark, `link`. Annotations will NOT become marks: they are kept in a standoff store
 * and drawn as decorations (see the annotation-layer research notes), so the document stays a
 * faithful copy of the article text. Links are marks because they are part of that text, come
 * with it from the source, and never overlap each other.
 *
 * Invariants the position map (text-position-map.ts) relies on:
 *  - every block is a textblock whose content is plain text only (`text*`, no inline atoms),
 *    so one UTF-16 code unit of article text is exactly one document position; marks add no
 *    positions, and wrapper nodes (`bullet_list`) only shift the blocks inside them, which the
 *    map reads from the document itself;
 *  - `whitespace: 'pre'` so parsing (copy/paste, later editing) keeps spaces and newlines as they
 *    are instead of collapsing them, which would shift offsets.
 * Adding inline nodes (hard breaks, images) means revisiting that map: that is why a figure is a
 * textblock holding its alt text, drawn as a placeholder, and never an <img> (which would also
 * be a network request the CSP refuses).
 */

const SVG = 'http://www.w3.org/2000/svg';

/** The article title is the page's only <h1>, so heading level n is drawn as <h(n+1)>, capped at <h6>. */
export function headingTagFor(level: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const clamped = Math.min(Math.max(Math.trunc(level) || 1, 1), 5);
  return `h${clamped + 1}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/** List nesting deeper than this is drawn at this depth; the text is still all there. */
export const MAX_LIST_INDENT = 6;

function clampLevel(value: unknown, max: number): number {
  const level = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 1;
  return Math.min(Math.max(level, 1), max);
}

const figureIcon: DOMOutputSpec = [
  `${SVG} svg`,
  { class: 'icon article-figure-icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
  ...iconPaths('image').map((d): DOMOutputSpec => [`${SVG} path`, { d }]),
];

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
      attrs: { level: { default: 1 } },
      parseDOM: [2, 3, 4, 5, 6].map((n) => ({
        tag: `h${n}`,
        preserveWhitespace: 'full' as const,
        attrs: { level: n - 1 },
      })),
      toDOM: (node: ProseMirrorNode) => [headingTagFor(node.attrs['level'] as number), { dir: 'auto' }, 0],
    },
    blockquote: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      defining: true,
      parseDOM: [{ tag: 'blockquote', preserveWhitespace: 'full' }],
      toDOM: () => ['blockquote', { dir: 'auto' }, 0],
    },
    /**
     * A run of consecutive blocks in a long article (article-to-doc.ts). Only a wrapper: it keeps the
     * number of top-level nodes small, which is what ProseMirror's decoration and view updates scale
     * with, and lets the browser skip layout of off-screen runs as a whole. Declared after the
     * textblocks: ProseMirror fills an empty document with the first type of the group.
     */
    section: {
      group: 'block',
      content: 'block+',
      parseDOM: [{ tag: 'div.article-section' }],
      toDOM: () => ['div', { class: 'article-section' }, 0],
    },
    /** A run of consecutive list items. Only a wrapper: it holds no text of its own. */
    bullet_list: {
      group: 'block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ul.article-bullets' }],
      toDOM: () => ['ul', { class: 'article-bullets' }, 0],
    },
    /** `level` is the nesting depth (1 = top); it indents the item and picks its bullet. */
    list_item: {
      content: 'text*',
      whitespace: 'pre',
      defining: true,
      attrs: { level: { default: 1 } },
      parseDOM: [
        {
          tag: 'li',
          preserveWhitespace: 'full',
          getAttrs: (dom: HTMLElement) => ({ level: clampLevel(Number(dom.dataset['level']), MAX_LIST_INDENT) }),
        },
      ],
      toDOM: (node: ProseMirrorNode) => [
        'li',
        { dir: 'auto', 'data-level': String(clampLevel(node.attrs['level'], MAX_LIST_INDENT)) },
        0,
      ],
    },
    /** An image from the source, never loaded: a placeholder with an icon and the alt text (the block's text). */
    figure: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      defining: true,
      parseDOM: [{ tag: 'figure.article-figure', contentElement: 'figcaption', preserveWhitespace: 'full' }],
      toDOM: () => [
        'figure',
        { class: 'article-figure', title: 'Image from the source (not loaded)' },
        figureIcon,
        ['figcaption', { class: 'article-figure-caption', dir: 'auto' }, 0],
      ],
    },
    preformatted: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      code: true,
      defining: true,
      parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }],
      toDOM: () => ['pre', { dir: 'auto' }, 0],
    },
    text: {},
  },
  marks: {
    /**
     * A link from the source, drawn as a span and never as <a href>: a plain click only selects
     * text, so a stray click can never leave the app, and the page cannot be made to navigate.
     * Opening is an explicit request (Ctrl/Cmd+click or "Open link in browser"), see link-actions.ts.
     */
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: 'span.article-link',
          getAttrs: (dom: HTMLElement) => ({ href: dom.dataset['href'] ?? '' }),
        },
      ],
      toDOM: (mark: Mark) => {
        const href = String(mark.attrs['href']);
        return ['span', { class: 'article-link', title: href, 'data-href': href }, 0];
      },
    },
  },
});

export type ArticleNodeName = 'paragraph' | 'heading' | 'blockquote' | 'list_item' | 'figure' | 'preformatted';

/** Stored block kind → schema node name. A `Record` so a new BlockKind fails to compile until handled. */
export const NODE_NAME_FOR_BLOCK_KIND: Readonly<Record<BlockKind, ArticleNodeName>> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'blockquote',
  'list-item': 'list_item',
  figure: 'figure',
  preformatted: 'preformatted',
};

import type { Mark, MarkType, Node as ProseMirrorNode, Schema } from 'prosemirror-model';
import type { Block, Link } from '../../../shared/model/article';
import { blockLayoutProblem } from '../../../shared/text/block-layout';
import { articleSchema, NODE_NAME_FOR_BLOCK_KIND } from './article-schema';
import { TextPositionMap } from './text-position-map';

/** The parts of an article that decide what the document looks like. */
export interface ArticleLayout {
  text: string;
  blocks: readonly Block[];
  /** Drawn as `link` marks; they never change positions, so a bad one is dropped, not fatal. */
  links?: readonly Link[];
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
 * Consecutive list items go into one `bullet_list`; links become `link` marks on the text they cover.
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
  const links = usableLinks(article.links ?? [], article.text.length);
  const linkType = schema.marks['link'];
  let firstLink = 0;
  const textblocks = blocks.map((block) => {
    const type = schema.nodes[NODE_NAME_FOR_BLOCK_KIND[block.kind]];
    if (type === undefined) throw new Error(`The schema has no node for block kind "${block.kind}".`);
    // Links and blocks are both in text order, so the links a block can touch start at `firstLink`.
    while (firstLink < links.length && (links[firstLink]?.end ?? 0) <= block.start) firstLink += 1;
    const content = inlineContent(schema, article.text, block, links, firstLink, linkType);
    const attrs = type.spec.attrs?.['level'] !== undefined ? { level: block.level ?? 1 } : null;
    // ProseMirror text nodes may not be empty: an empty block is a textblock with no children.
    return type.create(attrs, content);
  });
  const doc = schema.topNodeType.create(null, groupIntoSections(schema, groupListItems(schema, textblocks)));
  return { doc, positions: TextPositionMap.fromDocument(doc, blocks, article.text.length) };
}

/** Text nodes for one block, split where links start and end so each link's text carries its mark. */
function inlineContent(
  schema: Schema,
  text: string,
  block: Block,
  links: readonly Link[],
  firstLink: number,
  linkType: MarkType | undefined,
): ProseMirrorNode[] {
  const nodes: ProseMirrorNode[] = [];
  const push = (from: number, to: number, marks?: readonly Mark[]) => {
    if (to > from) nodes.push(schema.text(text.slice(from, to), marks));
  };
  let at = block.start;
  for (let i = firstLink; linkType !== undefined && i < links.length; i += 1) {
    const link = links[i];
    if (link === undefined || link.start >= block.end) break;
    const from = Math.max(link.start, block.start);
    const to = Math.min(link.end, block.end);
    push(at, from);
    push(from, to, [linkType.create({ href: link.href })]);
    at = Math.max(at, to);
  }
  push(at, block.end);
  return nodes;
}

/**
 * Articles with more top-level blocks than this are grouped into sections of SECTION_BLOCKS. A
 * section is laid out whole in the frame it scrolls into view: at 16 blocks (about two screens)
 * that frame stays short, where 48 blocks took most of a frame's budget on their own.
 */
const SECTIONS_FROM = 96;
const SECTION_BLOCKS = 16;

/**
 * Groups a long article's blocks into sections, so the document has a few hundred top-level nodes
 * instead of thousands: ProseMirror builds and updates decorations child by child at each level (about
 * nodes × decorations work at the top), and the browser decides per top-level box what to lay out.
 * Short articles stay flat.
 */
function groupIntoSections(schema: Schema, blocks: readonly ProseMirrorNode[]): ProseMirrorNode[] {
  const sectionType = schema.nodes['section'];
  if (sectionType === undefined || blocks.length <= SECTIONS_FROM) return [...blocks];
  const sections: ProseMirrorNode[] = [];
  for (let i = 0; i < blocks.length; i += SECTION_BLOCKS) {
    sections.push(sectionType.create(null, blocks.slice(i, i + SECTION_BLOCKS)));
  }
  return sections;
}

/** Wraps each run of consecutive `list_item`s in a `bullet_list`, leaving every other block as it is. */
function groupListItems(schema: Schema, textblocks: readonly ProseMirrorNode[]): ProseMirrorNode[] {
  const listType = schema.nodes['bullet_list'];
  if (listType === undefined) return [...textblocks];
  const children: ProseMirrorNode[] = [];
  let run: ProseMirrorNode[] = [];
  const flush = () => {
    if (run.length > 0) children.push(listType.create(null, run));
    run = [];
  };
  for (const node of textblocks) {
    if (node.type.name === 'list_item') {
      run.push(node);
    } else {
      flush();
      children.push(node);
    }
  }
  flush();
  return children;
}

/**
 * Links that can be drawn: inside the text, not empty, in text order and not overlapping (of two
 * overlapping links the one starting first keeps the shared text). Anything else is dropped,
 * because a link only decorates text and must never stop an article from opening.
 */
export function usableLinks(links: readonly Link[], textLength: number): Link[] {
  const sorted = links
    .filter(
      (link) =>
        Number.isInteger(link.start) &&
        Number.isInteger(link.end) &&
        link.start >= 0 &&
        link.start < link.end &&
        link.end <= textLength,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const usable: Link[] = [];
  let coveredTo = 0;
  for (const link of sorted) {
    const start = Math.max(link.start, coveredTo);
    if (start >= link.end) continue;
    usable.push({ ...link, start });
    coveredTo = link.end;
  }
  return usable;
}

function validateLayout({ text, blocks }: ArticleLayout): void {
  const problem = blockLayoutProblem(blocks, text.length);
  if (problem !== null) throw new InvalidArticleLayoutError(problem);
}

import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { DecorationSet, type Decoration } from 'prosemirror-view';
import type { ArticleAnnotation, AnnotationId } from '../../../shared/model/annotation';
import type { TextRange } from '../../../shared/text/offsets';
import type { DocRange, TextPositionMap } from '../article-view/text-position-map';
import type { ModelChange } from '../model/model-change';
import type { WorkbenchModel } from '../model/workbench-model';
import { blockDecorations, piecesByBlock, type AnnotationDecorationSpec } from './annotation-decorations';
import { annotationsInBlocks } from './annotations-in-blocks';
import { BlockMembers } from './block-members';
import { SectionLayout } from './section-layout';

/** What the layer reads of the model: the shown article's annotations, relations and selection. */
export type LayerModel = Pick<WorkbenchModel, 'annotations' | 'annotation' | 'relations' | 'selectedAnnotation'>;

/** A tint over text the analyst is working on that is not (yet) an annotation. */
export interface ExtraFocus extends TextRange {
  readonly kind: 'preview' | 'pending';
}

/** What the annotation plugins are asked to follow: a model change, sections coming into view, a tint. */
export type AnnotationLayerRequest =
  | {
      readonly kind: 'model';
      readonly change: ModelChange;
      /** When the change redraws everything: the document's sections and those on screen. */
      readonly layout?: SectionLayout;
      readonly visible?: readonly number[];
    }
  /** Sections came into view: from now on they are drawn, and `blocks` of them are drawn now. */
  | { readonly kind: 'sections'; readonly sections: readonly number[]; readonly blocks: readonly number[] }
  | { readonly kind: 'extra-focus'; readonly ranges: readonly ExtraFocus[] };

/**
 * What a transaction tells the annotation plugins: the request with the model and the position
 * map of the document on screen (null when the model's article is not the one on screen). The
 * plugin state is worked out from these alone.
 */
export type AnnotationLayerMeta = AnnotationLayerRequest & {
  readonly model: LayerModel;
  readonly positions: TextPositionMap | null;
};

/** The highlights of the article on screen, as derived from the model. */
export interface AnnotationLayerState {
  readonly decorations: DecorationSet;
  /** The position map the highlights were drawn for; null while none are. */
  readonly positions: TextPositionMap | null;
  /** The document `positions` describe: the one on screen until the text is edited. */
  readonly positionsDoc: ProseMirrorNode | null;
  readonly layout: SectionLayout;
  /** Sections whose annotations are drawn (or queued to be drawn): all of a short article. */
  readonly drawnSections: ReadonlySet<number>;
  /**
   * Where each annotation was laid out. It belongs to this document's chain of states and moves
   * forward with it (a copy per key press would cost more than the drawing); earlier states of
   * the chain are never read again.
   */
  readonly members: BlockMembers;
}

export const annotationLayerKey = new PluginKey<AnnotationLayerState>('annotation-layer');

/**
 * Holds the annotation highlights in plugin state, worked out from the model's annotations, the
 * sections on screen and the document's positions. They are never rebuilt wholesale after the
 * first paint: a model change replaces only the decorations of the blocks holding the annotations
 * it touched, and text edits map them, which keeps labelling fast on a 1 MB article with tens of
 * thousands of annotations.
 */
export function annotationLayerPlugin(): Plugin<AnnotationLayerState> {
  return new Plugin<AnnotationLayerState>({
    key: annotationLayerKey,
    state: {
      init: (_config, state) => emptyLayer(SectionLayout.of(state.doc)),
      apply(tr, previous) {
        const state = tr.docChanged
          ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) }
          : previous;
        const meta = annotationLayerMeta(tr);
        if (meta === undefined) return state;
        if (meta.kind === 'model') {
          if (redrawsAll(state, meta.change, meta.positions)) {
            return drawAll(tr.doc, meta.model, meta.positions, meta.layout, meta.visible ?? []);
          }
          return meta.change.kind === 'annotations' ? redraw(tr.doc, state, meta.model, meta.change.touched) : state;
        }
        if (meta.kind === 'sections' && meta.positions !== null && meta.positions === state.positions) {
          const drawnSections =
            meta.sections.length === 0 ? state.drawnSections : new Set([...state.drawnSections, ...meta.sections]);
          return drawBlocks(tr.doc, { ...state, drawnSections }, meta.model, new Set(meta.blocks), []);
        }
        return state;
      },
    },
    props: {
      decorations: (state: EditorState) => annotationLayerKey.getState(state)?.decorations ?? null,
    },
  });
}

export function annotationLayerMeta(tr: Transaction): AnnotationLayerMeta | undefined {
  return tr.getMeta(annotationLayerKey) as AnnotationLayerMeta | undefined;
}

/**
 * Whether a model change draws every highlight anew: another article or text, all annotations
 * replaced, or a document other than the one the highlights were drawn for.
 */
export function redrawsAll(
  state: AnnotationLayerState | undefined,
  change: ModelChange,
  positions: TextPositionMap | null,
): boolean {
  if (change.kind === 'article' || change.kind === 'text') return true;
  return change.kind === 'annotations' && (change.full === true || state?.positions !== positions);
}

function emptyLayer(layout: SectionLayout): AnnotationLayerState {
  return {
    decorations: DecorationSet.empty,
    positions: null,
    positionsDoc: null,
    layout,
    drawnSections: new Set(),
    members: new BlockMembers(),
  };
}

function isDrawn(state: AnnotationLayerState, block: number): boolean {
  return !state.layout.sectioned || state.drawnSections.has(state.layout.section(block));
}

/**
 * Draws the highlights of a newly shown article or text. A long article lays out only the
 * sections on screen; the others are indexed when they come into view or are labelled.
 */
function drawAll(
  doc: ProseMirrorNode,
  model: LayerModel,
  positions: TextPositionMap | null,
  layout: SectionLayout | undefined,
  visible: readonly number[],
): AnnotationLayerState {
  const empty = emptyLayer(layout ?? SectionLayout.of(doc));
  if (positions === null) return empty;
  const state: AnnotationLayerState = { ...empty, positions, positionsDoc: doc, drawnSections: new Set(visible) };
  if (!state.layout.sectioned) {
    const all = Array.from({ length: positions.blockCount }, (_, block) => block);
    return drawBlocks(doc, state, model, new Set(all), []);
  }
  return drawBlocks(doc, state, model, new Set(visible.flatMap((section) => state.layout.blocks(section))), []);
}

/** Draws again the blocks that held or now hold the touched annotations. */
function redraw(
  doc: ProseMirrorNode,
  state: AnnotationLayerState,
  model: LayerModel,
  touched: readonly AnnotationId[],
): AnnotationLayerState {
  const positions = state.positions;
  if (positions === null) return state;
  const blocks = new Set<number>();
  for (const id of touched) {
    for (const block of state.members.blocks(id)) blocks.add(block);
    const annotation = model.annotation(id);
    if (annotation === undefined || annotation.orphaned) continue;
    for (const fragment of annotation.fragments) {
      for (const piece of positions.blockPieces(fragment)) blocks.add(piece.block);
    }
  }
  if (blocks.size === 0) return state;
  // What the analyst just changed is on screen: its whole section gets drawn now.
  const drawnSections = new Set(state.drawnSections);
  if (state.layout.sectioned) {
    for (const block of [...blocks]) {
      const section = state.layout.section(block);
      if (drawnSections.has(section)) continue;
      drawnSections.add(section);
      for (const other of state.layout.blocks(section)) blocks.add(other);
    }
  }
  return drawBlocks(doc, { ...state, drawnSections }, model, blocks, touched);
}

/** Lays out and draws the annotations of some blocks again, with the touched ones as the model has them now. */
function drawBlocks(
  doc: ProseMirrorNode,
  state: AnnotationLayerState,
  model: LayerModel,
  blocks: ReadonlySet<number>,
  touched: readonly AnnotationId[],
): AnnotationLayerState {
  const positions = state.positions;
  if (positions === null || blocks.size === 0) return state;
  const inBlocks = annotationsToLayOut(state.members, model, positions, blocks, touched);
  state.members.forget(touched, blocks);
  state.members.layOut(blocks);
  const decorations: Decoration[] = [];
  for (const [block, pieces] of piecesByBlock(inBlocks, positions)) {
    if (!blocks.has(block)) continue;
    state.members.remember(pieces, block);
    if (isDrawn(state, block)) decorations.push(...blockDecorations(block, pieces, positions.blockDocRange(block)));
  }
  const { from, to } =
    doc === state.positionsDoc ? blocksDocRange(positions, blocks) : { from: 0, to: doc.content.size };
  const stale = state.decorations.find(from, to, (spec: AnnotationDecorationSpec) => blocks.has(spec.block));
  return { ...state, decorations: state.decorations.remove(stale).add(doc, decorations) };
}

/**
 * The document range the blocks' decorations lie in, with the block tokens their node decorations
 * cover: searching only there keeps drawing a few blocks from walking every highlight drawn so far.
 * After a text edit the positions lag behind the document, so then the whole document is searched.
 */
function blocksDocRange(positions: TextPositionMap, blocks: ReadonlySet<number>): DocRange {
  let first = Infinity;
  let last = -Infinity;
  for (const block of blocks) {
    first = Math.min(first, block);
    last = Math.max(last, block);
  }
  return { from: positions.blockDocRange(first).from - 1, to: positions.blockDocRange(last).to + 1 };
}

/**
 * Annotations laid out in any of the blocks, plus the touched ones the model still has; blocks
 * never laid out are read from the model's annotations in text order.
 */
function annotationsToLayOut(
  members: BlockMembers,
  model: LayerModel,
  positions: TextPositionMap,
  blocks: ReadonlySet<number>,
  touched: readonly AnnotationId[],
): ArticleAnnotation[] {
  const ids = new Set<AnnotationId>(touched);
  const unknown = new Set<number>();
  for (const block of blocks) {
    if (!members.isLaidOut(block)) unknown.add(block);
    for (const id of members.members(block)) ids.add(id);
  }
  for (const annotation of annotationsInBlocks(model.annotations, unknown, positions)) ids.add(annotation.id);
  const annotations: ArticleAnnotation[] = [];
  for (const id of ids) {
    const annotation = model.annotation(id);
    if (annotation !== undefined && !annotation.orphaned) annotations.push(annotation);
  }
  return annotations;
}

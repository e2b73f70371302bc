import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { layoutLanes } from '../../../shared/annotation/overlap-layout';
import type { Annotation, AnnotationId } from '../../../shared/model/annotation';
import type { BlockPiece, DocRange, TextPositionMap } from '../article-view/text-position-map';

/**
 * Underlines stack this many lanes deep; deeper nesting shares the last lane (and the hover card
 * still lists every annotation), because lines cannot grow without bound.
 */
export const DRAWN_LANES = 6;

/** What every annotation decoration carries, so a click or a key finds its annotation without the DOM. */
export interface AnnotationDecorationSpec {
  readonly annotationId: AnnotationId;
  readonly block: number;
}

/**
 * The annotations of one block as decorations: each piece of an annotation becomes its own
 * <span> (a `nodeName` decoration), so overlapping and nested annotations nest as elements and
 * each draws its own underline in its own lane instead of merging into one coloured run. The block
 * itself gets a class saying how many lanes it needs, so only lines with stacked underlines grow.
 */
export function blockDecorations(
  block: number,
  pieces: readonly { readonly annotation: Annotation; readonly piece: BlockPiece }[],
  blockRange: DocRange,
): Decoration[] {
  if (pieces.length === 0) return [];
  const { lanes, laneCount } = layoutLanes(pieces.map(({ piece }) => piece));
  const decorations = pieces.map(({ annotation, piece }, i) => {
    const lane = Math.min(lanes[i] ?? 0, DRAWN_LANES - 1);
    const spec: AnnotationDecorationSpec = { annotationId: annotation.id, block };
    return Decoration.inline(
      piece.from,
      piece.to,
      {
        nodeName: 'span',
        class: `ann ann-c${annotation.labelId} ann-lane-${lane}`,
        'data-annotation-id': String(annotation.id),
      },
      spec,
    );
  });
  if (laneCount > 1) {
    // A node decoration covers the whole block: from the token before its content to the one after.
    const spec: AnnotationDecorationSpec = { annotationId: 0, block };
    decorations.push(
      Decoration.node(
        blockRange.from - 1,
        blockRange.to + 1,
        { class: `ann-lanes-${Math.min(laneCount, DRAWN_LANES)}` },
        spec,
      ),
    );
  }
  return decorations;
}

/** Cuts annotations into per-block pieces; orphaned ones have no place in the text and are skipped. */
export function piecesByBlock(
  annotations: Iterable<Annotation>,
  positions: TextPositionMap,
): Map<number, { annotation: Annotation; piece: BlockPiece }[]> {
  const byBlock = new Map<number, { annotation: Annotation; piece: BlockPiece }[]>();
  for (const annotation of annotations) {
    if (annotation.orphaned) continue;
    for (const fragment of annotation.fragments) {
      for (const piece of positions.blockPieces(fragment)) {
        let list = byBlock.get(piece.block);
        if (list === undefined) byBlock.set(piece.block, (list = []));
        list.push({ annotation, piece });
      }
    }
  }
  return byBlock;
}

type LayerMeta =
  | { readonly kind: 'reset'; readonly decorations: readonly Decoration[] }
  | {
      readonly kind: 'blocks';
      readonly blocks: ReadonlySet<number>;
      /** Where those blocks are, so only their decorations are searched. */
      readonly ranges: readonly DocRange[];
      readonly decorations: readonly Decoration[];
    };

const layerKey = new PluginKey<DecorationSet>('annotation-layer');

/**
 * Holds the annotation decorations in plugin state. They are never rebuilt wholesale after the
 * first paint: a change replaces only the decorations of the blocks it touched, and text edits map
 * them, which keeps labelling fast on a 1 MB article with tens of thousands of annotations.
 */
export function annotationLayerPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: layerKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        const meta = tr.getMeta(layerKey) as LayerMeta | undefined;
        if (meta === undefined) return mapped;
        if (meta.kind === 'reset') return DecorationSet.create(tr.doc, [...meta.decorations]);
        const stale = mapped.find(undefined, undefined, (spec: AnnotationDecorationSpec) =>
          meta.blocks.has(spec.block),
        );
        return mapped.remove(stale).add(tr.doc, [...meta.decorations]);
      },
    },
    props: {
      decorations: (state: EditorState) => layerKey.getState(state) ?? null,
    },
  });
}

export function resetAnnotationDecorations(view: EditorView, decorations: readonly Decoration[]): void {
  view.dispatch(view.state.tr.setMeta(layerKey, { kind: 'reset', decorations } satisfies LayerMeta));
}

export function replaceBlockDecorations(
  view: EditorView,
  blocks: ReadonlySet<number>,
  ranges: readonly DocRange[],
  decorations: readonly Decoration[],
): void {
  view.dispatch(view.state.tr.setMeta(layerKey, { kind: 'blocks', blocks, ranges, decorations } satisfies LayerMeta));
}

// --- Focus: the selected annotation, its relation partners, previews --------------------------

export type FocusKind = 'selected' | 'related' | 'preview' | 'pending';

export interface FocusRange extends DocRange {
  readonly kind: FocusKind;
}

const focusKey = new PluginKey<DecorationSet>('annotation-focus');

/**
 * A small second layer on top: tints for what the analyst is working on. Kept apart from the
 * annotation layer so selecting an annotation repaints a handful of ranges, not thousands.
 */
export function annotationFocusPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: focusKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr: Transaction, set) {
        const ranges = tr.getMeta(focusKey) as readonly FocusRange[] | undefined;
        if (ranges !== undefined) return focusSet(tr.doc, ranges);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: {
      decorations: (state: EditorState) => focusKey.getState(state) ?? null,
    },
  });
}

function focusSet(doc: ProseMirrorNode, ranges: readonly FocusRange[]): DecorationSet {
  return DecorationSet.create(
    doc,
    ranges
      .filter((range) => range.from < range.to)
      .map((range) => Decoration.inline(range.from, range.to, { class: `ann-focus-${range.kind}` })),
  );
}

export function setFocusRanges(view: EditorView, ranges: readonly FocusRange[]): void {
  view.dispatch(view.state.tr.setMeta(focusKey, ranges));
}

import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { TextRange } from '../../../shared/text/offsets';
import type { TextPositionMap } from '../article-view/text-position-map';
import { annotationLayerMeta, type ExtraFocus, type LayerModel } from './annotation-layer-plugin';

export type FocusKind = 'selected' | 'related' | ExtraFocus['kind'];

interface FocusState {
  readonly decorations: DecorationSet;
  /** Tints on top of the selection's, such as an "annotate all" preview. */
  readonly extra: readonly ExtraFocus[];
}

const focusKey = new PluginKey<FocusState>('annotation-focus');

/**
 * A small second layer on top of the highlights: tints for what the analyst is working on (the
 * model's selected annotation, its relation partners, a pending preview), worked out from the same
 * transactions as the highlights. Kept apart from them so selecting an annotation repaints a
 * handful of ranges, not thousands.
 */
export function annotationFocusPlugin(): Plugin<FocusState> {
  return new Plugin<FocusState>({
    key: focusKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, extra: [] }),
      apply(tr, state) {
        const meta = annotationLayerMeta(tr);
        if (meta?.kind === 'extra-focus') {
          return { extra: meta.ranges, decorations: focusSet(tr.doc, meta.model, meta.positions, meta.ranges) };
        }
        if (meta?.kind === 'model') {
          return { ...state, decorations: focusSet(tr.doc, meta.model, meta.positions, state.extra) };
        }
        return tr.docChanged ? { ...state, decorations: state.decorations.map(tr.mapping, tr.doc) } : state;
      },
    },
    props: {
      decorations: (state: EditorState) => focusKey.getState(state)?.decorations ?? null,
    },
  });
}

function focusSet(
  doc: ProseMirrorNode,
  model: LayerModel,
  positions: TextPositionMap | null,
  extra: readonly ExtraFocus[],
): DecorationSet {
  if (positions === null) return DecorationSet.empty;
  const ranges: { range: TextRange; kind: FocusKind }[] = [];
  const selected = model.selectedAnnotation;
  if (selected !== null && !selected.orphaned) {
    for (const range of selected.fragments) ranges.push({ range, kind: 'selected' });
    for (const relation of model.relations) {
      const partnerId =
        relation.sourceAnnotationId === selected.id
          ? relation.targetAnnotationId
          : relation.targetAnnotationId === selected.id
            ? relation.sourceAnnotationId
            : null;
      const partner = partnerId === null ? undefined : model.annotation(partnerId);
      if (partner === undefined || partner.orphaned) continue;
      for (const range of partner.fragments) ranges.push({ range, kind: 'related' });
    }
  }
  for (const range of extra) ranges.push({ range, kind: range.kind });
  return DecorationSet.create(
    doc,
    ranges
      .map(({ range, kind }) => ({ ...positions.textRangeToDocRange(range), kind }))
      .filter((range) => range.from < range.to)
      .map((range) => Decoration.inline(range.from, range.to, { class: `ann-focus-${range.kind}` })),
  );
}

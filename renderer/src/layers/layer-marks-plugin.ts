import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { DecorationSet } from 'prosemirror-view';
import type { LayerAnnotation } from '../../../shared/model/layer';
import type { TextPositionMap } from '../article-view/text-position-map';
import { layerMarkDecorations, type LayerMarkLookup } from './layer-mark-decorations';

/**
 * What a transaction tells the plugin: the layer annotations to draw and the position map of the
 * document they are drawn in (null when they are of another article than the one on screen).
 */
export interface LayerMarksMeta {
  readonly annotations: readonly LayerAnnotation[];
  readonly positions: TextPositionMap | null;
  readonly lookup: LayerMarkLookup;
}

export const layerMarksKey = new PluginKey<DecorationSet>('layer-marks');

/**
 * Draws colleagues' layer marks as decorations of their own, apart from the project's highlights.
 * An article's layers hold hundreds of marks, not the tens of thousands the annotation layer is
 * built for, so every change draws them anew; text edits map them until the next answer.
 */
export function layerMarksPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: layerMarksKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, previous) {
        const meta = layerMarksMeta(tr);
        if (meta !== undefined) {
          if (meta.positions === null) return DecorationSet.empty;
          return DecorationSet.create(tr.doc, layerMarkDecorations(meta.annotations, meta.positions, meta.lookup));
        }
        return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
      },
    },
    props: {
      decorations: (state: EditorState) => layerMarksKey.getState(state) ?? null,
    },
  });
}

function layerMarksMeta(tr: Transaction): LayerMarksMeta | undefined {
  return tr.getMeta(layerMarksKey) as LayerMarksMeta | undefined;
}

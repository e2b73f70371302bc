import { Decoration } from 'prosemirror-view';
import type { LayerAnnotation, LayerId } from '../../../shared/model/layer';
import type { TextPositionMap } from '../article-view/text-position-map';

/**
 * Line patterns that tell colleagues' layers apart (layers.css): dotted, dashed, double and solid
 * lines above the text, each raised a step further, so layers never cover each other or the
 * project's own underlines. The colour is the label's, whose shade stands out 3:1 in each theme.
 */
export const LAYER_STYLE_COUNT = 4;

/** What a layer mark says about itself: whose it is and what label it carries. */
export interface LayerMarkLookup {
  layerStyle(layerId: LayerId): number;
  describe(annotation: LayerAnnotation): string;
}

/** What every layer decoration carries, so tests and clicks find the annotation without the DOM. */
export interface LayerMarkSpec {
  readonly layerAnnotationId: number;
  readonly layerId: LayerId;
}

/** The style of each layer by its place in the list, repeating after LAYER_STYLE_COUNT layers. */
export function layerStyles(layerIds: readonly LayerId[]): Map<LayerId, number> {
  return new Map(layerIds.map((id, index) => [id, index % LAYER_STYLE_COUNT]));
}

/**
 * The marks of colleagues' layers as decorations of the document `positions` maps: one span per
 * block each fragment covers, titled with whose mark it is and its label.
 */
export function layerMarkDecorations(
  annotations: readonly LayerAnnotation[],
  positions: TextPositionMap,
  lookup: LayerMarkLookup,
): Decoration[] {
  const decorations: Decoration[] = [];
  for (const annotation of annotations) {
    const title = lookup.describe(annotation);
    const className = `layer-mark layer-style-${lookup.layerStyle(annotation.layerId)} ann-c${annotation.labelId}`;
    const spec: LayerMarkSpec = { layerAnnotationId: annotation.id, layerId: annotation.layerId };
    for (const fragment of annotation.fragments) {
      if (fragment.end > positions.textLength) continue;
      for (const piece of positions.blockPieces(fragment)) {
        decorations.push(
          Decoration.inline(
            piece.from,
            piece.to,
            { nodeName: 'span', class: className, title, 'data-layer': String(annotation.layerId) },
            spec,
          ),
        );
      }
    }
  }
  return decorations;
}

import type { Layer, LayerAnnotation } from '../../../shared/model/layer';
import type { WorkbenchModel } from '../model/workbench-model';
import { layerStyles, type LayerMarkLookup } from './layer-mark-decorations';

/** What naming layers reads of the model. */
export type LayerNamingModel = Pick<WorkbenchModel, 'layers' | 'layer' | 'label' | 'annotator'>;

/** Who a layer is of: its colleague's name, or the layer's own name if the annotator is unknown. */
export function layerAnnotatorName(layer: Layer, model: Pick<WorkbenchModel, 'annotator'>): string {
  return model.annotator(layer.annotatorId)?.name ?? layer.name;
}

/** How the article names a layer mark on hover: whose layer, and the label. */
export function layerMarkLookup(model: LayerNamingModel): LayerMarkLookup {
  const styles = layerStyles(model.layers.map((layer) => layer.id));
  return {
    layerStyle: (layerId) => styles.get(layerId) ?? 0,
    describe: (annotation: LayerAnnotation) => {
      const layer = model.layer(annotation.layerId);
      const owner = layer === undefined ? 'A colleague' : layerAnnotatorName(layer, model);
      const layerName = layer === undefined || layer.name === owner ? '' : ` (layer “${layer.name}”)`;
      const label = model.label(annotation.labelId)?.name ?? 'an unknown label';
      const entity = annotation.entityName === undefined ? '' : ` · ${annotation.entityName}`;
      return `${owner}${layerName}: ${label}${entity}`;
    },
  };
}

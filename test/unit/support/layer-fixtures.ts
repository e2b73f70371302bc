import type { Layer, LayerAnnotation } from '../../../shared/model/layer';

/** A colleague's layer as the store lists it. */
export function layer(id: number, name: string, annotatorId = id + 10): Layer {
  return {
    id,
    uid: `layer-${id}`,
    name,
    annotatorId,
    format: 'bundle',
    fileNames: [`${name}.awb.json`],
    importedAt: '2026-12-06T22:00:00.000Z',
    articleCount: 1,
    annotationCount: 2,
  };
}

/** One annotation of a colleague's layer in article 1. */
export function layerAnnotation(id: number, layerId: number, start: number, end: number, labelId = 1): LayerAnnotation {
  return { id, layerId, articleId: 1, labelId, fragments: [{ start, end }], quote: '' };
}

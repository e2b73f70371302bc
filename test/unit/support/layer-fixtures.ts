import type { Annotator } from '../../../shared/model/annotator';
import type { Layer, LayerAnnotation } from '../../../shared/model/layer';
import { WorkbenchModel } from '../../../renderer/src/model/workbench-model';
import { PERSON, SUGGESTION_TEXT, summary } from './suggestion-fixtures';

/** A colleague's layer as the store lists it; its annotator is `id + 10`. */
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

export function annotator(id: number, name: string): Annotator {
  return { id, uid: `00000000-0000-4000-8000-0000000000${id}`, name, email: null };
}

/** One annotation of a colleague's layer over `word` (its `occurrence`) in SUGGESTION_TEXT. */
export function layerAnnotation(
  id: number,
  layerId: number,
  word: string,
  occurrence = 0,
  articleId = 1,
): LayerAnnotation {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = SUGGESTION_TEXT.indexOf(word, start + 1);
  if (start < 0) throw new Error(`No “${word}” in the text.`);
  return {
    id,
    layerId,
    articleId,
    labelId: PERSON.id,
    fragments: [{ start, end: start + word.length }],
    quote: word,
  };
}

export const ANA = layer(1, 'Ana Ruiz');
export const BEN = layer(2, 'Ben (second pass)');

/** A project with the person label, articles 1 and 2, and Ana Ruiz's and Ben Okafor's layers. */
export function layerModel(layers: readonly Layer[] = [ANA, BEN]): WorkbenchModel {
  const model = new WorkbenchModel();
  model.loadProject({
    project: { name: 'P', displayPath: '/p.awb', articleCount: 2, schemaVersion: 1 },
    articles: [summary(1), summary(2)],
    labels: [PERSON],
    entities: [],
    savedViews: [],
    history: { undo: null, redo: null },
    annotators: [annotator(11, 'Ana Ruiz'), annotator(12, 'Ben Okafor')],
    layers,
  });
  return model;
}

import { describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import { expectRefused, label, seedProject, span } from '../annotation-store/fixtures';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function withChanges(store: ProjectStore): ChangeSet[] {
  const changes: ChangeSet[] = [];
  store.onChanged((change) => changes.push(change));
  return changes;
}

/** Ana's layer on the seed article: a person, a place and a claim, the way an import hands them over. */
function addAnasLayer(store: ProjectStore, articleId: number, text: string, uid = 'layer-ana') {
  const person = label(store, 'entity', 'Person');
  const location = label(store, 'entity', 'Location');
  const claim = label(store, 'claim', 'Claim');
  const quoteOf = (phrase: string) => text.slice(span(text, phrase).start, span(text, phrase).end);
  return store.addLayer({ uid, format: 'brat', fileNames: ['ana.ann'], colleague: { name: 'Ana' } }, [
    { articleId, uid: 'T2', labelId: location.id, fragments: [span(text, 'Peking')], quote: quoteOf('Peking') },
    {
      articleId,
      uid: 'T1',
      labelId: person.id,
      fragments: [span(text, 'Xi Jinping')],
      quote: quoteOf('Xi Jinping'),
      entityName: 'Xi Jinping',
    },
    {
      articleId,
      uid: 'T3',
      labelId: claim.id,
      fragments: [span(text, 'China und Russland freundliche Nachbarn')],
      quote: quoteOf('China und Russland freundliche Nachbarn'),
      claim: { claimantName: 'Xi Jinping', aboutNames: [], aboutEntityIds: [], attributes: {} },
    },
  ]);
}

describe('colleagues’ layers in the store', () => {
  it('adds a layer beside the project’s annotations, registers the colleague and announces it', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const changes = withChanges(store);
    const layer = addAnasLayer(store, articleId, text);
    expect(layer).toMatchObject({ name: 'Ana', format: 'brat', articleCount: 1, annotationCount: 3 });
    const ana = present(store.listAnnotators().find((annotator) => annotator.id === layer.annotatorId));
    expect(ana.name).toBe('Ana');
    expect(store.listAnnotations(articleId)).toEqual([]);
    expect(store.listLayers()).toEqual([layer]);
    expect(changes.at(-1)?.layers).toEqual({ upserted: [layer], deleted: [] });
    expect(changes.at(-1)?.annotators?.upserted).toEqual([ana]);

    const annotations = store.layerAnnotations(articleId, [layer.id]);
    expect(annotations.map((annotation) => annotation.quote)).toEqual([
      'Xi Jinping',
      'Peking',
      'China und Russland freundliche Nachbarn',
    ]);
    expect(annotations[0]).toMatchObject({ layerId: layer.id, articleId, entityName: 'Xi Jinping' });
    expect(annotations[2]?.claim?.claimantName).toBe('Xi Jinping');
    // The same colleague by name again is the same annotator.
    const second = addAnasLayer(store, articleId, text, 'layer-ana-2');
    expect(second.annotatorId).toBe(layer.annotatorId);
    store.close();
  });

  it('renames a layer, refusing an empty name, and announces the new name', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const layer = addAnasLayer(store, articleId, text);
    const changes = withChanges(store);
    const renamed = store.renameLayer(layer.id, '  Ana (second pass) ');
    expect(renamed.name).toBe('Ana (second pass)');
    expect(changes.at(-1)?.layers?.upserted).toEqual([renamed]);
    expectRefused(() => store.renameLayer(layer.id, '   '), 'invalid-argument', /Enter a name for the layer/);
    expect(store.listLayers()[0]?.name).toBe('Ana (second pass)');
  });

  it('removes a layer as one undoable step and puts it back whole on undo', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Sergei Schoigu')] });
    const layer = addAnasLayer(store, articleId, text);
    const before = store.layerAnnotations(articleId, [layer.id]);
    const changes = withChanges(store);

    store.removeLayer(layer.id);
    expect(store.listLayers()).toEqual([]);
    expect(store.layerAnnotations(articleId, [layer.id])).toEqual([]);
    expect(store.listAnnotations(articleId)).toHaveLength(1);
    expect(changes.at(-1)?.layers).toEqual({ upserted: [], deleted: [layer.id] });
    expect(store.historyState().undo).toBe('Remove layer “Ana”');

    store.undo();
    expect(store.listLayers()).toEqual([layer]);
    expect(store.layerAnnotations(articleId, [layer.id])).toEqual(before);
    expect(changes.at(-1)?.layers?.upserted).toEqual([layer]);
    expect(store.listAnnotations(articleId)).toHaveLength(1);

    store.redo();
    expect(store.listLayers()).toEqual([]);
    expectRefused(() => store.removeLayer(layer.id), 'not-found', /no longer in the project/);
  });

  it('counts a label’s uses in colleagues’ layers and deletes them with it', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const layer = addAnasLayer(store, articleId, text);
    const location = label(store, 'entity', 'Location');
    expect(store.labelUsage(location.id)).toMatchObject({ annotations: 0, layerAnnotations: 1 });
    const changes = withChanges(store);

    store.removeLabel(location.id, { kind: 'delete-annotations' });
    const remaining = ['Xi Jinping', 'China und Russland freundliche Nachbarn'];
    expect(store.layerAnnotations(articleId, [layer.id]).map((annotation) => annotation.quote)).toEqual(remaining);
    expect(changes.at(-1)?.layers?.upserted[0]?.annotationCount).toBe(2);

    // Removing the layer and undoing that brings back what it held then, not the label's annotation.
    store.removeLayer(layer.id);
    store.undo();
    expect(store.layerAnnotations(articleId, [layer.id]).map((annotation) => annotation.quote)).toEqual(remaining);
    store.close();
  });

  it('moves a label’s uses in colleagues’ layers to the label it is merged into', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const layer = addAnasLayer(store, articleId, text);
    const person = label(store, 'entity', 'Person');
    const location = label(store, 'entity', 'Location');

    store.removeLabel(location.id, { kind: 'reassign', toLabelId: person.id });
    const peking = store.layerAnnotations(articleId, [layer.id]).find((annotation) => annotation.quote === 'Peking');
    expect(peking?.labelId).toBe(person.id);
    expect(store.labelUsage(person.id).layerAnnotations).toBe(2);
    store.close();
  });

  it('refuses to undo removing a layer once a label its annotations need was removed, and changes nothing', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const layer = addAnasLayer(store, articleId, text);
    store.removeLayer(layer.id);
    store.removeLabel(label(store, 'entity', 'Location').id, { kind: 'delete-annotations' });

    expectRefused(() => store.undo(), 'not-found', /Undo is not possible: the label “Location”.*Nothing was changed/);
    expect(store.listLayers()).toEqual([]);
    expect(store.layerAnnotations(articleId, [layer.id])).toEqual([]);
    store.close();
  });
});

import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../../shared/model/default-annotation-schema';
import { useTempDir } from '../support/temp-dir';
import { expectRefused, label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

describe('relation types restricted by the labels of their ends', () => {
  it('refuses a relation whose ends the type does not allow, naming what it allows', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const organisation = label(store, 'entity', 'Organisation');
    const location = label(store, 'entity', 'Location');
    const claim = label(store, 'claim', 'Claim');
    const saidBy = store.updateLabel(label(store, 'relation', 'said_by').id, {
      sourceLabelIds: [claim.id],
      targetLabelIds: [person.id, organisation.id],
    });
    expect(saidBy).toMatchObject({ sourceLabelIds: [claim.id], targetLabelIds: [person.id, organisation.id] });
    const xi = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi', 2)] });
    const peking = store.createAnnotation({ articleId, labelId: location.id, fragments: [span(text, 'Peking')] });
    const said = store.createAnnotation({ articleId, labelId: claim.id, fragments: [span(text, 'freundliche')] });

    expectRefused(
      () => store.createRelation({ typeLabelId: saidBy.id, sourceAnnotationId: peking.id, targetAnnotationId: xi.id }),
      'invalid-argument',
      /^“said_by” goes from Claim to Person or Organisation, not from Location to Person\.$/,
    );
    expect(store.listRelations(articleId)).toEqual([]);
    const relation = store.createRelation({
      typeLabelId: saidBy.id,
      sourceAnnotationId: said.id,
      targetAnnotationId: xi.id,
    });
    expect(store.listRelations(articleId)).toEqual([relation]);

    // Freed again, the type takes any ends.
    store.updateLabel(saidBy.id, { sourceLabelIds: null, targetLabelIds: null });
    expect(label(store, 'relation', 'said_by').sourceLabelIds).toBeUndefined();
    store.createRelation({ typeLabelId: saidBy.id, sourceAnnotationId: peking.id, targetAnnotationId: xi.id });
    expect(store.listRelations(articleId)).toHaveLength(2);
    store.close();
  });

  it('restricts only relation types, and only to entity types or the claim label', () => {
    const { store } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    expectRefused(
      () => store.updateLabel(person.id, { sourceLabelIds: [person.id] }),
      'invalid-argument',
      /“Person” is not a relation type/,
    );
    const about = label(store, 'relation', 'about');
    expectRefused(
      () => store.updateLabel(about.id, { targetLabelIds: [label(store, 'relation', 'said_by').id] }),
      'invalid-argument',
      /is not an entity type or the claim label/,
    );
    store.close();
  });

  it('follows a removed entity type: its replacement takes its place, or the end allows any', () => {
    const { store } = seedProject(tempDir());
    const [person, organisation, event, other] = ['Person', 'Organisation', 'Event', 'Other'].map((name) =>
      label(store, 'entity', name),
    );
    const memberOf = label(store, 'relation', 'member_of');
    store.updateLabel(memberOf.id, { sourceLabelIds: [event?.id ?? 0], targetLabelIds: [organisation?.id ?? 0] });
    store.removeLabel(event?.id ?? 0, { kind: 'reassign', toLabelId: other?.id ?? 0 });
    expect(label(store, 'relation', 'member_of').sourceLabelIds).toEqual([other?.id]);
    store.removeLabel(organisation?.id ?? 0, { kind: 'reassign', toLabelId: person?.id ?? 0 });
    store.removeLabel(person?.id ?? 0, { kind: 'delete-annotations' });
    expect(label(store, 'relation', 'member_of').targetLabelIds).toBeUndefined();
    store.close();
  });

  it('round-trips the restrictions through a schema file, by label name', () => {
    const { store } = seedProject(tempDir());
    const schema = {
      ...DEFAULT_ANNOTATION_SCHEMA,
      relationTypes: [
        { name: 'said_by', color: '#6a3d9a', from: ['Claim'], to: ['Person', 'organisation'] },
        { name: 'works_for', color: '#0072b2', from: ['Person'], to: ['Organisation'] },
      ],
    };
    store.importAnnotationSchema(schema);
    const exported = store.exportAnnotationSchema();
    // A relation type the project had keeps its ends; a new one takes them from the file.
    expect(exported.relationTypes.find((type) => type.name === 'said_by')).toEqual({
      name: 'said_by',
      color: '#6a3d9a',
    });
    expect(exported.relationTypes.find((type) => type.name === 'works_for')).toEqual({
      name: 'works_for',
      color: '#0072b2',
      from: ['Person'],
      to: ['Organisation'],
    });

    const other = ProjectStore.create(`${tempDir()}/other.awb`);
    other.importAnnotationSchema(exported);
    expect(other.exportAnnotationSchema()).toEqual(exported);
    other.close();

    expectRefused(
      () =>
        store.importAnnotationSchema({ ...schema, relationTypes: [{ name: 'x', color: '#000000', to: ['Planet'] }] }),
      'invalid-argument',
      /“x” names “Planet”, which is neither an entity type nor the claim label/,
    );
    store.close();
  });
});

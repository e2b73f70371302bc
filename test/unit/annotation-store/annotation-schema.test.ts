import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/store/migrations';
import { ProjectStore } from '../../../main/store/project-store';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../../shared/model/default-annotation-schema';
import { useTempDir } from '../support/temp-dir';
import { expectRefused, label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

describe('the annotation schema', () => {
  it('gives a new project the default labels once, and not again after the user removes one', () => {
    const path = join(tempDir(), 'p.awb');
    const store = ProjectStore.create(path);
    expect(store.exportAnnotationSchema()).toEqual(DEFAULT_ANNOTATION_SCHEMA);
    const event = label(store, 'entity', 'Event');
    store.removeLabel(event.id, { kind: 'delete-annotations' });
    store.close();

    const reopened = ProjectStore.open(path);
    expect(
      reopened
        .listLabels()
        .filter((l) => l.kind === 'entity')
        .map((l) => l.name),
    ).toEqual(['Person', 'Organisation', 'Location', 'Date/Time', 'Other']);
    reopened.close();
  });

  it('gives a project made before annotation the default labels when opened', () => {
    const path = join(tempDir(), 'old.awb');
    const db = new DatabaseSync(path);
    for (const [version, migration] of MIGRATIONS.slice(0, 2).entries()) {
      db.exec(migration);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    }
    db.exec('PRAGMA application_id = 1096237617');
    db.close();

    const store = ProjectStore.open(path);
    expect(store.exportAnnotationSchema()).toEqual(DEFAULT_ANNOTATION_SCHEMA);
    expect(store.listLabels().find((l) => l.name === 'Person')).toMatchObject({ color: '#0072b2', hotkey: '1' });
    store.close();
  });

  it('renames, recolours and re-keys labels, refusing a taken name or key', () => {
    const { store } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    expect(store.renameLabel(person.id, 'Persona')).toMatchObject({ name: 'Persona' });
    expect(store.recolourLabel(person.id, '#123456')).toMatchObject({ color: '#123456' });
    expectRefused(
      () => store.renameLabel(person.id, 'LOCATION'),
      'invalid-argument',
      /already a label named “LOCATION”/,
    );
    expectRefused(
      () => store.setLabelHotkey(person.id, '3'),
      'invalid-argument',
      /The key 3 is already used by “Location”/,
    );
    expectRefused(() => store.recolourLabel(person.id, 'red'), 'invalid-argument', /Use a colour such as #1f77b4/);
    expect(store.setLabelHotkey(person.id, 'p')).toMatchObject({ hotkey: 'p' });
    expect(store.setLabelHotkey(label(store, 'entity', 'Location').id, '1')).toMatchObject({ hotkey: '1' });
    expectRefused(
      () => store.addLabel({ kind: 'entity', name: 'Partei', color: '#000000', hotkey: 'p' }),
      'invalid-argument',
      /The key p is already used by “Persona”/,
    );
    // The same name is fine under another kind.
    expect(store.addLabel({ kind: 'document', name: 'Person', color: '#000000' })).toMatchObject({ kind: 'document' });
    store.close();
  });

  it('removes a used label only as the user decided: moving or deleting its annotations', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const other = label(store, 'entity', 'Other');
    const event = label(store, 'entity', 'Event');
    const mention = store.createAnnotation({ articleId, labelId: other.id, fragments: [span(text, 'Lin Jian')] });
    store.createAnnotation({ articleId, labelId: event.id, fragments: [span(text, 'Kalten Krieges')] });
    store.createEntity({ typeLabelId: other.id, name: 'Lin Jian' });

    expect(store.labelUsage(other.id)).toMatchObject({ annotations: 1, entities: 1 });
    expectRefused(
      () => store.removeLabel(other.id, { kind: 'delete-annotations' }),
      'invalid-argument',
      /1 entity is of type “Other”. Move them to another type instead/,
    );
    expectRefused(
      () => store.removeLabel(other.id, { kind: 'reassign', toLabelId: label(store, 'claim', 'Claim').id }),
      'invalid-argument',
      /different kind of label/,
    );
    expect(store.listLabels().some((l) => l.id === other.id)).toBe(true);

    store.removeLabel(other.id, { kind: 'reassign', toLabelId: person.id });
    expect(store.getAnnotation(mention.id).labelId).toBe(person.id);
    expect(store.listEntities()[0]?.typeLabelId).toBe(person.id);

    store.removeLabel(event.id, { kind: 'delete-annotations' });
    expect(store.listAnnotations(articleId).map((a) => a.quote.exact)).toEqual(['Lin Jian']);
    expect(store.listLabels().map((l) => l.name)).not.toContain('Event');
    store.close();
  });

  it('removes a claim attribute value with the answers that chose it', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const verdict = label(store, 'claim-attribute', 'verdict');
    const values = store.listLabels().filter((l) => l.parentId === verdict.id);
    const [truth, falsehood] = [values.find((v) => v.name === 'true'), values.find((v) => v.name === 'false')];
    const claim = store.createAnnotation({
      articleId,
      labelId: label(store, 'claim', 'Claim').id,
      fragments: [span(text, 'die Beziehungen zu Peking strategischer Natur und felsenfest seien')],
      claim: { aboutEntityIds: [], attributes: { [verdict.id]: truth?.id ?? 0 } },
    });
    expectRefused(
      () =>
        store.removeLabel(truth?.id ?? 0, {
          kind: 'reassign',
          toLabelId: label(store, 'claim-attribute', 'stance').id,
        }),
      'invalid-argument',
      /another value of the same attribute/,
    );
    store.removeLabel(truth?.id ?? 0, { kind: 'reassign', toLabelId: falsehood?.id ?? 0 });
    expect(store.getAnnotation(claim.id).claim?.attributes).toEqual({ [verdict.id]: falsehood?.id });
    store.removeLabel(verdict.id, { kind: 'delete-annotations' });
    expect(store.getAnnotation(claim.id).claim?.attributes).toEqual({});
    expect(store.listLabels().some((l) => l.parentId === verdict.id)).toBe(false);
    store.close();
  });

  it('moves a schema to another project through JSON, keeping what that project already has', () => {
    const { store } = seedProject(tempDir());
    store.addLabel({ kind: 'relation', name: 'quotes', color: '#333333', hotkey: 'q' });
    const json = JSON.stringify(store.exportAnnotationSchema());
    store.close();

    const target = ProjectStore.create(join(tempDir(), 'target.awb'));
    expect(target.importAnnotationSchema(JSON.parse(json))).toBe(1);
    expect(target.importAnnotationSchema(JSON.parse(json))).toBe(0);
    expect(label(target, 'relation', 'quotes')).toMatchObject({ hotkey: 'q', color: '#333333' });
    expectRefused(
      () => target.importAnnotationSchema({ ...JSON.parse(json), entityTypes: [{ name: 'A', color: 'blue' }] }),
      'invalid-argument',
      /Use a colour such as #1f77b4/,
    );
    target.close();
  });
});

import { describe, expect, it } from 'vitest';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { ProjectStore } from '../../../main/store/project-store';
import { History, HISTORY_LIMITS } from '../../../main/store/history';
import { createProjectDatabase } from '../../../main/store/project-database';
import { inTransaction } from '../../../main/store/transaction';
import { useTempDir } from '../support/temp-dir';
import { SEED_CLAIM_TEXT } from '../support/text-span';
import { expectRefused, label, leaveStaleUndo, seedProject, span } from './fixtures';

const tempDir = useTempDir();

/** Everything of the annotation layer a user can see, for comparing before and after. */
function snapshot(store: ProjectStore, articleIds: readonly number[]) {
  return {
    entities: store.listEntities(),
    articles: articleIds.map((articleId) => ({
      annotations: store.listAnnotations(articleId),
      relations: store.listRelations(articleId).map((relation) => ({
        ...relation,
        notes: store.listNotes({ kind: 'relation', relationId: relation.id }),
      })),
      notes: store.listNotes({ kind: 'article', articleId }),
      documentLabels: store.documentLabels(articleId),
    })),
  };
}

function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    found.push({ start: at, end: at + phrase.length });
  }
  return found;
}

describe('undo and redo of annotation actions', () => {
  it('undoes and redoes every kind of action as one step, with its description and articles', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const location = label(store, 'entity', 'Location');
    const saidBy = label(store, 'relation', 'said_by');
    const claimLabel = label(store, 'claim', 'Claim');
    const opinion = store.addLabel({ kind: 'document', name: 'Kommentar', color: '#123456' });
    const xi = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    const claim = store.createAnnotation({
      articleId,
      labelId: claimLabel.id,
      fragments: [span(text, SEED_CLAIM_TEXT)],
    });
    const entity = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' });
    const relation = store.createRelation({
      typeLabelId: saidBy.id,
      sourceAnnotationId: claim.id,
      targetAnnotationId: xi.id,
    });
    const note = store.addNote({ kind: 'article', articleId }, 'Prüfen');

    const actions: [string, number[], () => unknown][] = [
      [
        `Annotate ${occurrences(text, 'Peking').length} occurrences of “Peking”`,
        [articleId],
        () =>
          store.createAnnotations(
            occurrences(text, 'Peking').map((fragment) => ({ articleId, labelId: location.id, fragments: [fragment] })),
          ),
      ],
      [
        'Add annotation “TASS”',
        [articleId],
        () => store.createAnnotation({ articleId, labelId: location.id, fragments: [span(text, 'TASS')] }),
      ],
      [
        'Edit annotation “Xi Jinping”',
        [articleId],
        () => store.updateAnnotation(xi.id, { entityId: entity.id, note: 'Präsident' }),
      ],
      ['Add entity “Sergei Schoigu”', [], () => store.createEntity({ typeLabelId: person.id, name: 'Sergei Schoigu' })],
      ['Edit entity “Xi”', [], () => store.updateEntity(entity.id, { name: 'Xi', aliases: ['Xi Jinping'] })],
      [
        'Link mention to new entity “Xi (2)”',
        [articleId],
        () => store.splitMentionOff(xi.id, { typeLabelId: person.id, name: 'Xi (2)' }),
      ],
      [
        'Add relation “said_by”',
        [articleId],
        () => store.createRelation({ typeLabelId: saidBy.id, sourceAnnotationId: xi.id, targetAnnotationId: claim.id }),
      ],
      ['Add note', [articleId], () => store.addNote({ kind: 'relation', relationId: relation.id }, 'Laut TASS')],
      ['Delete relation', [articleId], () => store.deleteRelation(relation.id)],
      ['Edit note', [articleId], () => store.updateNote(note.id, 'Geprüft')],
      ['Delete note', [articleId], () => store.deleteNote(note.id)],
      ['Change document labels', [articleId], () => store.setDocumentLabels(articleId, [opinion.id])],
      ['Delete annotation “Xi Jinping”', [articleId], () => store.deleteAnnotations([xi.id])],
    ];
    for (const [description, articleIds, action] of actions) {
      const before = snapshot(store, [articleId]);
      action();
      const after = snapshot(store, [articleId]);
      expect(after).not.toEqual(before);
      expect(store.historyState().undo).toBe(description);

      expect(store.undo()).toEqual({ description, articleIds });
      expect(snapshot(store, [articleId])).toEqual(before);
      expect(store.historyState()).toMatchObject({ redo: description });

      expect(store.redo()).toEqual({ description, articleIds });
      expect(snapshot(store, [articleId])).toEqual(after);
      expect(store.historyState()).toEqual({ undo: description, redo: null });
    }
    store.close();
  });

  it('brings a deleted annotation back with its relations, claim links and notes under the same ids', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const saidBy = label(store, 'relation', 'said_by');
    const xiEntity = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' });
    const xi = store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [span(text, 'Xi Jinping')],
      entityId: xiEntity.id,
      note: 'Staatspräsident',
    });
    const claim = store.createAnnotation({
      articleId,
      labelId: label(store, 'claim', 'Claim').id,
      fragments: [span(text, SEED_CLAIM_TEXT)],
      claim: { claimantEntityId: xiEntity.id, claimantAnnotationId: xi.id, aboutEntityIds: [], attributes: {} },
    });
    const relation = store.createRelation({
      typeLabelId: saidBy.id,
      sourceAnnotationId: claim.id,
      targetAnnotationId: xi.id,
    });
    store.addNote({ kind: 'relation', relationId: relation.id }, 'Laut TASS');
    const before = snapshot(store, [articleId]);

    expect(store.deleteAnnotations([xi.id, 987654])).toBe(1);
    expect(store.listRelations(articleId)).toEqual([]);
    expect(store.getAnnotation(claim.id).claim?.claimantAnnotationId).toBeUndefined();

    expect(store.undo()).toEqual({ description: 'Delete annotation “Xi Jinping”', articleIds: [articleId] });
    expect(snapshot(store, [articleId])).toEqual(before);
    expect(store.getAnnotation(xi.id).note).toBe('Staatspräsident');
    expect(store.listRelations(articleId)).toEqual([relation]);
    expect(store.getAnnotation(claim.id).claim?.claimantAnnotationId).toBe(xi.id);
    store.close();
  });

  it('undoes “annotate all occurrences” and a bulk delete as one step each', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const schoigu = occurrences(text, 'Schoigu');
    expect(schoigu.length).toBeGreaterThan(3);
    const created = store.createAnnotations(
      schoigu.map((fragment) => ({ articleId, labelId: person.id, fragments: [fragment] })),
    );
    store.deleteAnnotations(created.slice(0, 3).map((annotation) => annotation.id));
    expect(store.historyState().undo).toBe('Delete 3 annotations');

    store.undo();
    expect(store.listAnnotations(articleId)).toEqual(created);
    expect(store.undo()?.description).toBe(`Annotate ${schoigu.length} occurrences of “Schoigu”`);
    expect(store.listAnnotations(articleId)).toEqual([]);
    expect(store.undo()).toBeNull();
    expect(store.historyState()).toEqual({ undo: null, redo: `Annotate ${schoigu.length} occurrences of “Schoigu”` });
    store.close();
  });

  it('undoes a merge of entities: the merged one, its mentions, aliases and ids come back', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const other = store.createArticle(
      articleFromPaste({ title: 'Staatsbesuch', text: 'Präsident Xi Jinping reist im Mai nach Moskau.' }),
    );
    const person = label(store, 'entity', 'Person');
    const kept = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping', aliases: ['Xi'] });
    const merged = store.createEntity({
      typeLabelId: person.id,
      name: 'Präsident Xi',
      externalIds: [{ scheme: 'wikidata', value: 'Q15031' }],
      note: 'Doppelt angelegt',
    });
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')], entityId: kept.id });
    const otherText = store.getArticle(other.id).text;
    store.createAnnotation({
      articleId: other.id,
      labelId: person.id,
      fragments: [span(otherText, 'Xi Jinping')],
      entityId: merged.id,
    });
    const before = snapshot(store, [articleId, other.id]);

    store.mergeEntities(kept.id, merged.id);
    expect(store.listEntities().map((entity) => entity.id)).toEqual([kept.id]);
    expect(store.undo()).toEqual({ description: 'Merge “Präsident Xi” into “Xi Jinping”', articleIds: [other.id] });
    expect(snapshot(store, [articleId, other.id])).toEqual(before);
    expect(store.getEntity(merged.id)).toEqual(merged);
    expect(store.entityMentions(merged.id).map((mention) => mention.articleId)).toEqual([other.id]);
    store.close();
  });

  it('names every article a step changed, and none for the entity registry alone', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const other = store.createArticle(articleFromPaste({ title: 'Zweiter', text: 'Sergei Schoigu in Peking.' }));
    const otherText = store.getArticle(other.id).text;
    const person = label(store, 'entity', 'Person');
    const here = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Schoigu')] });
    const there = store.createAnnotation({
      articleId: other.id,
      labelId: person.id,
      fragments: [span(otherText, 'Schoigu')],
    });
    store.createRelation({
      typeLabelId: label(store, 'relation', 'about').id,
      sourceAnnotationId: here.id,
      targetAnnotationId: there.id,
    });
    expect(store.undo()).toEqual({ description: 'Add relation “about”', articleIds: [articleId, other.id] });
    store.deleteAnnotations([here.id, there.id]);
    expect(store.undo()).toEqual({ description: 'Delete 2 annotations', articleIds: [articleId, other.id] });
    store.createEntity({ typeLabelId: person.id, name: 'Lin Jian' });
    expect(store.undo()).toEqual({ description: 'Add entity “Lin Jian”', articleIds: [] });
    store.close();
  });

  it('forgets what was undone once a new action is taken', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    store.undo();
    expect(store.historyState()).toEqual({ undo: null, redo: 'Add annotation “Xi Jinping”' });

    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Schoigu')] });
    expect(store.historyState()).toEqual({ undo: 'Add annotation “Schoigu”', redo: null });
    expect(store.redo()).toBeNull();
    expect(store.listAnnotations(articleId).map((annotation) => annotation.quote.exact)).toEqual(['Schoigu']);
    store.close();
  });

  it('has nothing to undo in a new project, after a refused action, or after reopening', () => {
    const { store, path, articleId, text } = seedProject(tempDir());
    expect(store.undo()).toBeNull();
    expect(store.redo()).toBeNull();
    expect(store.historyState()).toEqual({ undo: null, redo: null });

    // Labels and articles have flows of their own and are not in history.
    store.addLabel({ kind: 'entity', name: 'Partei', color: '#000000' });
    store.updateArticle(articleId, { title: 'Neu' });
    expectRefused(
      () => store.createAnnotation({ articleId, labelId: 999, fragments: [span(text, 'Xi')] }),
      'not-found',
      /label/i,
    );
    expect(store.historyState()).toEqual({ undo: null, redo: null });

    store.createAnnotation({ articleId, labelId: label(store, 'entity', 'Person').id, fragments: [span(text, 'Xi')] });
    expect(store.historyState().undo).toBe('Add annotation “Xi”');
    store.close();
    const reopened = ProjectStore.open(path);
    expect(reopened.historyState()).toEqual({ undo: null, redo: null });
    expect(reopened.undo()).toBeNull();
    reopened.close();
  });

  it('refuses to undo once a label the step needs was removed, and changes nothing', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const party = store.addLabel({ kind: 'entity', name: 'Partei', color: '#000000' });
    const person = label(store, 'entity', 'Person');
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    const annotated = store.createAnnotations(
      ['Peking', 'TASS'].map((phrase) => ({ articleId, labelId: party.id, fragments: [span(text, phrase)] })),
    );
    store.deleteAnnotations(annotated.map((annotation) => annotation.id));
    store.removeLabel(party.id, { kind: 'delete-annotations' });
    // A new label may take the removed one's id; it must not receive the old annotations.
    store.addLabel({ kind: 'entity', name: 'Verband', color: '#111111' });
    const before = snapshot(store, [articleId]);

    expectRefused(() => store.undo(), 'not-found', /Undo is not possible: the label “Partei”.*Nothing was changed/);
    expect(snapshot(store, [articleId])).toEqual(before);
    expect(store.historyState()).toEqual({ undo: null, redo: null });
    store.close();
  });

  it('refuses to undo a step whose rows point at something removed since, and changes nothing', () => {
    const { store, articleId, text } = seedProject(tempDir());
    leaveStaleUndo(store, articleId, text);
    const before = snapshot(store, [articleId]);

    expectRefused(() => store.undo(), 'not-found', /something “Delete relation” needs.*Nothing was changed/);
    expect(snapshot(store, [articleId])).toEqual(before);
    expect(store.historyState()).toEqual({ undo: null, redo: null });
    store.close();
  });

  it('refuses to undo or redo a step whose rows were deleted since, instead of doing nothing and losing the redo', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const party = store.addLabel({ kind: 'entity', name: 'Partei', color: '#000000' });
    const person = label(store, 'entity', 'Person');
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    store.createAnnotation({ articleId, labelId: party.id, fragments: [span(text, 'China')] });
    // Removing the label takes the annotation the last step added.
    store.removeLabel(party.id, { kind: 'delete-annotations' });
    const before = snapshot(store, [articleId]);

    expectRefused(() => store.undo(), 'not-found', /something “Add annotation “China”” needs.*Nothing was changed/);
    expect(snapshot(store, [articleId])).toEqual(before);
    expect(store.historyState()).toEqual({ undo: null, redo: null });

    // The same for redo: the deletion redo would repeat has happened already, with the label.
    const ministry = store.addLabel({ kind: 'entity', name: 'Ministerium', color: '#222222' });
    const tass = store.createAnnotation({ articleId, labelId: ministry.id, fragments: [span(text, 'TASS')] });
    store.deleteAnnotations([tass.id]);
    store.undo();
    store.removeLabel(ministry.id, { kind: 'delete-annotations' });
    const beforeRedo = snapshot(store, [articleId]);
    expectRefused(() => store.redo(), 'not-found', /Redo is not possible.*Nothing was changed/);
    expect(snapshot(store, [articleId])).toEqual(beforeRedo);
    expect(store.historyState().redo).toBeNull();
    store.close();
  });

  it('drops the history of an article deleted for good or decoded anew, rather than misplace annotations', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const xi = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    store.deleteAnnotations([xi.id]);
    const decoded = `Neu: ${text}`;
    store.replaceArticleText(articleId, { text: decoded, blocks: [], links: [], encoding: 'utf-8' });
    expect(store.historyState()).toEqual({ undo: null, redo: null });

    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(decoded, 'Schoigu')] });
    store.trashArticles([articleId]);
    expect(store.historyState().undo).toBe('Add annotation “Schoigu”');
    store.emptyTrash();
    expect(store.historyState()).toEqual({ undo: null, redo: null });
    store.close();
  });

  it(`keeps the last ${HISTORY_LIMITS.steps} steps`, () => {
    // In memory: five hundred durable commits to a file would only measure the disk.
    const db = createProjectDatabase(':memory:', 'Memory');
    const transact = <T>(action: () => T): T => inTransaction(db, 'Memory', action);
    const history = new History(db, transact);
    const rename = (name: string) =>
      transact(() =>
        history.record(
          () => db.prepare('UPDATE entity SET name = ?').run(name),
          () => `Rename to ${name}`,
        ),
      );
    transact(() => {
      db.prepare(`INSERT INTO label (uid, kind, name, color) VALUES ('person', 'entity', 'Person', '#000000')`).run();
      db.prepare(`INSERT INTO entity (uid, type_label_id, name, created_at) VALUES ('xi', 1, 'Version 0', '')`).run();
    });
    for (let version = 1; version <= HISTORY_LIMITS.steps + 1; version++) rename(`Version ${version}`);

    let undone = 0;
    while (history.undo() !== null) undone++;
    expect(undone).toBe(HISTORY_LIMITS.steps);
    expect(db.prepare('SELECT name FROM entity').get()).toEqual({ name: 'Version 1' });
    expect(history.state()).toEqual({ undo: null, redo: `Rename to Version 2` });
    db.close();
  });
});

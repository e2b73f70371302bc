import { describe, expect, it, vi } from 'vitest';
import { ProjectStore } from '../../../main/store/project-store';
import type { ChangeSet } from '../../../shared/model/change-set';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { label, leaveStaleUndo, seedProject, span } from '../annotation-store/fixtures';
import { articleInput } from '../support/article-input';
import { checkedWrite, readStoreState, recordChanges, type StoreState } from '../support/change-set-check';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';
import { SEED_CLAIM_TEXT } from '../support/text-span';

const tempDir = useTempDir();

/** The state without what Undo and Redo offer, which an undo changes while it puts the rows back. */
function rows(state: StoreState): StoreState {
  return { ...state, history: { undo: null, redo: null } };
}

/** A store with a listener, and a `write` that runs one call and checks what it announced. */
function trackedProject() {
  const project = seedProject(tempDir());
  const recorder = recordChanges(project.store);
  const write = <T>(action: () => T, options: { resent?: boolean } = {}) =>
    checkedWrite(project.store, recorder, action, options);
  /** A write that is one step of undo history: checks the write, its undo and its redo. */
  const undoable = <T>(action: () => T): { result: T; changes: ChangeSet } => {
    const before = readStoreState(project.store);
    const done = write(action);
    const after = readStoreState(project.store);
    expect(present(done.changes, 'change set').history).toEqual(after.history);
    const undone = present(write(() => project.store.undo()).changes, 'change set of the undo');
    expect(rows(readStoreState(project.store))).toEqual(rows(before));
    expect(undone.history).toEqual(project.store.historyState());
    write(() => project.store.redo());
    expect(rows(readStoreState(project.store))).toEqual(rows(after));
    return { result: done.result as T, changes: present(done.changes, 'change set') };
  };
  /** A write that must change something: its change set. */
  const announced = (action: () => unknown): ChangeSet => present(write(action).changes, 'change set');
  return { ...project, write, undoable, announced };
}

describe('change sets', () => {
  it('announce one new annotation and its entity’s counts, and what an undo and redo put back', () => {
    const { store, articleId, text, write, undoable } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const xi = present(write(() => store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' })).result);

    const { result, changes } = undoable(() =>
      store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')], entityId: xi.id }),
    );

    expect(changes).toEqual({
      annotations: { upserted: [result], deleted: [] },
      // The article's first annotation starts its work.
      articles: { upserted: store.listArticles().filter((article) => article.id === articleId), deleted: [] },
      entities: { upserted: [{ ...xi, mentionCount: 1, articleCount: 1 }], deleted: [] },
      history: { undo: 'Add annotation “Xi Jinping”', redo: null },
    });
  });

  it('announce every kind of annotation-layer write exactly, and their undo and redo', () => {
    const { store, articleId, text, write, undoable } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const location = label(store, 'entity', 'Location');
    const claimLabel = label(store, 'claim', 'Claim');
    const saidBy = label(store, 'relation', 'said_by');
    const stance = label(store, 'claim-attribute', 'stance');
    const supports = present(store.listLabels().find((value) => value.parentId === stance.id));
    const opinion = present(
      write(() => store.addLabel({ kind: 'document', name: 'Kommentar', color: '#123456' })).result,
    );

    const xiEntity = undoable(() => store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' })).result;
    const xi = undoable(() =>
      store.createAnnotation({
        articleId,
        labelId: person.id,
        fragments: [span(text, 'Xi Jinping')],
        entityId: xiEntity.id,
        note: 'Präsident',
      }),
    ).result;
    const claim = undoable(() =>
      store.createAnnotation({
        articleId,
        labelId: claimLabel.id,
        fragments: [span(text, SEED_CLAIM_TEXT)],
        claim: { claimantAnnotationId: xi.id, aboutEntityIds: [xiEntity.id], attributes: {} },
      }),
    ).result;
    undoable(() =>
      store.createAnnotations(
        [1, 2].map((occurrence) => ({
          articleId,
          labelId: location.id,
          fragments: [span(text, 'Peking', occurrence)],
        })),
      ),
    );
    undoable(() =>
      store.updateAnnotation(claim.id, {
        claim: {
          claimantAnnotationId: xi.id,
          aboutEntityIds: [xiEntity.id],
          attributes: { [stance.id]: supports.id },
        },
      }),
    );
    // The mention's entity stays, so its counts are not sent again.
    expect(undoable(() => store.updateAnnotation(xi.id, { note: 'Staatspräsident' })).changes.entities).toBeUndefined();
    undoable(() => store.updateEntity(xiEntity.id, { note: 'Staatschef' }));
    undoable(() => store.updateEntity(xiEntity.id, { externalIds: [{ scheme: 'wikidata', value: 'Q15031' }] }));
    undoable(() => store.updateEntity(xiEntity.id, { aliases: ['Xi'] }));
    const schoigu = undoable(() =>
      store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Schoigu')] }),
    ).result;
    const split = undoable(() => store.splitMentionOff(xi.id, { typeLabelId: person.id, name: 'Xi (2)' })).result;
    store.updateAnnotation(claim.id, {
      claim: { claimantAnnotationId: xi.id, aboutEntityIds: [split.id], attributes: { [stance.id]: supports.id } },
    });
    // The claim is about the merged entity, and is then about the kept one.
    const { changes: merged } = undoable(() => store.mergeEntities(xiEntity.id, split.id));
    expect(merged.annotations?.upserted.map((annotation) => annotation.id)).toEqual([xi.id, claim.id]);
    expect(merged.entities?.deleted).toEqual([split.id]);
    const relation = undoable(() =>
      store.createRelation({ typeLabelId: saidBy.id, sourceAnnotationId: claim.id, targetAnnotationId: xi.id }),
    ).result;
    const relationNote = undoable(() =>
      store.addNote({ kind: 'relation', relationId: relation.id }, 'Laut TASS'),
    ).result;
    undoable(() => store.updateNote(relationNote.id, 'Laut RIA'));
    const articleNote = undoable(() => store.addNote({ kind: 'article', articleId }, 'Prüfen')).result;
    undoable(() => store.deleteNote(articleNote.id));
    undoable(() => store.setDocumentLabels(articleId, [opinion.id]));
    undoable(() => store.atomically('Import', () => store.updateAnnotation(schoigu.id, { entityId: xiEntity.id })));

    // Deleting the claimant's mention takes its relation and the relation's note, and unlinks the claim.
    const { changes } = undoable(() => store.deleteAnnotations([xi.id]));
    expect(changes.annotations?.deleted).toEqual([xi.id]);
    expect(changes.annotations?.upserted.map((annotation) => annotation.id)).toEqual([claim.id]);
    expect(changes.relations).toEqual({ upserted: [], deleted: [relation.id] });
    expect(changes.notes).toEqual({ upserted: [], deleted: [relationNote.id] });
    const cites = store.createRelation({
      typeLabelId: saidBy.id,
      sourceAnnotationId: claim.id,
      targetAnnotationId: schoigu.id,
    });
    undoable(() => store.deleteRelation(cites.id));
  });

  it('announce only the article’s new text and the annotations a text edit moved or orphaned', () => {
    const { store, articleId, text, undoable } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const before = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    const orphan = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Schoigu')] });
    const after = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Peking', 2)] });
    const gone = span(text, 'Schoigu');
    const edited = text.slice(0, gone.start) + text.slice(gone.end);

    const { changes } = undoable(() =>
      store.editArticleText({
        id: articleId,
        changes: [{ from: gone.start, to: gone.end, insertedText: '' }],
        blocks: plainTextBlocks(edited),
      }),
    );

    expect(changes.articleTexts?.map((article) => article.text)).toEqual([edited]);
    const changed = changes.annotations?.upserted.map((annotation) => annotation.id) ?? [];
    expect(changed).toContain(orphan.id);
    expect(changed).toContain(after.id);
    expect(changed).not.toContain(before.id);
  });

  it('announce re-attached and restored anchors', () => {
    const { store, articleId, text, write, undoable } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const xi = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    undoable(() => store.reattachAnnotation(xi.id, [span(text, 'Schoigu')]));
    write(() =>
      store.restoreOrphanedAnchor(xi.id, [{ start: 0, end: 2 }], { exact: 'Xi', prefix: '', suffix: ' Jinping' }),
    );
  });

  it('announce schema changes and what removing a label does to its annotations', () => {
    const { store, articleId, text, write, announced } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const party = present(write(() => store.addLabel({ kind: 'entity', name: 'Partei', color: '#000000' })).result);
    const opinion = present(
      write(() => store.addLabel({ kind: 'document', name: 'Kommentar', color: '#123456' })).result,
    );
    write(() => store.renameLabel(party.id, 'Parteien'));
    write(() => store.recolourLabel(party.id, '#111111'));
    write(() => store.setLabelHotkey(party.id, 'p'));
    write(() => store.updateLabel(party.id, { name: 'Partei', hotkey: null }));
    const imported = announced(() =>
      store.importAnnotationSchema({
        ...store.exportAnnotationSchema(),
        relationTypes: [{ name: 'cites', color: '#abcdef' }],
      }),
    );
    expect(imported.labels?.upserted.map((added) => added.name)).toEqual(['cites']);
    store.createAnnotation({ articleId, labelId: party.id, fragments: [span(text, 'China')] });
    store.createAnnotation({ articleId, labelId: party.id, fragments: [span(text, 'Russland')] });
    store.setDocumentLabels(articleId, [opinion.id]);
    const stance = label(store, 'claim-attribute', 'stance');
    const [supports, refutes, third] = store.listLabels().filter((value) => value.parentId === stance.id);
    const claim = store.createAnnotation({
      articleId,
      labelId: label(store, 'claim', 'Claim').id,
      fragments: [span(text, SEED_CLAIM_TEXT)],
      claim: { aboutEntityIds: [], attributes: { [stance.id]: present(supports).id } },
    });

    write(() => store.removeLabel(party.id, { kind: 'reassign', toLabelId: person.id }));
    write(() => store.removeLabel(opinion.id, { kind: 'delete-annotations' }));
    const reassigned = announced(() =>
      store.removeLabel(present(supports).id, { kind: 'reassign', toLabelId: present(refutes).id }),
    );
    expect(reassigned.annotations?.upserted).toEqual([store.getAnnotation(claim.id)]);
    store.updateAnnotation(claim.id, { claim: { aboutEntityIds: [], attributes: { [stance.id]: present(third).id } } });
    const cleared = announced(() => store.removeLabel(present(third).id, { kind: 'delete-annotations' }));
    expect(cleared.annotations?.upserted.map((annotation) => annotation.claim)).toEqual([
      { aboutEntityIds: [], attributes: {} },
    ]);
  });

  it('announce article writes, the trash and what emptying it takes along', () => {
    const { store, articleId, text, write, announced } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const xiEntity = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' });
    store.createAnnotation({
      articleId,
      labelId: person.id,
      fragments: [span(text, 'Xi Jinping')],
      entityId: xiEntity.id,
    });

    const second = present(write(() => store.createArticle(articleInput('Zweiter', 'Xi Jinping reist.'))).result);
    write(() => store.updateArticle(second.id, { title: 'Reise', tags: ['China'], language: 'de' }));
    expect(write(() => store.updateArticle(second.id, { title: 'Reise' })).changes).toBeUndefined();
    write(() =>
      store.replaceArticleText(second.id, {
        text: 'Xi Jinping reiste.',
        blocks: plainTextBlocks('Xi Jinping reiste.'),
        links: [],
        encoding: 'windows-1252',
      }),
    );
    const trashed = announced(() => store.trashArticles([articleId]));
    expect(trashed.entities?.upserted).toEqual([{ ...xiEntity, mentionCount: 0, articleCount: 0 }]);
    expect(trashed.project?.articleCount).toBe(1);
    write(() => store.restoreArticles([articleId]));
    write(() => store.trashArticles([articleId, second.id]));
    const emptied = announced(() => store.emptyTrash());
    expect(emptied.articles).toEqual({ upserted: [], deleted: [articleId, second.id] });
    // The undo history pointed into the deleted article, so it is gone too.
    expect(emptied.history).toEqual({ undo: null, redo: null });
  });

  it('count an entity’s mentions right after another connection wrote to the project', () => {
    const { store, path, articleId, text, announced } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const xi = store.createEntity({ typeLabelId: person.id, name: 'Xi Jinping' });
    const mention = (fragment: { start: number; end: number }) => ({
      articleId,
      labelId: person.id,
      fragments: [fragment],
      entityId: xi.id,
    });
    announced(() => store.createAnnotation(mention(span(text, 'Xi Jinping'))));
    // As the import worker does, on a connection of its own.
    const other = ProjectStore.open(path);
    other.createAnnotation(mention(span(text, 'Xi Jinping', 2)));
    other.close();

    const changes = announced(() => store.createAnnotation(mention(span(text, 'Xi'))));
    expect(changes.entities?.upserted.map((entity) => entity.mentionCount)).toEqual([3]);
  });

  it('announce nothing for a refused write, and only the cleared history for a refused undo', () => {
    const { store, articleId, text, write } = trackedProject();
    const person = label(store, 'entity', 'Person');
    const outside = { start: text.length - 1, end: text.length + 5 };
    expect(
      write(() => store.createAnnotation({ articleId, labelId: person.id, fragments: [outside] })).refused,
    ).toBeDefined();
    expect(write(() => store.updateAnnotation(424242, { note: 'x' })).refused).toBeDefined();
    // A commit the disk refuses is rolled back like any other failure.
    store.injectStorageFault('disk-full');
    const xi = { articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] };
    expect(write(() => store.createAnnotation(xi)).refused).toBeDefined();
    store.injectStorageFault(null);

    leaveStaleUndo(store, articleId, text);
    const { refused, changes } = write(() => store.undo());
    expect(refused).toBeDefined();
    expect(changes).toEqual({ history: { undo: null, redo: null } });
  });

  it('announce nothing to an unsubscribed listener, and nothing for a write that changed nothing', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const heard: ChangeSet[] = [];
    const unsubscribe = store.onChanged((changes) => heard.push(changes));
    store.deleteAnnotations([424242]);
    store.restoreArticles([articleId]);
    expect(heard).toEqual([]);
    unsubscribe();
    store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
    expect(heard).toEqual([]);
  });

  it('keeps a write that a listener fails on, and tells the other listeners', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const person = label(store, 'entity', 'Person');
    const rethrown: (() => void)[] = [];
    const microtask = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => rethrown.push(task));
    const heard: ChangeSet[] = [];
    store.onChanged(() => {
      throw new Error('listener failed');
    });
    store.onChanged((changes) => heard.push(changes));
    try {
      const created = store.createAnnotation({ articleId, labelId: person.id, fragments: [span(text, 'Xi Jinping')] });
      expect(store.getAnnotation(created.id)).toEqual(created);
    } finally {
      microtask.mockRestore();
    }
    expect(heard).toHaveLength(1);
    expect(rethrown).toHaveLength(1);
    expect(() => present(rethrown[0])()).toThrow('listener failed');
  });
});

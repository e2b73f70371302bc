import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/store/migrations';
import { ProjectStore } from '../../../main/store/project-store';
import { TEXT_HASH_SQL_FUNCTION, textHash } from '../../../main/store/text-hash';
import type { ChangeSet } from '../../../shared/model/change-set';
import { useTempDir } from '../support/temp-dir';
import { label, seedProject, span } from './fixtures';

const tempDir = useTempDir();

const ANA = { uid: '0b6f6c1e-5d1a-4c1e-9a55-2f0e7d9b1a01', name: 'Ana Ruiz', email: 'ana@example.org' };
const BEN = { uid: '7c2d1f3a-8e4b-4b6a-b1d2-3c4e5f6a7b02', name: 'Ben Okafor', email: null };

/** A store whose clock says what the test sets, so stamps can be told apart. */
function clockedSeedProject(dir: string) {
  const seeded = seedProject(dir);
  seeded.store.close();
  let now = new Date('2026-12-03T14:05:00.000Z');
  const store = ProjectStore.open(seeded.path, () => now);
  return {
    ...seeded,
    store,
    setTime: (iso: string) => {
      now = new Date(iso);
    },
  };
}

describe('annotators', () => {
  it('registers the annotator once and keeps their row through a rename', () => {
    const { store } = seedProject(tempDir());
    const first = store.useAnnotator(ANA);
    const again = store.useAnnotator({ ...ANA, name: 'Ana Ruiz-Vega' });
    store.useAnnotator(BEN);
    expect(again.id).toBe(first.id);
    expect(store.listAnnotators()).toEqual([
      { id: first.id, ...ANA, name: 'Ana Ruiz-Vega' },
      { id: expect.any(Number) as number, ...BEN },
    ]);
  });

  it('refuses an annotator without a name or with a malformed e-mail', () => {
    const { store } = seedProject(tempDir());
    expect(() => store.useAnnotator({ ...ANA, name: '  ' })).toThrow(/Enter your name/);
    expect(() => store.useAnnotator({ ...ANA, email: 'not an address' })).toThrow(/e-mail address/);
    expect(store.listAnnotators()).toEqual([]);
  });

  it('stamps annotations, relations, notes and entities with who made and who changed them', () => {
    const { store, articleId, text, setTime } = clockedSeedProject(tempDir());
    const ana = store.useAnnotator(ANA);
    const person = label(store, 'entity', 'Person').id;
    const entity = store.createEntity({ typeLabelId: person, name: 'Xi Jinping' });
    const xi = store.createAnnotation({
      articleId,
      labelId: person,
      fragments: [span(text, 'Xi Jinping')],
      entityId: entity.id,
    });
    const china = store.createAnnotation({ articleId, labelId: person, fragments: [span(text, 'China')] });
    const relation = store.createRelation({
      typeLabelId: label(store, 'relation', 'member_of').id,
      sourceAnnotationId: xi.id,
      targetAnnotationId: china.id,
    });
    const note = store.addNote({ kind: 'article', articleId }, 'Check the date.');
    const made = { createdBy: ana.id, createdAt: '2026-12-03T14:05:00.000Z' };
    const unchanged = { ...made, updatedBy: ana.id, updatedAt: '2026-12-03T14:05:00.000Z' };
    expect(xi).toMatchObject(unchanged);
    expect(relation).toMatchObject(unchanged);
    expect(note).toMatchObject(unchanged);
    expect(store.getEntity(entity.id)).toMatchObject(unchanged);

    const ben = store.useAnnotator(BEN);
    setTime('2026-12-04T09:30:00.000Z');
    const edited = store.updateAnnotation(xi.id, { note: 'Head of state' });
    store.updateNote(note.id, 'Checked.');
    store.updateEntity(entity.id, { aliases: ['Xi'] });
    const changed = { ...made, updatedBy: ben.id, updatedAt: '2026-12-04T09:30:00.000Z' };
    expect(edited).toMatchObject(changed);
    expect(store.listNotes({ kind: 'article', articleId })[0]).toMatchObject(changed);
    expect(store.getEntity(entity.id)).toMatchObject(changed);
  });

  it('puts back the stamps of the step an undo takes back, and the new ones on redo', () => {
    const { store, articleId, text, setTime } = clockedSeedProject(tempDir());
    const ana = store.useAnnotator(ANA);
    const person = label(store, 'entity', 'Person').id;
    const xi = store.createAnnotation({ articleId, labelId: person, fragments: [span(text, 'Xi Jinping')] });
    const ben = store.useAnnotator(BEN);
    setTime('2026-12-04T09:30:00.000Z');
    const edited = store.updateAnnotation(xi.id, { note: 'Head of state' });
    expect(edited.updatedBy).toBe(ben.id);

    const undone: ChangeSet[] = [];
    const stop = store.onChanged((changes) => undone.push(changes));
    store.undo();
    stop();
    expect(store.getAnnotation(xi.id)).toEqual(xi);
    expect(xi.updatedBy).toBe(ana.id);
    expect(undone[0]?.annotations?.upserted).toEqual([xi]);
    store.redo();
    expect(store.getAnnotation(xi.id)).toEqual(edited);
  });

  it('writes without an author until the store is told who annotates', () => {
    const { store, articleId, text } = seedProject(tempDir());
    const annotation = store.createAnnotation({
      articleId,
      labelId: label(store, 'entity', 'Person').id,
      fragments: [span(text, 'Xi Jinping')],
    });
    expect(annotation.createdBy).toBeUndefined();
    expect(annotation.createdAt).toEqual(expect.any(String));
  });

  it('announces a new or renamed annotator in the change set', () => {
    const { store } = seedProject(tempDir());
    const changes: ChangeSet[] = [];
    store.onChanged((change) => changes.push(change));
    const ana = store.useAnnotator(ANA);
    store.useAnnotator(ANA);
    store.useAnnotator({ ...ANA, email: null });
    expect(changes.map((change) => change.annotators)).toEqual([
      { upserted: [ana], deleted: [] },
      { upserted: [{ ...ana, email: null }], deleted: [] },
    ]);
  });
});

describe('a project from before annotators', () => {
  it('opens with unknown authors and new articles, and stamps what is written afterwards', () => {
    const path = `${tempDir()}/old.awb`;
    const before = MIGRATIONS.findIndex((migration) => migration.includes('CREATE TABLE annotator'));
    const old = new DatabaseSync(path);
    old.function(TEXT_HASH_SQL_FUNCTION, (text) => textHash(String(text)));
    for (const migration of MIGRATIONS.slice(0, before)) old.exec(migration);
    old.exec(`PRAGMA application_id = 1096237617; PRAGMA user_version = ${before}`);
    const at = '2025-01-02T03:04:05.000Z';
    old.exec(`
      INSERT INTO article (id, uid, title, text, blocks_json, created_at, updated_at, original_type, original_bytes,
        encoding, content_hash, char_count)
        VALUES (1, 'a1', 'Old', 'Xi Jinping met Shoigu.', '[{"kind":"paragraph","start":0,"end":22}]', '${at}', '${at}',
        'text/plain', x'00', 'utf-8', 'h', 22);
      INSERT INTO label (id, uid, kind, name, color) VALUES (100, 'l1', 'entity', 'Leader', '#000000');
      INSERT INTO annotation (id, uid, article_id, label_id, quote_exact, quote_prefix, quote_suffix, created_at, updated_at)
        VALUES (1, 'n1', 1, 100, 'Xi Jinping', '', ' met Shoigu.', '${at}', '${at}');
      INSERT INTO annotation_fragment (annotation_id, seq, start, end) VALUES (1, 0, 0, 10);`);
    old.close();

    const store = ProjectStore.open(path);
    expect(store.getAnnotation(1)).toEqual({
      id: 1,
      articleId: 1,
      labelId: 100,
      fragments: [{ start: 0, end: 10 }],
      quote: { exact: 'Xi Jinping', prefix: '', suffix: ' met Shoigu.' },
      orphaned: false,
      createdAt: at,
      updatedAt: at,
    });
    expect(store.getArticle(1).review).toBeUndefined();
    const ana = store.useAnnotator(ANA);
    const shoigu = store.createAnnotation({ articleId: 1, labelId: 100, fragments: [{ start: 15, end: 21 }] });
    expect(shoigu.createdBy).toBe(ana.id);
    expect(store.getArticle(1).review).toMatchObject({ status: 'in-progress', by: ana.id });
    store.close();
  });
});

describe('review status', () => {
  it('is set with who and when as one undoable step, and the first annotation starts it', () => {
    const { store, articleId, text, setTime } = clockedSeedProject(tempDir());
    const ana = store.useAnnotator(ANA);
    const person = label(store, 'entity', 'Person').id;
    store.createAnnotation({ articleId, labelId: person, fragments: [span(text, 'Xi Jinping')] });
    const started = { status: 'in-progress', by: ana.id, at: '2026-12-03T14:05:00.000Z' };
    expect(store.getArticle(articleId).review).toEqual(started);
    // A second annotation leaves the status alone.
    const ben = store.useAnnotator(BEN);
    store.createAnnotation({ articleId, labelId: person, fragments: [span(text, 'China')] });
    expect(store.getArticle(articleId).review).toEqual(started);

    setTime('2026-12-05T10:00:00.000Z');
    const reviewed = store.setReviewStatus(articleId, 'reviewed');
    expect(reviewed.review).toEqual({ status: 'reviewed', by: ben.id, at: '2026-12-05T10:00:00.000Z' });
    expect(store.listArticles()[0]?.review).toEqual(reviewed.review);
    expect(store.historyState().undo).toBe('Mark “Xi trifft Schoigu” as reviewed');
    store.undo();
    expect(store.getArticle(articleId).review).toEqual(started);
    store.undo();
    store.undo();
    expect(store.getArticle(articleId).review).toBeUndefined();
  });
});

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { WorkbenchError } from '../../../shared/ipc/errors';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { CURRENT_SCHEMA_VERSION } from '../../../main/store/migrations';
import { ProjectStore } from '../../../main/store/project-store';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function expectWorkbenchError(action: () => unknown, code: string, messagePart: RegExp): void {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError);
    expect((error as WorkbenchError).code).toBe(code);
    expect((error as WorkbenchError).message).toMatch(messagePart);
    return;
  }
  throw new Error('expected the action to fail');
}

describe('project store', () => {
  it('keeps a pasted article across close and reopen, text and paragraphs intact', () => {
    const path = join(tempDir(), 'Research.awb');
    const seed = readSeedArticle();
    const store = ProjectStore.create(path);
    const created = store.createArticle(articleFromPaste({ title: 'Xi trifft Schoigu', text: seed }));
    store.close();

    const reopened = ProjectStore.open(path);
    expect(reopened.info()).toMatchObject({ name: 'Research', articleCount: 1 });
    const article = reopened.getArticle(created.id);
    expect(article.title).toBe('Xi trifft Schoigu');
    expect(article.text).toBe(seed.trim());
    expect(article.text).toContain('Außenministerium');
    expect(article.text).toContain('China zu lösen – damit Washington');
    const paragraphs = article.blocks.map((block) => article.text.slice(block.start, block.end));
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^Der chinesische Präsident Xi Jinping/);
    reopened.close();
  });

  it('sets WAL, full synchronous commits, foreign keys and its own application id', () => {
    const path = join(tempDir(), 'p.awb');
    ProjectStore.create(path).close();
    const db = new DatabaseSync(path, { readOnly: true });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: CURRENT_SCHEMA_VERSION });
    expect(db.prepare('PRAGMA application_id').get()).toEqual({ application_id: 0x41574231 });
    db.close();
    const store = ProjectStore.open(path);
    store.close();
  });

  it('refuses a file from a newer version and leaves it unchanged', () => {
    const path = join(tempDir(), 'future.awb');
    ProjectStore.create(path).close();
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    expectWorkbenchError(() => ProjectStore.open(path), 'project-too-new', /newer version of Annotation Workbench/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite without touching it', () => {
    const path = join(tempDir(), 'notes.awb');
    writeFileSync(path, 'Dies ist keine Datenbank.\n');
    expectWorkbenchError(() => ProjectStore.open(path), 'project-not-ours', /not an Annotation Workbench project/);
    expect(readFileSync(path, 'utf8')).toBe('Dies ist keine Datenbank.\n');
  });

  it('refuses another application’s SQLite database', () => {
    const path = join(tempDir(), 'other.awb');
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expectWorkbenchError(() => ProjectStore.open(path), 'project-not-ours', /not an Annotation Workbench project/);
  });

  it('reports a damaged project clearly and does not modify it', () => {
    const path = join(tempDir(), 'damaged.awb');
    const store = ProjectStore.create(path);
    for (let i = 0; i < 50; i++)
      store.createArticle(articleFromPaste({ title: `A${i}`, text: `Text ${i} `.repeat(400) }));
    store.close();
    const bytes = readFileSync(path);
    // Overwrite a page in the middle of the file with garbage, past the header.
    bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 2048);
    writeFileSync(path, bytes);
    expectWorkbenchError(() => ProjectStore.open(path), 'project-corrupt', /damaged/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses to create a project over an existing file', () => {
    const path = join(tempDir(), 'exists.awb');
    writeFileSync(path, 'precious');
    expectWorkbenchError(() => ProjectStore.create(path), 'invalid-argument', /never overwrites/);
    expect(readFileSync(path, 'utf8')).toBe('precious');
  });

  it('copies the project to a new file that opens on its own', () => {
    const dir = tempDir();
    const store = ProjectStore.create(join(dir, 'a.awb'));
    store.createArticle(articleFromPaste({ title: '', text: 'Erster Absatz.\n\nZweiter Absatz.' }));
    store.copyTo(join(dir, 'b.awb'));
    store.close();
    copyFileSync(join(dir, 'b.awb'), join(dir, 'c.awb'));
    const copy = ProjectStore.open(join(dir, 'c.awb'));
    expect(copy.listArticles().map((a) => a.title)).toEqual(['Erster Absatz.']);
    copy.close();
  });

  it('reports a missing article as not found', () => {
    const store = ProjectStore.create(join(tempDir(), 'x.awb'));
    expectWorkbenchError(() => store.getArticle(42), 'not-found', /does not exist/);
    store.close();
  });
});

import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/store/migrations';
import { ProjectStore } from '../../../main/store/project-store';
import { articleInput } from '../support/article-input';
import { readSeedArticle } from '../support/seed-article';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

function newStore(): ProjectStore {
  return ProjectStore.create(join(tempDir(), 'library.awb'));
}

describe('article metadata and tags', () => {
  it('edits title, metadata and tags, and keeps them across reopening', () => {
    const path = join(tempDir(), 'meta.awb');
    const store = ProjectStore.create(path);
    const { id } = store.createArticle(articleInput('Ohne Titel', readSeedArticle(), { language: 'de' }));
    store.updateArticle(id, {
      title: 'Xi trifft Schoigu',
      source: 'RT DE',
      url: 'https://example.org/xi',
      publishedAt: '2025-02-28',
      tags: ['China', 'Russland', 'China'],
    });
    store.updateArticle(id, { author: '' });
    store.close();
    const reopened = ProjectStore.open(path);
    expect(reopened.getArticle(id)).toMatchObject({
      title: 'Xi trifft Schoigu',
      metadata: {
        source: 'RT DE',
        url: 'https://example.org/xi',
        author: null,
        publishedAt: '2025-02-28',
        language: 'de',
        tags: ['China', 'Russland'],
      },
    });
    reopened.close();
  });
});

describe('duplicates', () => {
  it('refuses the same original twice and names the existing article', () => {
    const store = newStore();
    store.createArticle(articleInput('Erste', 'Gleicher Inhalt'));
    expect(() => store.createArticle(articleInput('Erste', 'Gleicher Inhalt'))).toThrow(
      /already in the project as "Erste"/,
    );
    expect(store.listArticles()).toHaveLength(1);
    store.close();
  });
});

describe('trash', () => {
  it('moves articles to the trash, restores them and empties it for good', () => {
    const store = newStore();
    const a = store.createArticle(articleInput('A', 'Alpha'));
    const b = store.createArticle(articleInput('B', 'Beta'));
    expect(store.trashArticles([a.id, b.id])).toBe(2);
    expect(store.listArticles()).toEqual([]);
    expect(store.info().articleCount).toBe(0);
    expect(store.restoreArticles([a.id])).toBe(1);
    expect(store.listArticles().map((x) => x.title)).toEqual(['A']);
    expect(store.listTrash().map((x) => x.title)).toEqual(['B']);
    expect(store.emptyTrash()).toBe(1);
    expect(store.listTrash()).toEqual([]);
    expect(() => store.getArticle(b.id)).toThrow(/does not exist/);
    store.close();
  });

  it('reports a re-import of a trashed article as a duplicate in the trash', () => {
    const store = newStore();
    const a = store.createArticle(articleInput('A', 'Alpha'));
    store.trashArticles([a.id]);
    expect(() => store.createArticle(articleInput('A', 'Alpha'))).toThrow(/\(in the trash\)/);
    store.close();
  });
});

describe('full-text search', () => {
  function seededStore(): ProjectStore {
    const store = newStore();
    store.createArticle(articleInput('Xi trifft Schoigu', readSeedArticle(), { source: 'RT DE' }));
    store.createArticle(articleInput('Wetter', 'Morgen wird es in Köln sonnig und warm.', { source: 'WDR' }));
    store.createArticle(articleInput('Tehran', 'گفتگوی وزیر امور خارجه ایران با لاوروف در تهران', { source: 'IRNA' }));
    return store;
  }

  it('finds German compounds by prefix, case- and accent-insensitively, with a highlighted snippet', () => {
    const store = seededStore();
    const [hit, ...rest] = store.search('sicherheit', 10);
    expect(rest).toEqual([]);
    expect(hit?.title).toBe('Xi trifft Schoigu');
    const highlighted = hit?.highlights.map((h) => hit.snippet.slice(h.start, h.end)) ?? [];
    expect(highlighted[0]).toMatch(/^Sicherheit/);
    const text = store.getArticle(hit?.articleId ?? 0).text;
    expect(text.slice(hit?.textOffset ?? 0).startsWith(highlighted[0] ?? '?')).toBe(true);
    expect(store.search('KOLN', 10).map((h) => h.title)).toEqual(['Wetter']);
    expect(store.search('federation', 10)).toEqual([]);
    expect(store.search('föderation', 10).map((h) => h.title)).toEqual(['Xi trifft Schoigu']);
    store.close();
  });

  it('searches metadata fields and phrases, and Persian text', () => {
    const store = seededStore();
    expect(store.search('source:wdr', 10).map((h) => h.title)).toEqual(['Wetter']);
    expect(store.search('"wahre Freunde"', 10).map((h) => h.title)).toEqual(['Xi trifft Schoigu']);
    expect(store.search('"Freunde wahre"', 10)).toEqual([]);
    expect(store.search('تهران', 10).map((h) => h.title)).toEqual(['Tehran']);
    store.close();
  });

  it('treats query syntax characters as text instead of failing', () => {
    const store = seededStore();
    for (const query of ['"', 'AND OR NOT', '(*)', 'source:', 'NEAR(a b)', '-', "x' OR 1=1 --"]) {
      expect(() => store.search(query, 10)).not.toThrow();
    }
    store.close();
  });

  it('leaves trashed articles out and follows title edits', () => {
    const store = seededStore();
    const [hit] = store.search('sonnig', 10);
    store.updateArticle(hit?.articleId ?? 0, { title: 'Wetterbericht Rheinland' });
    expect(store.search('title:rheinland', 10)).toHaveLength(1);
    store.trashArticles([hit?.articleId ?? 0]);
    expect(store.search('sonnig', 10)).toEqual([]);
    store.close();
  });
});

describe('schema migrations', () => {
  it('upgrades a version 1 project and indexes its articles for search', () => {
    const path = join(tempDir(), 'old.awb');
    const db = new DatabaseSync(path);
    db.exec(MIGRATIONS[0] as string);
    db.exec('PRAGMA application_id = 1096237617; PRAGMA user_version = 1');
    db.prepare(
      `INSERT INTO article (uid, title, text, blocks_json, created_at, updated_at, original_type, original_bytes, encoding, content_hash)
       VALUES ('u1', 'Alt', 'Ein Text über Peking', '[]', '2025-01-01', '2025-01-01', 'text/plain', x'00', 'utf-8', 'h')`,
    ).run();
    db.close();
    const store = ProjectStore.open(path);
    expect(store.search('peking', 5).map((h) => h.title)).toEqual(['Alt']);
    expect(store.listArticles()[0]).toMatchObject({ title: 'Alt', charCount: 20, metadata: { tags: [] } });
    store.close();
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/store/migrations';
import { ProjectStore } from '../../../main/store/project-store';
import { plainTextBlocks } from '../../../shared/text/plain-text-blocks';
import { encodeLegacy } from '../import/fixtures/legacy-encoder';
import { importPaths } from '../support/import-paths';
import { present } from '../support/present';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

const ARTICLE = 'Grüße aus München\n\nDer Außenminister traf in Peking seinen Amtskollegen – „ein gutes Gespräch“.';

describe('the same article from files in different encodings', () => {
  it('imports both and reports that the second has the same text as the first', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'utf8.txt'), ARTICLE);
    writeFileSync(join(dir, 'latin.txt'), encodeLegacy(ARTICLE, 'windows-1252'));
    const store = ProjectStore.create(join(dir, 'p.awb'));
    const first = await importPaths(store, [join(dir, 'utf8.txt')]);
    const original = present(first.imported[0], 'first import');
    expect(first.notes).toEqual([]);

    const second = await importPaths(store, [join(dir, 'latin.txt')]);
    expect(second.duplicates).toEqual([]);
    const copy = present(second.imported[0], 'second import');
    expect(second.notes).toEqual([
      {
        file: 'latin.txt',
        message: `Same text as #${original.articleId} “Grüße aus München”, from a different file; both are kept (this one as #${copy.articleId}).`,
        articleId: original.articleId,
      },
    ]);
    expect(store.getArticle(copy.articleId).origin.encoding).toBe('windows-1252');
    store.close();
  });

  it('recognises articles of a project made before texts were hashed', async () => {
    const dir = tempDir();
    const path = join(dir, 'old.awb');
    const db = new DatabaseSync(path);
    for (const migration of MIGRATIONS.slice(0, 4)) db.exec(migration);
    db.exec('PRAGMA application_id = 1096237617; PRAGMA user_version = 4');
    db.prepare(
      `INSERT INTO article (uid, title, text, blocks_json, created_at, updated_at, original_type, original_bytes, encoding, content_hash)
       VALUES ('u1', 'Alt', ?, ?, '2025-01-01', '2025-01-01', 'text/plain', x'00', 'utf-8', 'h')`,
    ).run(ARTICLE, JSON.stringify(plainTextBlocks(ARTICLE)));
    db.close();
    writeFileSync(join(dir, 'latin.txt'), encodeLegacy(ARTICLE, 'windows-1252'));

    const store = ProjectStore.open(path);
    const report = await importPaths(store, [join(dir, 'latin.txt')]);
    expect(report.notes.map((note) => note.message)).toEqual([expect.stringMatching(/^Same text as #1 “Alt”/)]);
    store.close();
  });

  it('follows the text when it is edited', () => {
    const store = ProjectStore.create(join(tempDir(), 'p.awb'));
    const { id } = store.createArticle({
      title: 'Notiz',
      text: 'Erste Fassung.',
      blocks: plainTextBlocks('Erste Fassung.'),
      links: [],
      metadata: { source: null, url: null, author: null, publishedAt: null, language: null },
      original: { bytes: Buffer.from('Erste Fassung.'), name: null, type: 'text/plain', encoding: null },
    });
    const edited = 'Zweite Fassung.';
    store.editArticleText({
      id,
      changes: [{ from: 0, to: 'Erste'.length, insertedText: 'Zweite' }],
      blocks: plainTextBlocks(edited),
    });
    expect(store.findSameText(edited)?.id).toBe(id);
    expect(store.findSameText('Erste Fassung.')).toBeUndefined();
    store.close();
  });
});

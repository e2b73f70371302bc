import { describe, expect, it } from 'vitest';
import { deriveTitle } from '../../../shared/text/derive-title';
import { importFile } from '../../../main/library/import/import-file';
import { readSeedArticle } from '../support/seed-article';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importing a plain text file', () => {
  it('keeps the text and makes every non-empty line a paragraph', async () => {
    const seed = readSeedArticle();
    const article = await importFile(utf8(seed), 'schoigu.txt');
    expect(article.text).toBe(seed);
    expect(article.blocks.map((block) => article.text.slice(block.start, block.end))).toEqual(seed.split('\n'));
    expect(article.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
    expect(article.links).toEqual([]);
    expect(article.original).toEqual({ bytes: utf8(seed), name: 'schoigu.txt', type: 'text/plain', encoding: 'utf-8' });
  });

  it('derives the title from a first line that is a sentence, and detects the language', async () => {
    const seed = readSeedArticle();
    const article = await importFile(utf8(seed), 'schoigu.txt');
    expect(article.title).toBe(deriveTitle(seed));
    expect(article.metadata).toEqual({
      title: null,
      source: null,
      url: null,
      author: null,
      publishedAt: null,
      language: 'de',
    });
  });

  it('uses a short first line without final period as the title', async () => {
    const article = await importFile(utf8(`Xi empfängt Schoigu in Peking\n\n${readSeedArticle()}`), 'schoigu.txt');
    expect(article.title).toBe('Xi empfängt Schoigu in Peking');
  });

  it('normalises line endings and Unicode, and trims surrounding blank lines', async () => {
    const article = await importFile(utf8('\r\n\r\nU\u0308berschrift\r\nZweite Zeile\rDritte\r\n\r\n'), 'windows.txt');
    expect(article.text).toBe('Überschrift\nZweite Zeile\nDritte');
    expect(article.title).toBe('Überschrift');
  });

  it('treats .text and unknown extensions with text content as plain text', async () => {
    for (const name of ['notiz.text', 'meldung.log', 'ohne-endung']) {
      const article = await importFile(utf8('Eine kurze Meldung.'), name);
      expect(article.original.type, name).toBe('text/plain');
    }
  });
});

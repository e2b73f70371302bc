import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import { readSeedArticle } from '../support/seed-article';
import { CHINESE_SIMPLIFIED, CHINESE_TRADITIONAL, JAPANESE, RUSSIAN } from './fixtures/foreign-texts';
import { encodeLegacy, encodeUtf16LeWithBom, encodeUtf8WithBom } from './fixtures/legacy-encoder';

describe('decoding text files', () => {
  it('imports the seed article to identical text from windows-1252, UTF-16LE with BOM and CRLF, and UTF-8 with BOM', async () => {
    const seed = readSeedArticle();
    const variants = [
      { bytes: encodeLegacy(seed, 'windows-1252'), encoding: 'windows-1252' },
      { bytes: encodeUtf16LeWithBom(seed.replace(/\n/g, '\r\n')), encoding: 'utf-16le' },
      { bytes: encodeUtf8WithBom(seed), encoding: 'utf-8' },
      { bytes: new TextEncoder().encode(seed), encoding: 'utf-8' },
    ];
    for (const { bytes, encoding } of variants) {
      const article = await importFile(bytes, 'seed.txt');
      expect(article.text, encoding).toBe(seed);
      expect(article.original.encoding).toBe(encoding);
    }
  });

  it.each([
    ['Russian', RUSSIAN, 'windows-1251'],
    ['Russian', RUSSIAN, 'koi8-r'],
    ['Chinese', CHINESE_SIMPLIFIED, 'gb18030'],
    ['Chinese', CHINESE_TRADITIONAL, 'big5'],
    ['Japanese', JAPANESE, 'shift_jis'],
  ])('detects %s in %s', async (_language, text, encoding) => {
    const article = await importFile(encodeLegacy(text, encoding), 'article.txt');
    expect(article.text).toBe(text);
    expect(article.original.encoding).toBe(encoding);
  });

  it('decodes again with the encoding the analyst chooses', async () => {
    const bytes = encodeLegacy(RUSSIAN, 'koi8-r');
    const wrong = await importFile(bytes, 'article.txt', { encoding: 'windows-1251' });
    expect(wrong.text).not.toBe(RUSSIAN);
    expect(wrong.original.encoding).toBe('windows-1251');
    const right = await importFile(bytes, 'article.txt', { encoding: 'koi8-r' });
    expect(right.text).toBe(RUSSIAN);
    expect(right.original.encoding).toBe('koi8-r');
  });

  it('decodes invalid UTF-8 with a legacy encoding instead of failing', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Gr'),
      0xfc,
      ...new TextEncoder().encode('n ist die Farbe der Hoffnung, sagte er.'),
    ]);
    const article = await importFile(bytes, 'article.txt');
    expect(article.text).toBe('Grün ist die Farbe der Hoffnung, sagte er.');
  });

  it('recognises UTF-16 saved without a byte-order mark', async () => {
    const withBom = encodeUtf16LeWithBom('Ein Text in UTF-16, ohne BOM gespeichert.');
    const article = await importFile(withBom.subarray(2), 'article.txt');
    expect(article.text).toBe('Ein Text in UTF-16, ohne BOM gespeichert.');
    expect(article.original.encoding).toBe('utf-16le');
  });
});

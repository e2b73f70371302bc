import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import { toArticleInput } from '../../../main/library/import-jobs/run-import';
import { articleFromPaste } from '../../../main/library/pasted-article';
import { redecodeArticle } from '../../../main/library/redecode-article';
import { ProjectStore } from '../../../main/store/project-store';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** Encodes text in a single-byte code page by inverting that code page's decoder. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(Array.from(text, (char) => byChar.get(char) ?? 0x3f));
}

describe('re-decoding an article with another encoding', () => {
  it('replaces the text with the original bytes decoded as chosen, and back', async () => {
    const store = ProjectStore.create(join(tempDir(), 'redecode.awb'));
    const russian = 'Москва и Пекин\nСекретарь Совета безопасности прибыл в Пекин.';
    const bytes = encodeSingleByte(russian, 'windows-1251');
    const { id } = store.createArticle(toArticleInput(await importFile(bytes, 'meldung.txt')));

    const asKoi8 = await redecodeArticle(store, id, 'koi8-r');
    expect(asKoi8.origin.encoding).toBe('koi8-r');
    expect(asKoi8.text).not.toContain('Москва');

    const asCp1251 = await redecodeArticle(store, id, 'windows-1251');
    expect(asCp1251.text).toBe(russian);
    expect(asCp1251.origin.encoding).toBe('windows-1251');
    expect(store.search('секретарь', 5).map((hit) => hit.articleId)).toEqual([id]);
    store.close();
  });

  it('refuses articles that have no encoding to change', async () => {
    const store = ProjectStore.create(join(tempDir(), 'pasted.awb'));
    const { id } = store.createArticle(articleFromPaste({ title: '', text: 'Eingefügter Text' }));
    await expect(redecodeArticle(store, id, 'windows-1252')).rejects.toThrow(/has no encoding to change/);
    store.close();
  });
});

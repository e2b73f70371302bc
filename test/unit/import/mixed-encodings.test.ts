import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/library/import/import-file';
import { ProjectStore } from '../../../main/store/project-store';
import { importPaths } from '../support/import-paths';
import { useTempDir } from '../support/temp-dir';
import { RUSSIAN } from './fixtures/foreign-texts';
import { encodeLegacy } from './fixtures/legacy-encoder';

const tempDir = useTempDir();

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** UTF-8 with one windows-1252 byte in it, as when a quote is pasted in from an old web page. */
const MIXED = Buffer.concat([
  utf8('Grüße aus München 🇩🇪 und 北京\n\nEr sagte: '),
  Buffer.from([0x93]), // windows-1252 “
  utf8('Alles gut.” Ende.\n'),
]);

describe('files that are UTF-8 except for a few bytes', () => {
  it('reads the UTF-8 as UTF-8 and each stray byte as windows-1252, and says where', async () => {
    const article = await importFile(MIXED, 'mixed.txt');
    expect(article.text).toBe('Grüße aus München 🇩🇪 und 北京\n\nEr sagte: “Alles gut.” Ende.');
    expect(article.original.encoding).toBe('utf-8');
    expect(article.notes).toEqual([
      '1 byte is not valid UTF-8 (the first on line 3); each was read as a windows-1252 character, the rest of the file as UTF-8. Check the text there.',
    ]);
  });

  it('reads it the same way when the analyst chooses UTF-8 again', async () => {
    const again = await importFile(MIXED, 'mixed.txt', { encoding: 'utf-8' });
    expect(again.text).toBe((await importFile(MIXED, 'mixed.txt')).text);
  });

  it('puts the note in the import report next to the imported file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mixed.txt'), MIXED);
    const store = ProjectStore.create(join(dir, 'p.awb'));
    const report = await importPaths(store, [join(dir, 'mixed.txt')]);
    expect(report.imported).toHaveLength(1);
    expect(report.notes).toEqual([{ file: 'mixed.txt', message: expect.stringMatching(/^1 byte is not valid UTF-8/) }]);
    store.close();
  });

  it('still detects legacy files whose bytes only now and then form UTF-8', async () => {
    const german = 'Grüße aus München. Die Straße ist naß, sagt Jürgen – „Ärger“.';
    const latin = await importFile(encodeLegacy(german, 'windows-1252'), 'de.txt');
    expect(latin.text).toBe(german);
    expect(latin.notes).toEqual([]);
    const cyrillic = await importFile(encodeLegacy(RUSSIAN, 'windows-1251'), 'ru.txt');
    expect(cyrillic.text).toBe(RUSSIAN);
    expect(cyrillic.original.encoding).toBe('windows-1251');
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFolder } from '../../../main/browser-host/zip-folder';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('zip folder', () => {
  it('packs every file of a multi-file export under the folder’s name, subfolders included', async () => {
    const folder = join(tempDir(), 'My Project brat');
    mkdirSync(join(folder, 'texts'), { recursive: true });
    writeFileSync(join(folder, 'annotation.conf'), '[entities]\nPerson\n');
    writeFileSync(join(folder, 'texts', 'Grüße 👋.txt'), 'Grüße aus München');
    writeFileSync(join(folder, 'texts', 'empty.ann'), '');
    const large = 'Schoigu in Peking. '.repeat(100_000);
    writeFileSync(join(folder, 'large.txt'), large);

    await zipFolder(folder, `${folder}.zip`);

    const entries = unzipSync(new Uint8Array(await readFile(`${folder}.zip`)));
    expect(Object.keys(entries).sort()).toEqual([
      'My Project brat/annotation.conf',
      'My Project brat/large.txt',
      'My Project brat/texts/Grüße 👋.txt',
      'My Project brat/texts/empty.ann',
    ]);
    expect(strFromU8(entries['My Project brat/texts/Grüße 👋.txt'] ?? new Uint8Array())).toBe('Grüße aus München');
    expect(strFromU8(entries['My Project brat/large.txt'] ?? new Uint8Array())).toBe(large);
  });
});

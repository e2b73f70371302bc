import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackgroundFile } from '../../../main/fs/background-file';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('a file saved in the background', () => {
  it('ends up with the last content saved, whole, and no temporary file beside it', async () => {
    const dir = tempDir();
    const path = join(dir, 'recent-projects.json');
    const file = new BackgroundFile(path, () => undefined);
    for (let i = 0; i < 20; i++) file.save(JSON.stringify({ version: i, name: 'Köln 🇩🇪' }));
    await file.flushed();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 19, name: 'Köln 🇩🇪' });
    expect(readdirSync(dir)).toEqual(['recent-projects.json']);
  });

  it('logs a save that fails instead of failing the action that made it', async () => {
    const logged: string[] = [];
    const file = new BackgroundFile(join(tempDir(), 'gone', 'recent-projects.json'), (message) => logged.push(message));
    file.save('[]');
    await file.flushed();
    expect(logged).toEqual(['Could not save recent-projects.json']);
  });
});

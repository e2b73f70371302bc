import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeProjectPath } from '../../../main/browser-host/free-project-path';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('free project path', () => {
  it('is the suggestion, with the extension, while no file has that name', () => {
    const dir = tempDir();
    expect(freeProjectPath(join(dir, 'My Project copy'))).toBe(join(dir, 'My Project copy.awb'));
  });

  it('numbers the name instead of ever replacing a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'New Project.awb'), 'taken');
    writeFileSync(join(dir, 'New Project (2).awb'), 'taken');
    expect(freeProjectPath(join(dir, 'New Project.awb'))).toBe(join(dir, 'New Project (3).awb'));
  });
});

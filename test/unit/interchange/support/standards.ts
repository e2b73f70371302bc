import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder of format specifications and example files, next to the repository. */
export const STANDARDS_DIR = join(import.meta.dirname, '../../../../../shared/standards');

export function standardsPath(...parts: string[]): string {
  return join(STANDARDS_DIR, ...parts);
}

export function readStandard(...parts: string[]): string {
  return readFileSync(standardsPath(...parts), 'utf8');
}

export function standardFiles(folder: string, extension: string): string[] {
  return readdirSync(standardsPath(folder))
    .filter((name) => name.endsWith(extension))
    .sort();
}

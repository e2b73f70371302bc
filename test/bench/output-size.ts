import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of an export: the file, or every file in the folder. */
export function outputSize(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const entry = statSync(join(path, name));
    return entry.isDirectory() ? sum : sum + entry.size;
  }, 0);
}

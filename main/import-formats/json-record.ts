import { isRecord } from '../interchange/formats/common/json-values';
import type { FileToImport } from './file-to-import';

/**
 * The first record of a .json or .jsonld file (the object itself, or an array's first item), for
 * telling JSON formats apart by their keys; null for other names and for files that are not JSON.
 * The file is parsed once, here, and its parse reuses the value.
 */
export function firstJsonRecord(file: FileToImport): Readonly<Record<string, unknown>> | null {
  if (file.extension !== 'json' && file.extension !== 'jsonld') return null;
  const json = file.json();
  if (!json.ok) return null;
  const first: unknown = Array.isArray(json.value) ? json.value[0] : json.value;
  return isRecord(first) ? first : null;
}

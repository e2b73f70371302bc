import { createHash } from 'node:crypto';

/** The workbench's own UUID namespace, so its GUIDs never coincide with another tool's version-5 ids. */
const NAMESPACE = Buffer.from('8c3c7b8e6f0a4d2e9b1f5a7d3e2c1b0a', 'hex');

/**
 * A name-based (version 5, RFC 9562) UUID: the same project, kind and id give the same GUID on
 * every export, so exporting twice yields identical files and a QDA program that imports both sees
 * the same codes, sources and selections.
 */
export function deterministicGuid(projectName: string, kind: string, id: string | number): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${projectName}\n${kind}\n${id}`, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

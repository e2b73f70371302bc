import type { Disagreement } from '../../../shared/model/curation';

/**
 * A disagreement's key: where it is and what it is about, nothing that a decision changes, so a
 * decision is found again in a later session (ids of rows may change through an export and import,
 * uids do not). Article uids are UUIDs, so the first `|` ends them.
 */
export function disagreementKey(
  articleUid: string,
  kind: Disagreement['kind'],
  range: { start: number; end: number },
  labelUids: { a: string | undefined; b: string | undefined },
): string {
  return [articleUid, kind, `${range.start}-${range.end}`, labelUids.a ?? '', labelUids.b ?? ''].join('|');
}

/** The article uid a key names, or undefined for a string that is no key. */
export function articleUidOfKey(key: string): string | undefined {
  const end = key.indexOf('|');
  return end > 0 ? key.slice(0, end) : undefined;
}

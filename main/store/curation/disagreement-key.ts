import type { DatabaseSync } from 'node:sqlite';
import type { Disagreement } from '../../../shared/model/curation';
import type { LayerRef } from '../../../shared/model/layer';

/**
 * A disagreement's key: where it is, between which two layers and what it is about, nothing that a
 * decision changes, so a decision is found again in a later session (ids of rows may change through
 * an export and import, uids do not). The layers belong to it because "accept A" means another
 * colleague's version when A is compared with someone else at the same place. Article uids are
 * UUIDs, so the first `|` ends them.
 */
export function disagreementKey(
  articleUid: string,
  layerUids: { a: string; b: string },
  kind: Disagreement['kind'],
  range: { start: number; end: number },
  labelUids: { a: string | undefined; b: string | undefined },
): string {
  return [
    articleUid,
    layerUids.a,
    layerUids.b,
    kind,
    `${range.start}-${range.end}`,
    labelUids.a ?? '',
    labelUids.b ?? '',
  ].join('|');
}

/** How a key names a layer: the project's own by that word, a colleague's by the layer's uid. */
export function layerUidOf(db: DatabaseSync, ref: LayerRef): string {
  if (ref === 'project') return 'project';
  const row = db.prepare('SELECT uid FROM layer WHERE id = ?').get(ref) as { uid: string } | undefined;
  return row?.uid ?? `#${ref}`;
}

/** The article uid a key names, or undefined for a string that is no key. */
export function articleUidOfKey(key: string): string | undefined {
  const end = key.indexOf('|');
  return end > 0 ? key.slice(0, end) : undefined;
}

import type { DatabaseSync } from 'node:sqlite';
import { entityNodeId, type NetworkNode } from '../../../shared/model/analysis-network';

/** Nodes for entities, with their name and type, each counting what the caller tallied for it. */
export function entityNodes(db: DatabaseSync, counts: ReadonlyMap<number, number>): NetworkNode[] {
  const rows = db
    .prepare(
      'SELECT id, name, type_label_id AS typeLabelId FROM entity WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
    )
    .all(JSON.stringify([...counts.keys()])) as { id: number; name: string; typeLabelId: number }[];
  return rows.map((row) => ({
    id: entityNodeId(row.id),
    label: row.name,
    labelId: row.typeLabelId,
    entityId: row.id,
    annotationId: null,
    place: null,
    count: counts.get(row.id) ?? 0,
  }));
}

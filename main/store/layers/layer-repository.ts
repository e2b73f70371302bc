import type { DatabaseSync } from 'node:sqlite';
import type { AnnotatorId } from '../../../shared/model/annotator';
import { LayerName, type Layer, type LayerFormat, type LayerId } from '../../../shared/model/layer';
import { jsonIds, notFound, parseInput } from '../store-input';

/** What an import knows of a layer before it is stored. */
export interface NewLayer {
  readonly uid: string;
  readonly name: string;
  readonly annotatorId: AnnotatorId;
  readonly format: LayerFormat;
  readonly fileNames: readonly string[];
  readonly importedAt: string;
  readonly importedBy: AnnotatorId | null;
}

interface LayerRow {
  id: number;
  uid: string;
  name: string;
  annotator_id: number;
  format: LayerFormat;
  file_names: string;
  imported_at: string;
  imported_by: number | null;
  article_count: number;
  annotation_count: number;
}

/** The counts come from the layer's annotations, so they can never disagree with them. */
const LAYER_SELECT = `
  SELECT l.id, l.uid, l.name, l.annotator_id, l.format, l.file_names, l.imported_at, l.imported_by,
    (SELECT count(DISTINCT a.article_id) FROM layer_annotation a WHERE a.layer_id = l.id) AS article_count,
    (SELECT count(*) FROM layer_annotation a WHERE a.layer_id = l.id) AS annotation_count
  FROM layer l`;

function toLayer(row: LayerRow): Layer {
  return {
    id: row.id,
    uid: row.uid,
    name: row.name,
    annotatorId: row.annotator_id,
    format: row.format,
    fileNames: JSON.parse(row.file_names) as string[],
    importedAt: row.imported_at,
    ...(row.imported_by === null ? {} : { importedBy: row.imported_by }),
    articleCount: row.article_count,
    annotationCount: row.annotation_count,
  };
}

export function listLayers(db: DatabaseSync): Layer[] {
  return (db.prepare(`${LAYER_SELECT} ORDER BY l.id`).all() as unknown as LayerRow[]).map(toLayer);
}

/** The layers with these ids that exist, by id (the change set reads what a write touched). */
export function getLayers(db: DatabaseSync, ids: readonly number[]): Layer[] {
  return (
    db
      .prepare(`${LAYER_SELECT} WHERE l.id IN (SELECT value FROM json_each(?)) ORDER BY l.id`)
      .all(jsonIds(ids)) as unknown as LayerRow[]
  ).map(toLayer);
}

export function getLayer(db: DatabaseSync, id: LayerId): Layer {
  const [layer] = getLayers(db, [id]);
  if (layer === undefined) throw notFound('This layer is no longer in the project.');
  return layer;
}

export function layerUidExists(db: DatabaseSync, uid: string): boolean {
  return db.prepare('SELECT 1 FROM layer WHERE uid = ?').get(uid) !== undefined;
}

export function insertLayer(db: DatabaseSync, layer: NewLayer): LayerId {
  const name = parseInput(LayerName, layer.name);
  const result = db
    .prepare(
      `INSERT INTO layer (uid, name, annotator_id, format, file_names, imported_at, imported_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      layer.uid,
      name,
      layer.annotatorId,
      layer.format,
      JSON.stringify(layer.fileNames),
      layer.importedAt,
      layer.importedBy,
    );
  return Number(result.lastInsertRowid);
}

export function renameLayer(db: DatabaseSync, id: LayerId, name: string): Layer {
  const checked = parseInput(LayerName, name);
  const result = db.prepare('UPDATE layer SET name = ? WHERE id = ?').run(checked, id);
  if (Number(result.changes) === 0) throw notFound('This layer is no longer in the project.');
  return getLayer(db, id);
}

/**
 * Removes a layer and its annotations; the annotations go first and explicitly, so the undo
 * journal holds them as rows of their own and puts them back after their layer.
 */
export function deleteLayer(db: DatabaseSync, id: LayerId): void {
  db.prepare('DELETE FROM layer_annotation WHERE layer_id = ?').run(id);
  const result = db.prepare('DELETE FROM layer WHERE id = ?').run(id);
  if (Number(result.changes) === 0) throw notFound('This layer is no longer in the project.');
}

import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId } from '../../../shared/model/article';
import type { LayerAnnotation, LayerClaim, LayerId } from '../../../shared/model/layer';
import type { TextRange } from '../../../shared/text/offsets';
import { jsonIds } from '../store-input';
import { claimJson, fragmentsJson, storedClaim, storedFragments } from './stored-layer-columns';

/** One annotation of a colleague's layer as an import hands it over: checked, in the stored text's unit. */
export interface NewLayerAnnotation {
  readonly articleId: ArticleId;
  /** Unique within the layer: the file's own name for the span where it has one. */
  readonly uid: string;
  readonly labelId: number;
  /** Sorted, not touching, inside the text. */
  readonly fragments: readonly TextRange[];
  readonly quote: string;
  readonly entityId?: number;
  readonly entityName?: string;
  readonly claim?: LayerClaim;
  readonly note?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

interface LayerAnnotationRow {
  id: number;
  layer_id: number;
  article_id: number;
  label_id: number;
  fragments_json: string;
  quote: string;
  entity_id: number | null;
  entity_name: string | null;
  claim_json: string | null;
  note: string | null;
  created_at: string | null;
  updated_at: string | null;
}

/** Adds a layer's annotations with one prepared statement, for imports of a hundred thousand of them. */
export function insertLayerAnnotations(
  db: DatabaseSync,
  layerId: LayerId,
  annotations: Iterable<NewLayerAnnotation>,
): number {
  const insert = db.prepare(
    `INSERT INTO layer_annotation (layer_id, article_id, uid, label_id, start, end, fragments_json, quote,
       entity_id, entity_name, claim_json, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let count = 0;
  for (const annotation of annotations) {
    const { fragments } = annotation;
    const first = fragments[0];
    const last = fragments[fragments.length - 1];
    if (first === undefined || last === undefined) throw new Error('A layer annotation needs a fragment.');
    insert.run(
      layerId,
      annotation.articleId,
      annotation.uid,
      annotation.labelId,
      first.start,
      last.end,
      fragmentsJson(fragments),
      annotation.quote,
      annotation.entityId ?? null,
      annotation.entityName ?? null,
      annotation.claim === undefined ? null : claimJson(annotation.claim),
      annotation.note ?? null,
      annotation.createdAt ?? null,
      annotation.updatedAt ?? null,
    );
    count++;
  }
  return count;
}

function toLayerAnnotation(row: LayerAnnotationRow): LayerAnnotation {
  return {
    id: row.id,
    layerId: row.layer_id,
    articleId: row.article_id,
    labelId: row.label_id,
    fragments: storedFragments(row.fragments_json),
    quote: row.quote,
    ...(row.entity_id === null ? {} : { entityId: row.entity_id }),
    ...(row.entity_name === null ? {} : { entityName: row.entity_name }),
    ...(row.claim_json === null ? {} : { claim: storedClaim(row.claim_json) }),
    ...(row.note === null ? {} : { note: row.note }),
    ...(row.created_at === null ? {} : { createdAt: row.created_at }),
    ...(row.updated_at === null ? {} : { updatedAt: row.updated_at }),
  };
}

const COLUMNS = `id, layer_id, article_id, label_id, fragments_json, quote, entity_id, entity_name, claim_json, note,
  created_at, updated_at`;

/** The annotations of these layers in one article, in text order (then by layer, then as imported). */
export function layerAnnotationsOf(
  db: DatabaseSync,
  articleId: ArticleId,
  layerIds: readonly LayerId[],
): LayerAnnotation[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM layer_annotation
       WHERE article_id = ? AND layer_id IN (SELECT value FROM json_each(?))
       ORDER BY start, end, layer_id, id`,
    )
    .all(articleId, jsonIds(layerIds)) as unknown as LayerAnnotationRow[];
  return rows.map(toLayerAnnotation);
}

/** Every annotation of a layer, article by article in text order (the bundle export). */
export function allLayerAnnotations(db: DatabaseSync, layerId: LayerId): LayerAnnotation[] {
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM layer_annotation WHERE layer_id = ? ORDER BY article_id, start, end, id`)
    .all(layerId) as unknown as LayerAnnotationRow[];
  return rows.map(toLayerAnnotation);
}

/** The uid of each annotation of a layer, by id (the bundle carries them, so a re-import keeps them). */
export function layerAnnotationUids(db: DatabaseSync, layerId: LayerId): Map<number, string> {
  const rows = db.prepare('SELECT id, uid FROM layer_annotation WHERE layer_id = ?').all(layerId) as {
    id: number;
    uid: string;
  }[];
  return new Map(rows.map(({ id, uid }) => [id, uid]));
}

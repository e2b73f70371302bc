import type { DatabaseSync } from 'node:sqlite';
import type { AnnotatedSpan } from '../../../shared/agreement/annotated-span';
import type { ArticleId } from '../../../shared/model/article';
import type { LayerRef } from '../../../shared/model/layer';
import { jsonIds } from '../store-input';
import { readLayerItems } from './layer-items';
import { storedFragments } from './stored-layer-columns';

/**
 * One layer's annotations as agreement measures them: per article, one span per fragment, in the
 * text order readLayerItems gives. An imported layer is read with one statement of the four columns
 * the measures need: its quotes, entities and claims (parsed and validated per row) cost more than
 * everything else agreement does over a thousand articles.
 */
export function readLayerSpans(
  db: DatabaseSync,
  ref: LayerRef,
  articleIds: readonly ArticleId[],
): Map<ArticleId, AnnotatedSpan[]> {
  return ref === 'project' ? projectSpans(db, articleIds) : importedSpans(db, ref, articleIds);
}

function projectSpans(db: DatabaseSync, articleIds: readonly ArticleId[]): Map<ArticleId, AnnotatedSpan[]> {
  const spans = new Map<ArticleId, AnnotatedSpan[]>();
  for (const [articleId, items] of readLayerItems(db, 'project', articleIds)) {
    spans.set(
      articleId,
      items.flatMap((item) => item.fragments.map(({ start, end }) => ({ start, end, label: item.labelId }))),
    );
  }
  return spans;
}

/** article_id, label_id, start, end, fragments_json: arrays, as 90,000 row objects cost half the read. */
type SpanRow = [number, number, number, number, string];

function importedSpans(
  db: DatabaseSync,
  layerId: number,
  articleIds: readonly ArticleId[],
): Map<ArticleId, AnnotatedSpan[]> {
  const statement = db.prepare(
    `SELECT l.article_id, l.label_id, l.start, l.end, l.fragments_json FROM layer_annotation l
     WHERE l.layer_id = ? AND l.article_id IN (SELECT id FROM article WHERE deleted_at IS NULL)
       AND l.article_id IN (SELECT value FROM json_each(?))
     ORDER BY l.article_id, l.start, l.end, l.label_id`,
  );
  statement.setReturnArrays(true);
  const rows = statement.all(layerId, jsonIds(articleIds)) as unknown as SpanRow[];
  const spans = new Map<ArticleId, AnnotatedSpan[]>();
  for (const [articleId, label, start, end, fragments] of rows) {
    let list = spans.get(articleId);
    if (list === undefined) spans.set(articleId, (list = []));
    if (isOnePiece(fragments)) list.push({ start, end, label });
    else for (const piece of storedFragments(fragments)) list.push({ start: piece.start, end: piece.end, label });
  }
  return spans;
}

/**
 * `[[start, end]]` opens its only pair at index 1; anything else (more pieces, white space) is parsed.
 * Most annotations are one piece, which start and end already say.
 */
const isOnePiece = (json: string): boolean => json.lastIndexOf('[') === 1;

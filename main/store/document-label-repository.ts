import type { DatabaseSync } from 'node:sqlite';
import { getLabelOfKind } from './annotation-schema-repository';
import { jsonIds, notFound } from './store-input';
import { prepared } from './prepared-statements';

/** Document labels classify a whole article (genre, relevance…), unlike span labels. */
export function setDocumentLabels(db: DatabaseSync, articleId: number, labelIds: readonly number[]): number[] {
  if (prepared(db, 'SELECT 1 FROM article WHERE id = ?').get(articleId) === undefined) {
    throw notFound('That article does not exist (it may have been deleted).');
  }
  for (const id of labelIds) getLabelOfKind(db, id, ['document'], 'a document label');
  prepared(db, 'DELETE FROM article_label WHERE article_id = ?').run(articleId);
  prepared(db, 'INSERT INTO article_label (article_id, label_id) SELECT ?, value FROM json_each(?)').run(
    articleId,
    jsonIds(labelIds),
  );
  return documentLabels(db, articleId);
}

export function documentLabels(db: DatabaseSync, articleId: number): number[] {
  const rows = prepared(
    db,
    `SELECT al.label_id FROM article_label al JOIN label l ON l.id = al.label_id
       WHERE al.article_id = ? ORDER BY l.position, l.id`,
  ).all(articleId) as { label_id: number }[];
  return rows.map((row) => row.label_id);
}

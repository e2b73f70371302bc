import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { NewRelation, type Relation } from '../../shared/model/annotation';
import { relationEndsRefusal } from '../../shared/model/relation-ends';
import { getLabel, getLabelOfKind } from './annotation-schema-repository';
import { authorshipColumns, authorshipOf, type AuthorshipRow, type Stamp } from './authorship';
import { invalid, jsonIds, notFound, parseInput } from './store-input';
import { prepared } from './prepared-statements';

interface RelationRow extends AuthorshipRow {
  id: number;
  type_label_id: number;
  source_id: number;
  target_id: number;
}

function toRelation(row: RelationRow): Relation {
  return {
    id: row.id,
    typeLabelId: row.type_label_id,
    sourceAnnotationId: row.source_id,
    targetAnnotationId: row.target_id,
    ...authorshipOf(row),
  };
}

export function createRelation(db: DatabaseSync, input: NewRelation, stamp: Stamp): Relation {
  const relation = parseInput(NewRelation, input);
  const type = getLabelOfKind(db, relation.typeLabelId, ['relation'], 'a relation type');
  const [source, target] = [relation.sourceAnnotationId, relation.targetAnnotationId].map((end) => {
    const row = prepared(db, 'SELECT label_id FROM annotation WHERE id = ?').get(end) as
      { label_id: number } | undefined;
    if (row === undefined) {
      throw notFound('One end of the relation does not exist (the annotation may have been deleted).');
    }
    return getLabel(db, row.label_id);
  });
  const refusal = relationEndsRefusal(type, source, target, (id) => getLabel(db, id).name);
  if (refusal !== null) throw invalid(refusal);
  const result = prepared(
    db,
    `INSERT INTO relation (uid, type_label_id, source_id, target_id, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    randomUUID(),
    relation.typeLabelId,
    relation.sourceAnnotationId,
    relation.targetAnnotationId,
    stamp.at,
    stamp.at,
    stamp.by,
    stamp.by,
  );
  return getRelations(db, [Number(result.lastInsertRowid)])[0] as Relation;
}

export function deleteRelation(db: DatabaseSync, id: number): void {
  if (Number(prepared(db, 'DELETE FROM relation WHERE id = ?').run(id).changes) === 0) {
    throw notFound('That relation does not exist (it may have been deleted).');
  }
}

/** The relations with these ids that exist. */
export function getRelations(db: DatabaseSync, ids: readonly number[]): Relation[] {
  const rows = prepared(
    db,
    `SELECT id, type_label_id, source_id, target_id, ${authorshipColumns('relation')} FROM relation
       WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(jsonIds(ids)) as unknown as RelationRow[];
  return rows.map(toRelation);
}

/** Relations with at least one end in the article, including those that reach into other articles. */
export function listRelations(db: DatabaseSync, articleId: number): Relation[] {
  const rows = prepared(
    db,
    `SELECT id, type_label_id, source_id, target_id, ${authorshipColumns('relation')} FROM relation
       WHERE source_id IN (SELECT id FROM annotation WHERE article_id = ?1)
          OR target_id IN (SELECT id FROM annotation WHERE article_id = ?1)
       ORDER BY id`,
  ).all(articleId) as unknown as RelationRow[];
  return rows.map(toRelation);
}

import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { Note, NoteTarget } from '../../shared/model/annotation';
import { authorshipOf, type AuthorshipRow, type Stamp } from './authorship';
import { invalid, jsonIds, notFound, parseInput } from './store-input';
import { prepared } from './prepared-statements';

const NoteText = Note.shape.text;

/**
 * Free-standing notes on an article or a relation; there may be several. An annotation's and an
 * entity's single note are part of those (Annotation.note, Entity.note) and edited with them.
 */
const TARGET_COLUMNS = { article: 'article_id', relation: 'relation_id' } as const;

function columnFor(target: NoteTarget): { column: string; id: number } {
  switch (target.kind) {
    case 'article':
      return { column: TARGET_COLUMNS.article, id: target.articleId };
    case 'relation':
      return { column: TARGET_COLUMNS.relation, id: target.relationId };
    default:
      throw invalid(`A note on an ${target.kind} is part of the ${target.kind}: edit it there.`);
  }
}

interface NoteRow extends AuthorshipRow {
  id: number;
  text: string;
}

const NOTE_COLUMNS = 'id, text, created_by, created_at, updated_by, updated_at';

function toNote(row: NoteRow, target: NoteTarget): Note {
  return { id: row.id, target, text: row.text, ...authorshipOf(row) };
}

export function addNote(db: DatabaseSync, target: NoteTarget, text: string, stamp: Stamp): Note {
  const checkedTarget = parseInput(NoteTarget, target);
  const noteText = parseInput(NoteText, text);
  const { column, id } = columnFor(checkedTarget);
  const table = column === 'article_id' ? 'article' : 'relation';
  if (prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined) {
    throw notFound(`That ${table} does not exist (it may have been deleted).`);
  }
  const result = prepared(
    db,
    `INSERT INTO note (uid, ${column}, text, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), id, noteText, stamp.at, stamp.at, stamp.by, stamp.by);
  const row = prepared(db, `SELECT ${NOTE_COLUMNS} FROM note WHERE id = ?`).get(result.lastInsertRowid) as unknown;
  return toNote(row as NoteRow, checkedTarget);
}

export function updateNote(db: DatabaseSync, id: number, text: string, stamp: Stamp): void {
  const noteText = parseInput(NoteText, text);
  const changes = prepared(
    db,
    `UPDATE note SET text = ?, updated_at = ?, updated_by = ?
       WHERE id = ? AND (article_id IS NOT NULL OR relation_id IS NOT NULL)`,
  ).run(noteText, stamp.at, stamp.by, id).changes;
  if (Number(changes) === 0) throw notFound('That note does not exist (it may have been deleted).');
}

export function deleteNote(db: DatabaseSync, id: number): void {
  const changes = prepared(
    db,
    'DELETE FROM note WHERE id = ? AND (article_id IS NOT NULL OR relation_id IS NOT NULL)',
  ).run(id).changes;
  if (Number(changes) === 0) throw notFound('That note does not exist (it may have been deleted).');
}

/** The notes on articles and relations with these ids that exist. */
export function getNotes(db: DatabaseSync, ids: readonly number[]): Note[] {
  const rows = prepared(
    db,
    `SELECT ${NOTE_COLUMNS}, article_id, relation_id FROM note WHERE id IN (SELECT value FROM json_each(?))
       AND (article_id IS NOT NULL OR relation_id IS NOT NULL)`,
  ).all(jsonIds(ids)) as unknown as (NoteRow &
    ({ article_id: number; relation_id: null } | { article_id: null; relation_id: number }))[];
  return rows.map((row) =>
    toNote(
      row,
      row.article_id === null
        ? { kind: 'relation', relationId: row.relation_id }
        : { kind: 'article', articleId: row.article_id },
    ),
  );
}

/** The notes on an article, oldest first. */
export function listNotes(db: DatabaseSync, target: NoteTarget): Note[] {
  const checkedTarget = parseInput(NoteTarget, target);
  const { column, id } = columnFor(checkedTarget);
  const rows = prepared(db, `SELECT ${NOTE_COLUMNS} FROM note WHERE ${column} = ? ORDER BY created_at, id`).all(
    id,
  ) as unknown as NoteRow[];
  return rows.map((row) => toNote(row, checkedTarget));
}

/** The notes on many relations in one query (an export), oldest first; relations without notes are absent. */
export function listRelationNotes(db: DatabaseSync, relationIds?: readonly number[]): Map<number, Note[]> {
  const rows = (relationIds === undefined
    ? prepared(
        db,
        `SELECT ${NOTE_COLUMNS}, relation_id FROM note WHERE relation_id IS NOT NULL ORDER BY created_at, id`,
      ).all()
    : prepared(
        db,
        `SELECT ${NOTE_COLUMNS}, relation_id FROM note WHERE relation_id IN (SELECT value FROM json_each(?))
       ORDER BY created_at, id`,
      ).all(jsonIds(relationIds))) as unknown as (NoteRow & { relation_id: number })[];
  const notes = new Map<number, Note[]>();
  for (const row of rows) {
    const note = toNote(row, { kind: 'relation', relationId: row.relation_id });
    const list = notes.get(row.relation_id);
    if (list === undefined) notes.set(row.relation_id, [note]);
    else list.push(note);
  }
  return notes;
}

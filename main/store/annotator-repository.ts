import type { DatabaseSync } from 'node:sqlite';
import { AnnotatorIdentity, type Annotator } from '../../shared/model/annotator';
import { parseInput } from './store-input';
import { prepared } from './prepared-statements';

interface AnnotatorRow {
  id: number;
  uid: string;
  name: string;
  email: string | null;
}

const toAnnotator = (row: AnnotatorRow): Annotator => ({ id: row.id, uid: row.uid, name: row.name, email: row.email });

export function listAnnotators(db: DatabaseSync): Annotator[] {
  return (
    prepared(db, 'SELECT id, uid, name, email FROM annotator ORDER BY id').all() as unknown as AnnotatorRow[]
  ).map(toAnnotator);
}

export function getAnnotators(db: DatabaseSync, ids: readonly number[]): Annotator[] {
  return (
    prepared(
      db,
      'SELECT id, uid, name, email FROM annotator WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id',
    ).all(JSON.stringify(ids)) as unknown as AnnotatorRow[]
  ).map(toAnnotator);
}

/**
 * Registers the annotator of this machine in the project, or updates their name and e-mail when
 * they changed them; writes nothing when the project already knows them as they are.
 */
export function registerAnnotator(db: DatabaseSync, identity: AnnotatorIdentity, now: string): Annotator {
  const checked = parseInput(AnnotatorIdentity, identity);
  const found = prepared(db, 'SELECT id, uid, name, email FROM annotator WHERE uid = ?').get(checked.uid) as
    AnnotatorRow | undefined;
  if (found === undefined) {
    const result = prepared(db, 'INSERT INTO annotator (uid, name, email, created_at) VALUES (?, ?, ?, ?)').run(
      checked.uid,
      checked.name,
      checked.email,
      now,
    );
    return { id: Number(result.lastInsertRowid), ...checked };
  }
  if (found.name !== checked.name || found.email !== checked.email) {
    prepared(db, 'UPDATE annotator SET name = ?, email = ? WHERE id = ?').run(checked.name, checked.email, found.id);
  }
  return { id: found.id, ...checked };
}

import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { ANNOTATOR_LIMITS, AnnotatorEmail, AnnotatorName, type AnnotatorId } from '../../../shared/model/annotator';
import { parseInput } from '../store-input';

/** Who a colleague's files say made them: a bundle names its annotators, other files only by a name. */
export interface Colleague {
  readonly uid?: string;
  readonly name: string;
  readonly email?: string | null;
}

/**
 * The colleague as an annotator of this project: found by uid when the files carry one (the same
 * person keeps one row however often their work comes in), else by name, else registered anew. A
 * known annotator is taken as the project has them; their name here is the project's to keep.
 */
export function colleagueAnnotator(db: DatabaseSync, colleague: Colleague, now: string): AnnotatorId {
  const name = parseInput(AnnotatorName, colleague.name.slice(0, ANNOTATOR_LIMITS.nameMaxChars));
  const byUid =
    colleague.uid === undefined
      ? undefined
      : (db.prepare('SELECT id FROM annotator WHERE uid = ?').get(colleague.uid) as { id: number } | undefined);
  if (byUid !== undefined) return byUid.id;
  if (colleague.uid === undefined) {
    const byName = db.prepare('SELECT id FROM annotator WHERE lower(name) = lower(?) ORDER BY id LIMIT 1').get(name) as
      { id: number } | undefined;
    if (byName !== undefined) return byName.id;
  }
  const email =
    colleague.email === undefined || colleague.email === null ? null : parseInput(AnnotatorEmail, colleague.email);
  const result = db
    .prepare('INSERT INTO annotator (uid, name, email, created_at) VALUES (?, ?, ?, ?)')
    .run(colleague.uid ?? randomUUID(), name, email, now);
  return Number(result.lastInsertRowid);
}

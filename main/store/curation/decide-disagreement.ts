import type { DatabaseSync } from 'node:sqlite';
import type { ClaimDetails, NewAnnotation } from '../../../shared/model/annotation';
import type {
  CurationChoice,
  CurationDecision,
  CurationItem,
  CurationQuery,
  Disagreement,
} from '../../../shared/model/curation';
import { createAnnotations, deleteAnnotations, getAnnotation, updateAnnotation } from '../annotation-repository';
import type { Stamp } from '../authorship';
import { createEntity } from '../entity-repository';
import { startReviewOnFirstAnnotation } from '../review-repository';
import { invalid, notFound } from '../store-input';
import { writeDecision } from './curation-decisions';
import { articleUidOfKey } from './disagreement-key';
import { curationContext, findDisagreements } from './find-disagreements';
import { sameContent } from './item-differences';

const STALE =
  'This disagreement is no longer there: one of the layers or the labels changed since the list was shown. Show the disagreements again.';

/**
 * Carries out a curator's choice at one disagreement, inside the caller's undoable step: finds the
 * disagreement again by its key (refusing if it is gone), makes the project's own annotations there
 * the chosen version ('a', 'b', 'both'; 'reject' removes them; 'edited' leaves the analyst's own
 * edit), and records who decided and when.
 */
export function decideDisagreement(
  db: DatabaseSync,
  query: CurationQuery,
  key: string,
  choice: CurationChoice,
  stamp: Stamp,
): { decision: CurationDecision; disagreement: Disagreement } {
  const disagreement = findAgain(db, query, key);
  if (choice === 'both' && disagreement.kind === 'claim') {
    throw invalid('A claim has one claimant and one set of attributes: choose the version of A or of B.');
  }
  if (choice !== 'edited') {
    const chosen = [
      ...(choice === 'a' || choice === 'both' ? [disagreement.a] : []),
      ...(choice === 'b' || choice === 'both' ? [disagreement.b] : []),
    ].filter((item) => item !== undefined);
    writeVersion(db, disagreement, chosen, stamp);
  }
  const decision: CurationDecision = {
    key,
    articleId: disagreement.articleId,
    choice,
    ...(stamp.by === null ? {} : { decidedBy: stamp.by }),
    decidedAt: stamp.at,
  };
  writeDecision(db, decision);
  return { decision, disagreement };
}

function findAgain(db: DatabaseSync, query: CurationQuery, key: string): Disagreement {
  const uid = articleUidOfKey(key);
  const article =
    uid === undefined
      ? undefined
      : (db.prepare('SELECT id FROM article WHERE uid = ? AND deleted_at IS NULL').get(uid) as
          { id: number } | undefined);
  if (article === undefined || (query.articleIds !== undefined && !query.articleIds.includes(article.id))) {
    throw notFound(STALE);
  }
  const found = findDisagreements(db, { ...query, articleIds: [article.id] }).find((d) => d.key === key);
  if (found === undefined) throw notFound(STALE);
  return found;
}

/**
 * Makes the curated annotations at the place the chosen items: one already there with the same
 * label and text keeps its id (and its notes and relations) and takes the chosen entity and claim;
 * the others are removed, and chosen items with no counterpart are created.
 */
function writeVersion(db: DatabaseSync, at: Disagreement, chosen: readonly CurationItem[], stamp: Stamp): void {
  const context = curationContext(db, [at.articleId]);
  const remaining = [...at.curated];
  const created: NewAnnotation[] = [];
  for (const item of chosen) {
    const index = remaining.findIndex(
      (curated) => curated.labelId === item.labelId && sameFragments(curated.fragments, item.fragments),
    );
    const counterpart = remaining.splice(index, index < 0 ? 0 : 1)[0];
    if (counterpart?.annotationId === undefined) {
      created.push(newAnnotation(db, at.articleId, item, stamp));
    } else if (!sameContent(counterpart, item, context)) {
      rewrite(db, counterpart.annotationId, item, stamp);
    }
  }
  const removed = remaining.flatMap((item) => (item.annotationId === undefined ? [] : [item.annotationId]));
  if (removed.length > 0) deleteAnnotations(db, removed);
  if (created.length > 0) {
    createAnnotations(db, created, stamp);
    startReviewOnFirstAnnotation(db, [at.articleId], stamp);
  }
}

function newAnnotation(db: DatabaseSync, articleId: number, item: CurationItem, stamp: Stamp): NewAnnotation {
  const entityId = entityOf(db, item, stamp);
  return {
    articleId,
    labelId: item.labelId,
    fragments: item.fragments,
    ...(entityId === undefined ? {} : { entityId }),
    ...(item.claim === undefined ? {} : { claim: claimOf(db, item, undefined, stamp) }),
  };
}

/** Gives an existing annotation the chosen entity and claim details; its claimant's mention stays if the claimant does. */
function rewrite(db: DatabaseSync, id: number, item: CurationItem, stamp: Stamp): void {
  const current = getAnnotation(db, id);
  updateAnnotation(
    db,
    id,
    {
      entityId: entityOf(db, item, stamp) ?? null,
      claim: item.claim === undefined ? null : claimOf(db, item, current.claim, stamp),
    },
    stamp,
  );
}

function entityOf(db: DatabaseSync, item: CurationItem, stamp: Stamp): number | undefined {
  return resolveEntity(db, item.entityId, item.entityName, item.labelId, stamp);
}

function claimOf(db: DatabaseSync, item: CurationItem, current: ClaimDetails | undefined, stamp: Stamp): ClaimDetails {
  const claim = item.claim;
  if (claim === undefined) throw new Error('Only a claim has claim details.');
  const claimantEntityId = resolveEntity(db, claim.claimantEntityId, claim.claimantName, undefined, stamp);
  const about = new Set(claim.aboutEntityIds.filter((id) => entityExists(db, id)));
  const linkedNames = new Set([...about].map((id) => entityName(db, id)?.toLocaleLowerCase()));
  for (const name of claim.aboutNames) {
    if (linkedNames.has(name.toLocaleLowerCase())) continue;
    const id = resolveEntity(db, undefined, name, undefined, stamp);
    if (id !== undefined) about.add(id);
  }
  const keepsMention = current?.claimantAnnotationId !== undefined && current.claimantEntityId === claimantEntityId;
  return {
    ...(claimantEntityId === undefined ? {} : { claimantEntityId }),
    ...(keepsMention ? { claimantAnnotationId: current.claimantAnnotationId } : {}),
    aboutEntityIds: [...about],
    attributes: claim.attributes,
    ...(claim.date === undefined ? {} : { date: claim.date }),
  };
}

/**
 * The project's entity a layer item means: its own id while the entity exists, else the entity of
 * that name (of the type, when known) — created, when there is none, as the layer names it. A
 * claimant or subject of unknown type is created as a person, the type claims are made by.
 */
function resolveEntity(
  db: DatabaseSync,
  id: number | undefined,
  name: string | undefined,
  typeLabelId: number | undefined,
  stamp: Stamp,
): number | undefined {
  if (id !== undefined && entityExists(db, id)) return id;
  if (name === undefined || name.trim() === '') return undefined;
  const found = db
    .prepare(
      `SELECT id FROM entity WHERE name = ? COLLATE NOCASE AND (? IS NULL OR type_label_id = ?) ORDER BY id LIMIT 1`,
    )
    .get(name.trim(), typeLabelId ?? null, typeLabelId ?? null) as { id: number } | undefined;
  if (found !== undefined) return found.id;
  const type = typeLabelId ?? personType(db);
  return createEntity(db, { typeLabelId: type, name: name.trim() }, stamp).id;
}

function personType(db: DatabaseSync): number {
  const row = db
    .prepare(`SELECT id FROM label WHERE kind = 'entity' ORDER BY name = 'Person' DESC, position, id LIMIT 1`)
    .get() as { id: number } | undefined;
  if (row === undefined) throw invalid('The project has no entity type to add the claimant as; add one first.');
  return row.id;
}

function entityExists(db: DatabaseSync, id: number): boolean {
  return db.prepare('SELECT 1 FROM entity WHERE id = ?').get(id) !== undefined;
}

function entityName(db: DatabaseSync, id: number): string | undefined {
  return (db.prepare('SELECT name FROM entity WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

function sameFragments(a: CurationItem['fragments'], b: CurationItem['fragments']): boolean {
  return (
    a.length === b.length &&
    a.every((fragment, i) => {
      const other = b[i];
      return other !== undefined && fragment.start === other.start && fragment.end === other.end;
    })
  );
}

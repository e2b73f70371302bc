import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import {
  ANNOTATION_LIMITS,
  EntityDraft,
  EntityEdit,
  type Entity,
  type EntityCandidate,
  type EntityMention,
  type EntitySummary,
} from '../../shared/model/annotation';
import { getLabelOfKind } from './annotation-schema-repository';
import { authorshipColumns, authorshipOf, type AuthorshipRow, type Stamp } from './authorship';
import { foldForSearch, matchesWordPrefix } from '../../shared/text/search-fold';
import { invalid, jsonIds, notFound, parseInput } from './store-input';
import { prepared } from './prepared-statements';

interface EntityRow extends AuthorshipRow {
  id: number;
  type_label_id: number;
  name: string;
  note: string | null;
}

const ENTITY_COLUMNS = `id, type_label_id, name, note, ${authorshipColumns('entity')}`;

export interface MentionCount {
  mentions: number;
  articles: number;
}

interface EntityLists {
  aliases: Map<number, string[]>;
  externalIds: Map<number, Entity['externalIds'][number][]>;
}

/** Aliases and external ids of some entities (or, with null, of all: one pass each for the entity list). */
function readLists(db: DatabaseSync, ids: readonly number[] | null): EntityLists {
  const where = ids === null ? '' : 'WHERE entity_id IN (SELECT value FROM json_each(?))';
  const params = ids === null ? [] : [JSON.stringify(ids)];
  const lists: EntityLists = { aliases: new Map(), externalIds: new Map() };
  const append = <T>(map: Map<number, T[]>, id: number, item: T) => {
    const list = map.get(id);
    if (list === undefined) map.set(id, [item]);
    else list.push(item);
  };
  for (const row of prepared(db, `SELECT entity_id, alias FROM entity_alias ${where} ORDER BY rowid`).all(
    ...params,
  ) as {
    entity_id: number;
    alias: string;
  }[]) {
    append(lists.aliases, row.entity_id, row.alias);
  }
  for (const row of prepared(db, `SELECT entity_id, scheme, value FROM entity_external_id ${where} ORDER BY rowid`).all(
    ...params,
  ) as { entity_id: number; scheme: Entity['externalIds'][number]['scheme']; value: string }[]) {
    append(lists.externalIds, row.entity_id, { scheme: row.scheme, value: row.value });
  }
  return lists;
}

function entityOf(row: EntityRow, lists: EntityLists): Entity {
  return {
    id: row.id,
    typeLabelId: row.type_label_id,
    name: row.name,
    aliases: lists.aliases.get(row.id) ?? [],
    externalIds: lists.externalIds.get(row.id) ?? [],
    ...(row.note === null ? {} : { note: row.note }),
    ...authorshipOf(row),
  };
}

function hydrate(db: DatabaseSync, rows: readonly EntityRow[]): Entity[] {
  if (rows.length === 0) return [];
  const lists = readLists(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => entityOf(row, lists));
}

/** The entities with these ids that exist. */
export function getEntities(db: DatabaseSync, ids: readonly number[]): Entity[] {
  const rows = prepared(db, `SELECT ${ENTITY_COLUMNS} FROM entity WHERE id IN (SELECT value FROM json_each(?))`).all(
    jsonIds(ids),
  ) as unknown as EntityRow[];
  return hydrate(db, rows);
}

export function getEntity(db: DatabaseSync, id: number): Entity {
  const row = prepared(db, `SELECT ${ENTITY_COLUMNS} FROM entity WHERE id = ?`).get(id) as EntityRow | undefined;
  const entity = row === undefined ? undefined : hydrate(db, [row])[0];
  if (entity === undefined) throw notFound('That entity does not exist (it may have been merged or deleted).');
  return entity;
}

function writeAliases(db: DatabaseSync, id: number, name: string, aliases: readonly string[]): void {
  prepared(db, 'DELETE FROM entity_alias WHERE entity_id = ?').run(id);
  const insert = prepared(db, 'INSERT OR IGNORE INTO entity_alias (entity_id, alias) VALUES (?, ?)');
  // The name itself is no alias: listing it twice would only double every match.
  for (const alias of aliases) if (alias !== name) insert.run(id, alias);
}

function writeExternalIds(db: DatabaseSync, id: number, externalIds: Entity['externalIds']): void {
  prepared(db, 'DELETE FROM entity_external_id WHERE entity_id = ?').run(id);
  const insert = prepared(db, 'INSERT OR IGNORE INTO entity_external_id (entity_id, scheme, value) VALUES (?, ?, ?)');
  for (const externalId of externalIds) insert.run(id, externalId.scheme, externalId.value);
}

export function createEntity(db: DatabaseSync, draft: EntityDraft, stamp: Stamp): Entity {
  const entity = parseInput(EntityDraft, draft);
  getLabelOfKind(db, entity.typeLabelId, ['entity'], 'an entity type');
  const result = prepared(
    db,
    `INSERT INTO entity (uid, type_label_id, name, note, created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), entity.typeLabelId, entity.name, entity.note ?? null, stamp.at, stamp.at, stamp.by, stamp.by);
  const id = Number(result.lastInsertRowid);
  writeAliases(db, id, entity.name, entity.aliases);
  writeExternalIds(db, id, entity.externalIds);
  return getEntity(db, id);
}

export function updateEntity(db: DatabaseSync, id: number, edit: EntityEdit, stamp: Stamp): Entity {
  const current = getEntity(db, id);
  const change = parseInput(EntityEdit, edit);
  if (change.typeLabelId !== undefined) getLabelOfKind(db, change.typeLabelId, ['entity'], 'an entity type');
  const name = change.name ?? current.name;
  const note = change.note === undefined ? (current.note ?? null) : change.note;
  prepared(
    db,
    'UPDATE entity SET type_label_id = ?, name = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?',
  ).run(change.typeLabelId ?? current.typeLabelId, name, note, stamp.at, stamp.by, id);
  if (change.aliases !== undefined || change.name !== undefined) {
    writeAliases(db, id, name, change.aliases ?? current.aliases);
  }
  if (change.externalIds !== undefined) writeExternalIds(db, id, change.externalIds);
  return getEntity(db, id);
}

/**
 * Entities whose name or an alias starts with what was typed (at any word, ignoring case and
 * accents), best first: exact names and aliases, then name prefixes, then alias prefixes. The registry is scanned in
 * memory: folding needs Unicode that SQLite's NOCASE lacks, and even 50,000 names fold in
 * milliseconds.
 */
export function findEntityCandidates(
  db: DatabaseSync,
  query: string,
  options: { typeLabelId?: number; limit?: number } = {},
): EntityCandidate[] {
  const folded = foldForSearch(query);
  if (folded === '') return [];
  const rows = prepared(
    db,
    `SELECT e.id, e.name AS text, 0 AS is_alias FROM entity e WHERE ?1 IS NULL OR e.type_label_id = ?1
       UNION ALL
       SELECT a.entity_id, a.alias, 1 FROM entity_alias a JOIN entity e ON e.id = a.entity_id
       WHERE ?1 IS NULL OR e.type_label_id = ?1`,
  ).all(options.typeLabelId ?? null) as { id: number; text: string; is_alias: number }[];
  const best = new Map<number, { rank: number; matched: string }>();
  for (const row of rows) {
    const key = foldForSearch(row.text);
    if (!matchesWordPrefix(key, folded)) continue;
    // An exact name or alias first, then names before aliases, then matches inside a later word.
    const rank = key === folded ? 0 : (key.startsWith(folded) ? 1 : 3) + row.is_alias;
    const previous = best.get(row.id);
    if (previous === undefined || rank < previous.rank) best.set(row.id, { rank, matched: row.text });
  }
  const chosen = [...best.entries()]
    .sort(([, a], [, b]) => a.rank - b.rank || a.matched.localeCompare(b.matched))
    .slice(0, options.limit ?? 20);
  return chosen.map(([id, { matched }]) => ({ entity: getEntity(db, id), matched }));
}

/**
 * Mention counts of some entities (or, with null, of all); mentions in trashed articles do not
 * count. At corpus scale (a million mentions) the counts come from one ordered pass over the
 * annotation(entity_id, article_id) index; the trash, usually small, is subtracted afterwards
 * rather than checked for every mention.
 */
export function mentionCounts(db: DatabaseSync, ids: readonly number[] | null): Map<number, MentionCount> {
  const of = (column: string) => (ids === null ? '' : `AND ${column} IN (SELECT value FROM json_each(?))`);
  const params = ids === null ? [] : [jsonIds(ids)];
  const counts = new Map<number, MentionCount>();
  for (const row of prepared(
    db,
    `SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM annotation
       WHERE entity_id IS NOT NULL ${of('entity_id')} GROUP BY entity_id`,
  ).all(...params) as { entity_id: number; mentions: number; articles: number }[]) {
    counts.set(row.entity_id, { mentions: row.mentions, articles: row.articles });
  }
  // CROSS JOIN keeps SQLite from walking all mentions to find the few in the trash.
  for (const row of prepared(
    db,
    `SELECT a.entity_id, count(*) AS mentions, count(DISTINCT a.article_id) AS articles
       FROM article r CROSS JOIN annotation a ON a.article_id = r.id
       WHERE r.deleted_at IS NOT NULL AND a.entity_id IS NOT NULL ${of('a.entity_id')} GROUP BY a.entity_id`,
  ).all(...params) as { entity_id: number; mentions: number; articles: number }[]) {
    const live = counts.get(row.entity_id);
    if (live === undefined) continue;
    live.mentions -= row.mentions;
    live.articles -= row.articles;
  }
  return counts;
}

/** How often an entity is mentioned in one article, counted up to `atMost`. */
export function mentionsInArticle(db: DatabaseSync, entityId: number, articleId: number, atMost: number): number {
  const row = prepared(
    db,
    'SELECT count(*) AS n FROM (SELECT 1 FROM annotation WHERE entity_id = ? AND article_id = ? LIMIT ?)',
  ).get(entityId, articleId, atMost) as { n: number };
  return row.n;
}

/** Every entity with its mention counts, by name. */
export function listEntities(db: DatabaseSync): EntitySummary[] {
  const rows = prepared(
    db,
    `SELECT ${ENTITY_COLUMNS} FROM entity ORDER BY name COLLATE NOCASE, id`,
  ).all() as unknown as EntityRow[];
  const counts = mentionCounts(db, null);
  const lists = readLists(db, null);
  return rows.map((row) => ({
    ...entityOf(row, lists),
    mentionCount: counts.get(row.id)?.mentions ?? 0,
    articleCount: counts.get(row.id)?.articles ?? 0,
  }));
}

/** Where the corpus mentions an entity, article by article in text order; the trash is left out. */
export function entityMentions(db: DatabaseSync, entityId: number): EntityMention[] {
  getEntity(db, entityId);
  const rows = prepared(
    db,
    // Fragments per mention by their primary key, so the only sort is the final order (no GROUP BY).
    `SELECT a.id, a.article_id, r.title, a.quote_exact, a.quote_prefix, a.quote_suffix,
         (SELECT json_group_array(json_array(f.start, f.end) ORDER BY f.seq) FROM annotation_fragment f
          WHERE f.annotation_id = a.id) AS fragments_json,
         (SELECT min(f.start) FROM annotation_fragment f WHERE f.annotation_id = a.id) AS first_start
       FROM annotation a
       JOIN article r ON r.id = a.article_id AND r.deleted_at IS NULL
       WHERE a.entity_id = ?
       ORDER BY r.title, a.article_id, first_start, a.id`,
  ).all(entityId) as {
    id: number;
    article_id: number;
    title: string;
    quote_exact: string;
    quote_prefix: string;
    quote_suffix: string;
    fragments_json: string;
  }[];
  return rows.map((row) => ({
    annotationId: row.id,
    articleId: row.article_id,
    articleTitle: row.title,
    fragments: (JSON.parse(row.fragments_json) as [number, number][]).map(([start, end]) => ({ start, end })),
    quote: { exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
  }));
}

/**
 * Folds `mergedId` into `keptId`: its mentions, claims by it and about it, notes, aliases (its name
 * becomes one) and external ids move over, then it is deleted. The kept entity's type and name stay.
 */
export function mergeEntities(db: DatabaseSync, keptId: number, mergedId: number, stamp: Stamp): Entity {
  if (keptId === mergedId) throw invalid('An entity cannot be merged with itself.');
  const kept = getEntity(db, keptId);
  const merged = getEntity(db, mergedId);
  const aliases = [...new Set([...kept.aliases, merged.name, ...merged.aliases])].filter(
    (alias) => alias !== kept.name,
  );
  const externalIds = [...kept.externalIds, ...merged.externalIds].filter(
    (id, i, all) => all.findIndex((other) => other.scheme === id.scheme && other.value === id.value) === i,
  );
  const notes = [kept.note, merged.note].filter((note): note is string => note !== undefined);
  const note = notes.length === 0 ? null : notes.join('\n\n');
  // Beyond the shared model’s limits the entity could not be shown: every read is checked against it.
  if (aliases.length > ANNOTATION_LIMITS.aliasesMax) {
    throw invalid(
      `Merged, “${kept.name}” would have ${aliases.length} aliases; an entity holds at most ${ANNOTATION_LIMITS.aliasesMax}. Remove some aliases first.`,
    );
  }
  if (externalIds.length > ANNOTATION_LIMITS.externalIdsMax) {
    throw invalid(
      `Merged, “${kept.name}” would have ${externalIds.length} external ids; an entity holds at most ${ANNOTATION_LIMITS.externalIdsMax}. Remove some first.`,
    );
  }
  if (note !== null && note.length > ANNOTATION_LIMITS.noteMaxChars) {
    throw invalid(
      `Merged, the two notes would be ${note.length} characters long; a note holds at most ${ANNOTATION_LIMITS.noteMaxChars}. Shorten one of them first.`,
    );
  }
  prepared(db, 'UPDATE annotation SET entity_id = ? WHERE entity_id = ?').run(keptId, mergedId);
  prepared(db, 'UPDATE claim SET claimant_entity_id = ? WHERE claimant_entity_id = ?').run(keptId, mergedId);
  prepared(
    db,
    'INSERT OR IGNORE INTO claim_about (annotation_id, entity_id) SELECT annotation_id, ? FROM claim_about WHERE entity_id = ?',
  ).run(keptId, mergedId);
  prepared(db, 'UPDATE note SET entity_id = ? WHERE entity_id = ?').run(keptId, mergedId);
  writeAliases(db, keptId, kept.name, aliases);
  writeExternalIds(db, keptId, externalIds);
  prepared(db, 'UPDATE entity SET note = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    note,
    stamp.at,
    stamp.by,
    keptId,
  );
  // claim_about rows still naming the merged entity go with it (ON DELETE CASCADE).
  prepared(db, 'DELETE FROM entity WHERE id = ?').run(mergedId);
  return getEntity(db, keptId);
}

/** Links one mention to a new entity, for a mention that was linked to the wrong one. */
export function splitMentionOff(db: DatabaseSync, annotationId: number, draft: EntityDraft, stamp: Stamp): Entity {
  const row = prepared(db, 'SELECT entity_id FROM annotation WHERE id = ?').get(annotationId) as
    { entity_id: number | null } | undefined;
  if (row === undefined) throw notFound('That annotation does not exist (it may have been deleted).');
  if (row.entity_id === null) throw invalid('This mention is not linked to an entity, so there is nothing to split.');
  const entity = createEntity(db, draft, stamp);
  prepared(db, 'UPDATE annotation SET entity_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    entity.id,
    stamp.at,
    stamp.by,
    annotationId,
  );
  return entity;
}

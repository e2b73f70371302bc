import { basename, extname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { GazetteerId, PatternSetId } from '../../../shared/model/suggestion';
import type {
  BuiltInRuleId,
  Gazetteer,
  ImportedSuggestionSource,
  PatternSet,
  SuggestionSourceFile,
  SuggestionSourceRef,
  SuggestionSources,
} from '../../../shared/model/suggestion-source';
import { BUILT_IN_RULES } from '../../../shared/suggestions/built-in-rules';
import { GAZETTEER_LIMITS, parseGazetteer } from '../../../shared/suggestions/gazetteer-parser';
import { parsePatternFile, type PatternRuleBody } from '../../../shared/suggestions/pattern-file';
import { getLabelOfKind } from '../annotation-schema-repository';
import { invalid, jsonIds, notFound } from '../store-input';
import { labelsByName } from './source-labels';

interface GazetteerRow {
  id: number;
  name: string;
  file_name: string;
  imported_at: string;
  enabled: number;
  entry_count: number;
}

interface PatternSetRow {
  id: number;
  name: string;
  file_name: string | null;
  builtin: BuiltInRuleId | null;
  imported_at: string;
  enabled: number;
  rule_count: number;
  label_ids: string;
}

const GAZETTEER_SELECT = `SELECT g.id, g.name, g.file_name, g.imported_at, g.enabled,
  (SELECT count(*) FROM gazetteer_entry WHERE gazetteer_id = g.id) AS entry_count FROM gazetteer g`;
const PATTERN_SET_SELECT = `SELECT s.id, s.name, s.file_name, s.builtin, s.imported_at, s.enabled,
  (SELECT count(*) FROM pattern_rule WHERE pattern_set_id = s.id) AS rule_count,
  (SELECT json_group_array(label_id) FROM (
     SELECT label_id FROM pattern_rule WHERE pattern_set_id = s.id GROUP BY label_id ORDER BY min(position)
   )) AS label_ids
  FROM pattern_set s`;

function toGazetteer(row: GazetteerRow): Gazetteer {
  return {
    id: row.id,
    name: row.name,
    fileName: row.file_name,
    importedAt: row.imported_at,
    enabled: row.enabled === 1,
    entryCount: row.entry_count,
  };
}

function toPatternSet(row: PatternSetRow): PatternSet {
  return {
    id: row.id,
    name: row.name,
    fileName: row.file_name,
    builtIn: row.builtin,
    importedAt: row.imported_at,
    enabled: row.enabled === 1,
    ruleCount: row.rule_count,
    labelIds: JSON.parse(row.label_ids) as number[],
  };
}

export function getGazetteers(db: DatabaseSync, ids: readonly number[]): Gazetteer[] {
  const rows = db
    .prepare(`${GAZETTEER_SELECT} WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY g.id`)
    .all(jsonIds(ids)) as unknown as GazetteerRow[];
  return rows.map(toGazetteer);
}

export function getPatternSets(db: DatabaseSync, ids: readonly number[]): PatternSet[] {
  const rows = db
    .prepare(`${PATTERN_SET_SELECT} WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY s.id`)
    .all(jsonIds(ids)) as unknown as PatternSetRow[];
  return rows.map(toPatternSet);
}

export function listSuggestionSources(db: DatabaseSync): SuggestionSources {
  return {
    gazetteers: (db.prepare(`${GAZETTEER_SELECT} ORDER BY g.id`).all() as unknown as GazetteerRow[]).map(toGazetteer),
    patternSets: (db.prepare(`${PATTERN_SET_SELECT} ORDER BY s.id`).all() as unknown as PatternSetRow[]).map(
      toPatternSet,
    ),
  };
}

/** Refuses a file with bad lines as a whole, naming the first of them. */
function refused(fileName: string, errors: readonly string[]): Error {
  const listed = errors.slice(0, GAZETTEER_LIMITS.errorsListed).join('; ');
  const more = errors.length - GAZETTEER_LIMITS.errorsListed;
  return invalid(`"${fileName}" was not imported: ${listed}${more > 0 ? `; and ${more} more lines` : ''}.`);
}

/** The name a source is listed under: its file's name without the extension. */
function sourceName(fileName: string): string {
  const base = basename(fileName.replaceAll('\\', '/'));
  return basename(base, extname(base)) || base;
}

/** Reads and stores a gazetteer or pattern file, or refuses it whole with the reasons. */
export function importSuggestionSource(
  db: DatabaseSync,
  file: SuggestionSourceFile,
  now: string,
): ImportedSuggestionSource {
  const fileName = basename(file.fileName.replaceAll('\\', '/'));
  return file.kind === 'gazetteer'
    ? { kind: 'gazetteer', gazetteer: importGazetteer(db, fileName, file.text, now) }
    : { kind: 'pattern', patternSet: importPatternSet(db, fileName, file.text, now) };
}

function importGazetteer(db: DatabaseSync, fileName: string, text: string, now: string): Gazetteer {
  const parsed = parseGazetteer(text);
  if (!parsed.ok) throw refused(fileName, parsed.errors);
  const labels = labelsByName(
    db,
    parsed.rows.map((row) => row.typeName),
    { file: fileName, claims: false },
  );
  const { lastInsertRowid } = db
    .prepare('INSERT INTO gazetteer (name, file_name, imported_at) VALUES (?, ?, ?)')
    .run(sourceName(fileName), fileName, now);
  const insert = db.prepare(
    `INSERT INTO gazetteer_entry (gazetteer_id, type_label_id, name, aliases_json, external_ids_json)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const row of parsed.rows) {
    insert.run(
      lastInsertRowid,
      labels.get(row.typeName) ?? null,
      row.name,
      JSON.stringify(row.aliases),
      JSON.stringify(row.externalIds),
    );
  }
  return gazetteer(db, Number(lastInsertRowid));
}

function importPatternSet(db: DatabaseSync, fileName: string, text: string, now: string): PatternSet {
  const parsed = parsePatternFile(text);
  if (!parsed.ok) throw refused(fileName, parsed.errors);
  const labels = labelsByName(
    db,
    parsed.rules.map((rule) => rule.labelName),
    { file: fileName, claims: true },
  );
  const { lastInsertRowid } = db
    .prepare('INSERT INTO pattern_set (name, file_name, imported_at) VALUES (?, ?, ?)')
    .run(sourceName(fileName), fileName, now);
  const id = Number(lastInsertRowid);
  parsed.rules.forEach((rule, position) => insertRule(db, id, position, labels.get(rule.labelName) ?? 0, rule.body));
  return patternSet(db, id);
}

function insertRule(db: DatabaseSync, setId: number, position: number, labelId: number, body: PatternRuleBody): void {
  db.prepare('INSERT INTO pattern_rule (pattern_set_id, position, label_id, rule_json) VALUES (?, ?, ?, ?)').run(
    setId,
    position,
    labelId,
    JSON.stringify(body),
  );
}

/**
 * Switches a built-in rule on with the label it proposes (or changes that label): a pattern set of
 * its own, so it is listed, counted, switched off and removed like an imported file.
 */
export function setBuiltInRule(db: DatabaseSync, rule: BuiltInRuleId, labelId: number, now: string): PatternSet {
  getLabelOfKind(db, labelId, ['entity', 'claim'], 'an entity type or a claim label');
  const existing = db.prepare('SELECT id FROM pattern_set WHERE builtin = ?').get(rule) as { id: number } | undefined;
  if (existing !== undefined) {
    db.prepare('UPDATE pattern_set SET enabled = 1 WHERE id = ?').run(existing.id);
    db.prepare('UPDATE pattern_rule SET label_id = ? WHERE pattern_set_id = ?').run(labelId, existing.id);
    return patternSet(db, existing.id);
  }
  const { lastInsertRowid } = db
    .prepare('INSERT INTO pattern_set (name, builtin, imported_at) VALUES (?, ?, ?)')
    .run(BUILT_IN_RULES[rule].title, rule, now);
  insertRule(db, Number(lastInsertRowid), 0, labelId, { kind: 'builtin', rule });
  return patternSet(db, Number(lastInsertRowid));
}

export function setSuggestionSourceEnabled(db: DatabaseSync, source: SuggestionSourceRef, enabled: boolean): void {
  const [table, id] = tableOf(source);
  const { changes } = db.prepare(`UPDATE ${table} SET enabled = ? WHERE id = ?`).run(enabled ? 1 : 0, id);
  if (changes === 0) assertExists(db, source);
}

export function removeSuggestionSource(db: DatabaseSync, source: SuggestionSourceRef): void {
  const [table, id] = tableOf(source);
  const { changes } = db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  if (changes === 0) assertExists(db, source);
}

function tableOf(source: SuggestionSourceRef): ['gazetteer' | 'pattern_set', number] {
  return source.kind === 'gazetteer' ? ['gazetteer', source.gazetteerId] : ['pattern_set', source.patternSetId];
}

function assertExists(db: DatabaseSync, source: SuggestionSourceRef): void {
  if (source.kind === 'gazetteer') gazetteer(db, source.gazetteerId);
  else patternSet(db, source.patternSetId);
}

function gazetteer(db: DatabaseSync, id: GazetteerId): Gazetteer {
  const [found] = getGazetteers(db, [id]);
  if (found === undefined) throw notFound('That gazetteer does not exist (it may have been removed).');
  return found;
}

function patternSet(db: DatabaseSync, id: PatternSetId): PatternSet {
  const [found] = getPatternSets(db, [id]);
  if (found === undefined) throw notFound('That pattern file does not exist (it may have been removed).');
  return found;
}

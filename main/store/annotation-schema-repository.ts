import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { LabelRemoval } from '../../shared/model/annotation';
import {
  AnnotationSchemaDefinition,
  LabelColor,
  LabelHotkey,
  LabelName,
  NewLabel,
  RelationEndLabels,
  type Label,
  type LabelDefinition,
  type LabelUsage,
  type RelationTypeDefinition,
} from '../../shared/model/annotation';
import { DEFAULT_ANNOTATION_SCHEMA } from '../../shared/model/default-annotation-schema';
import { invalid, jsonIds, notFound, parseInput } from './store-input';
import { prepared } from './prepared-statements';

interface LabelRow {
  id: number;
  kind: Label['kind'];
  name: string;
  parent_id: number | null;
  color: string | null;
  hotkey: string | null;
  position: number;
  source_label_ids: string | null;
  target_label_ids: string | null;
}

/** Labels written before colours were required read as neutral grey rather than failing. */
const FALLBACK_COLOR = '#7f7f7f';
const SEEDED_KEY = 'default-annotation-schema-seeded';

function toLabel(row: LabelRow): Label {
  const label: Label = {
    id: row.id,
    kind: row.kind,
    name: row.name,
    parentId: row.parent_id,
    color: row.color ?? FALLBACK_COLOR,
    hotkey: row.hotkey,
    position: row.position,
  };
  if (row.source_label_ids !== null) label.sourceLabelIds = JSON.parse(row.source_label_ids) as number[];
  if (row.target_label_ids !== null) label.targetLabelIds = JSON.parse(row.target_label_ids) as number[];
  return label;
}

const LABEL_COLUMNS = 'id, kind, name, parent_id, color, hotkey, position, source_label_ids, target_label_ids';

export function listLabels(db: DatabaseSync): Label[] {
  const rows = prepared(
    db,
    `SELECT ${LABEL_COLUMNS} FROM label ORDER BY kind, ifnull(parent_id, 0), position, id`,
  ).all() as unknown as LabelRow[];
  return rows.map(toLabel);
}

/** The labels with these ids that exist. */
export function getLabels(db: DatabaseSync, ids: readonly number[]): Label[] {
  const rows = prepared(db, `SELECT ${LABEL_COLUMNS} FROM label WHERE id IN (SELECT value FROM json_each(?))`).all(
    jsonIds(ids),
  ) as unknown as LabelRow[];
  return rows.map(toLabel);
}

export function getLabel(db: DatabaseSync, id: number): Label {
  const row = prepared(db, `SELECT ${LABEL_COLUMNS} FROM label WHERE id = ?`).get(id) as LabelRow | undefined;
  if (row === undefined) throw notFound('That label does not exist (it may have been removed).');
  return toLabel(row);
}

/** The label, checked to be of the kind the caller needs, with a sentence naming what was expected. */
export function getLabelOfKind(db: DatabaseSync, id: number, kinds: readonly Label['kind'][], what: string): Label {
  const label = getLabel(db, id);
  if (!kinds.includes(label.kind)) throw invalid(`“${label.name}” is not ${what}.`);
  return label;
}

/** Same name under the same kind and parent, compared as people read names (any case, any script). */
function assertNameFree(db: DatabaseSync, kind: Label['kind'], parentId: number | null, name: string, self?: number) {
  const key = name.toLocaleLowerCase();
  const siblings = prepared(db, 'SELECT id, name FROM label WHERE kind = ? AND ifnull(parent_id, 0) = ?').all(
    kind,
    parentId ?? 0,
  ) as { id: number; name: string }[];
  if (siblings.some((sibling) => sibling.id !== self && sibling.name.toLocaleLowerCase() === key)) {
    throw invalid(`There is already a label named “${name}” of this kind.`);
  }
}

function assertHotkeyFree(db: DatabaseSync, hotkey: string | null | undefined, self?: number): void {
  if (hotkey === null || hotkey === undefined) return;
  const holder = prepared(db, 'SELECT id, name FROM label WHERE hotkey = ?').get(hotkey) as
    { id: number; name: string } | undefined;
  if (holder !== undefined && holder.id !== self) {
    throw invalid(`The key ${hotkey} is already used by “${holder.name}”.`);
  }
}

export function addLabel(db: DatabaseSync, input: NewLabel): Label {
  const label = parseInput(NewLabel, input);
  const parentId = label.parentId ?? null;
  if (parentId !== null) {
    const parent = getLabel(db, parentId);
    if (label.kind !== 'claim-attribute' || parent.kind !== 'claim-attribute' || parent.parentId !== null) {
      throw invalid('Only a claim attribute value belongs to another label, and only to a claim attribute.');
    }
  }
  assertNameFree(db, label.kind, parentId, label.name);
  assertHotkeyFree(db, label.hotkey);
  const { next } = prepared(
    db,
    'SELECT ifnull(max(position) + 1, 0) AS next FROM label WHERE kind = ? AND ifnull(parent_id, 0) = ?',
  ).get(label.kind, parentId ?? 0) as { next: number };
  const result = prepared(
    db,
    'INSERT INTO label (uid, kind, name, parent_id, color, hotkey, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(randomUUID(), label.kind, label.name, parentId, label.color, label.hotkey ?? null, next);
  return getLabel(db, Number(result.lastInsertRowid));
}

export function renameLabel(db: DatabaseSync, id: number, name: string): Label {
  const label = getLabel(db, id);
  const newName = parseInput(LabelName, name);
  assertNameFree(db, label.kind, label.parentId, newName, id);
  prepared(db, 'UPDATE label SET name = ? WHERE id = ?').run(newName, id);
  return getLabel(db, id);
}

export function recolourLabel(db: DatabaseSync, id: number, color: string): Label {
  getLabel(db, id);
  prepared(db, 'UPDATE label SET color = ? WHERE id = ?').run(parseInput(LabelColor, color), id);
  return getLabel(db, id);
}

export function setLabelHotkey(db: DatabaseSync, id: number, hotkey: string | null): Label {
  getLabel(db, id);
  const key = parseInput(LabelHotkey.nullable(), hotkey);
  assertHotkeyFree(db, key, id);
  prepared(db, 'UPDATE label SET hotkey = ? WHERE id = ?').run(key, id);
  return getLabel(db, id);
}

/** The ends a relation type allows: span labels by id, or null for any. */
export interface RelationEnds {
  readonly sourceLabelIds?: readonly number[] | null;
  readonly targetLabelIds?: readonly number[] | null;
}

/** Restricts (or, with null, frees) which span labels the ends of a relation type may carry. */
export function setRelationEnds(db: DatabaseSync, id: number, ends: RelationEnds): Label {
  const label = getLabel(db, id);
  if (label.kind !== 'relation')
    throw invalid(`“${label.name}” is not a relation type, so its ends cannot be restricted.`);
  for (const [column, value] of [
    ['source_label_ids', ends.sourceLabelIds],
    ['target_label_ids', ends.targetLabelIds],
  ] as const) {
    if (value === undefined) continue;
    const ids = value === null ? null : parseInput(RelationEndLabels, value);
    for (const end of ids ?? []) getLabelOfKind(db, end, ['entity', 'claim'], 'an entity type or the claim label');
    prepared(db, `UPDATE label SET ${column} = ? WHERE id = ?`).run(ids === null ? null : JSON.stringify(ids), id);
  }
  return getLabel(db, id);
}

/**
 * After a span label is removed (or its annotations moved to another), relation types that named
 * it name the label that took its place, or no longer name it; an end left with none allows any.
 */
function replaceInRelationEnds(db: DatabaseSync, from: number, to: number | null): void {
  for (const type of listLabels(db).filter((label) => label.kind === 'relation')) {
    const replaced = (ids: readonly number[] | undefined) => {
      if (ids === undefined || !ids.includes(from)) return undefined;
      const next = [...new Set(ids.flatMap((id) => (id !== from ? [id] : to === null ? [] : [to])))];
      return next.length === 0 ? null : next;
    };
    const sourceLabelIds = replaced(type.sourceLabelIds);
    const targetLabelIds = replaced(type.targetLabelIds);
    if (sourceLabelIds !== undefined || targetLabelIds !== undefined) {
      setRelationEnds(db, type.id, { sourceLabelIds, targetLabelIds });
    }
  }
}

function count(db: DatabaseSync, sql: string, ...params: number[]): number {
  return (prepared(db, sql).get(...params) as { n: number }).n;
}

export function labelUsage(db: DatabaseSync, id: number): LabelUsage {
  getLabel(db, id);
  return {
    annotations: count(db, 'SELECT count(*) AS n FROM annotation WHERE label_id = ?', id),
    entities: count(db, 'SELECT count(*) AS n FROM entity WHERE type_label_id = ?', id),
    relations: count(db, 'SELECT count(*) AS n FROM relation WHERE type_label_id = ?', id),
    articles: count(db, 'SELECT count(*) AS n FROM article_label WHERE label_id = ?', id),
    claimAttributes: count(
      db,
      `SELECT count(*) AS n FROM claim_attribute WHERE attribute_label_id = ?1 OR value_label_id = ?1
         OR value_label_id IN (SELECT id FROM label WHERE parent_id = ?1)`,
      id,
    ),
    layerAnnotations: count(db, 'SELECT count(*) AS n FROM layer_annotation WHERE label_id = ?', id),
  };
}

function reassign(db: DatabaseSync, label: Label, toLabelId: number): void {
  const target = getLabel(db, toLabelId);
  if (target.id === label.id) throw invalid('Choose another label to move its annotations to.');
  if (target.kind !== label.kind) throw invalid(`“${target.name}” is a different kind of label from “${label.name}”.`);
  if (label.kind === 'claim-attribute' && (label.parentId === null || target.parentId !== label.parentId)) {
    // An attribute's values mean nothing under another attribute, so only values move, within one attribute.
    throw invalid('Claim attribute values can only be moved to another value of the same attribute.');
  }
  const from = label.id;
  prepared(db, 'UPDATE annotation SET label_id = ? WHERE label_id = ?').run(target.id, from);
  prepared(db, 'UPDATE entity SET type_label_id = ? WHERE type_label_id = ?').run(target.id, from);
  prepared(db, 'UPDATE relation SET type_label_id = ? WHERE type_label_id = ?').run(target.id, from);
  prepared(
    db,
    'INSERT OR IGNORE INTO article_label (article_id, label_id) SELECT article_id, ? FROM article_label WHERE label_id = ?',
  ).run(target.id, from);
  prepared(db, 'UPDATE claim_attribute SET value_label_id = ? WHERE value_label_id = ?').run(target.id, from);
  prepared(db, 'UPDATE layer_annotation SET label_id = ? WHERE label_id = ?').run(target.id, from);
}

function deleteUses(db: DatabaseSync, label: Label): void {
  const entities = count(db, 'SELECT count(*) AS n FROM entity WHERE type_label_id = ?', label.id);
  if (entities > 0) {
    // Deleting entities would also unlink mentions under other labels and claims about them.
    throw invalid(
      `${entities} ${entities === 1 ? 'entity is' : 'entities are'} of type “${label.name}”. Move them to another type instead.`,
    );
  }
  prepared(db, 'DELETE FROM annotation WHERE label_id = ?').run(label.id);
  // layer_annotation.label_id has no ON DELETE action, so a colleague's annotations go here too.
  prepared(db, 'DELETE FROM layer_annotation WHERE label_id = ?').run(label.id);
  prepared(db, 'DELETE FROM relation WHERE type_label_id = ?').run(label.id);
  prepared(db, 'DELETE FROM article_label WHERE label_id = ?').run(label.id);
  prepared(
    db,
    `DELETE FROM claim_attribute WHERE attribute_label_id = ?1 OR value_label_id = ?1
       OR value_label_id IN (SELECT id FROM label WHERE parent_id = ?1)`,
  ).run(label.id);
}

/** Removes a label after doing what the caller decided with everything that uses it. */
export function removeLabel(db: DatabaseSync, id: number, decision: LabelRemoval): void {
  const label = getLabel(db, id);
  switch (decision.kind) {
    case 'reassign':
      reassign(db, label, decision.toLabelId);
      break;
    case 'delete-annotations':
      deleteUses(db, label);
      break;
    default:
      throw invalid('Say what should happen to the annotations that use this label.');
  }
  if (label.kind === 'entity' || label.kind === 'claim') {
    replaceInRelationEnds(db, id, decision.kind === 'reassign' ? decision.toLabelId : null);
  }
  // Values of an attribute go with it (ON DELETE CASCADE); their claim answers were cleared above.
  prepared(db, 'DELETE FROM label WHERE id = ?').run(id);
}

/** A relation type as a schema file spells it: its ends' labels by name. */
function relationTypeDefinitionOf(label: Label, labels: readonly Label[]): RelationTypeDefinition {
  const names = (ids: readonly number[] | undefined) =>
    ids?.flatMap((id) => labels.find((candidate) => candidate.id === id)?.name ?? []);
  const from = names(label.sourceLabelIds);
  const to = names(label.targetLabelIds);
  return {
    ...definitionOf(label),
    ...(from === undefined || from.length === 0 ? {} : { from }),
    ...(to === undefined || to.length === 0 ? {} : { to }),
  };
}

function definitionOf(label: Label): LabelDefinition {
  return label.hotkey === null
    ? { name: label.name, color: label.color }
    : { name: label.name, color: label.color, hotkey: label.hotkey };
}

/** The project's schema as a schema file holds it, for sharing it with another project. */
export function exportSchema(db: DatabaseSync): AnnotationSchemaDefinition {
  const labels = listLabels(db);
  const ofKind = (kind: Label['kind']) => labels.filter((label) => label.kind === kind && label.parentId === null);
  const claim = ofKind('claim')[0];
  if (claim === undefined) throw invalid('The project has no claim label, so its schema cannot be saved as a file.');
  return {
    entityTypes: ofKind('entity').map(definitionOf),
    claim: definitionOf(claim),
    claimAttributes: ofKind('claim-attribute').map((attribute) => ({
      ...definitionOf(attribute),
      values: labels.filter((label) => label.parentId === attribute.id).map(definitionOf),
    })),
    relationTypes: ofKind('relation').map((label) => relationTypeDefinitionOf(label, labels)),
    documentLabels: ofKind('document').map(definitionOf),
  };
}

function findLabel(db: DatabaseSync, kind: Label['kind'], parentId: number | null, name: string): Label | undefined {
  const key = name.toLocaleLowerCase();
  return listLabels(db).find(
    (label) => label.kind === kind && label.parentId === parentId && label.name.toLocaleLowerCase() === key,
  );
}

/**
 * Adds the labels of a schema file that the project lacks; labels it already has (same kind and
 * name) are kept as they are, so importing twice, or importing into a used project, changes nothing
 * that annotations rely on. Returns how many labels were added.
 */
export function importSchema(db: DatabaseSync, definition: unknown): number {
  const schema = parseInput(AnnotationSchemaDefinition, definition);
  let added = 0;
  const ensure = (kind: Label['kind'], parentId: number | null, label: LabelDefinition): Label => {
    const existing = findLabel(db, kind, parentId, label.name);
    if (existing !== undefined) return existing;
    added++;
    return addLabel(db, { kind, parentId, name: label.name, color: label.color, hotkey: label.hotkey ?? null });
  };
  for (const label of schema.entityTypes) ensure('entity', null, label);
  ensure('claim', null, schema.claim);
  for (const attribute of schema.claimAttributes) {
    const parent = ensure('claim-attribute', null, attribute);
    for (const value of attribute.values) ensure('claim-attribute', parent.id, value);
  }
  const spanLabel = (name: string) =>
    findLabel(db, 'entity', null, name)?.id ?? findLabel(db, 'claim', null, name)?.id ?? null;
  for (const type of schema.relationTypes) {
    const known = findLabel(db, 'relation', null, type.name) !== undefined;
    const label = ensure('relation', null, { name: type.name, color: type.color, hotkey: type.hotkey });
    // A relation type the project had keeps its ends, as every other label it had keeps its colour.
    if (known || (type.from === undefined && type.to === undefined)) continue;
    const ids = (names: readonly string[] | undefined) => {
      const found = names?.flatMap((name) => spanLabel(name) ?? []);
      return found === undefined || found.length === 0 ? null : [...new Set(found)];
    };
    setRelationEnds(db, label.id, { sourceLabelIds: ids(type.from), targetLabelIds: ids(type.to) });
  }
  for (const label of schema.documentLabels) ensure('document', null, label);
  return added;
}

export function isDefaultSchemaSeeded(db: DatabaseSync): boolean {
  return prepared(db, 'SELECT 1 FROM project_meta WHERE key = ?').get(SEEDED_KEY) !== undefined;
}

/**
 * Gives a project the default schema once: new projects at creation, older projects when first
 * opened by this version. The marker keeps labels the user removed on purpose from coming back.
 */
export function seedDefaultSchemaOnce(db: DatabaseSync): boolean {
  if (isDefaultSchemaSeeded(db)) return false;
  importSchema(db, DEFAULT_ANNOTATION_SCHEMA);
  prepared(db, 'INSERT INTO project_meta (key, value) VALUES (?, ?)').run(SEEDED_KEY, '1');
  return true;
}

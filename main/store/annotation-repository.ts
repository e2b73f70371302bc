import { randomUUID } from 'node:crypto';
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { buildTextQuote } from '../../shared/annotation/text-quote';
import type { TextRange } from '../../shared/text/offsets';
import { WorkbenchError } from '../../shared/ipc/errors';
import {
  AnnotationEdit,
  NewAnnotation,
  type Annotation,
  type ArticleAnnotation,
  type ClaimDetails,
  type Label,
  type TextFragment,
} from '../../shared/model/annotation';
import { getLabel } from './annotation-schema-repository';
import { ArticleTexts } from './article-texts';
import { assignAuthorship, authorshipColumns, type Stamp } from './authorship';
import { checkFragmentsInText } from './fragment-check';
import { invalid, jsonIds, notFound, parseInput } from './store-input';
import { prepared } from './prepared-statements';

/**
 * The columns loadAnnotations reads, in this order. Rows come as arrays: 20,000 row objects took
 * longer than the query itself, 250 ms on a store worker's first read of a long article.
 */
type AnnotationRow = [
  id: number,
  articleId: number,
  labelId: number,
  entityId: number | null,
  exact: string,
  orphaned: number,
  createdBy: number | null,
  createdAt: string | null,
  updatedBy: number | null,
  updatedAt: string | null,
  note: string | null,
  isClaim: number | null,
  claimantEntityId: number | null,
  claimantAnnotationId: number | null,
  claimDate: string | null,
];

const BY_ARTICLE = 'a.article_id = ?1';
const BY_IDS = 'a.id IN (SELECT value FROM json_each(?1))';
/** An article's annotations with a piece in [?2, ?3): each is looked up by its own fragments. */
const IN_ARTICLE_WITHIN = `a.article_id = ?1 AND EXISTS (SELECT 1 FROM annotation_fragment w
  WHERE w.annotation_id = a.id AND w.start < ?3 AND w.end > ?2)`;

/** Values of rows by the annotation they belong to, in the rows' order. */
function groupBy<R, V>(rows: readonly R[], annotationOf: (row: R) => number, value: (row: R) => V): Map<number, V[]> {
  const groups = new Map<number, V[]>();
  for (const row of rows) {
    const annotationId = annotationOf(row);
    const group = groups.get(annotationId);
    if (group === undefined) groups.set(annotationId, [value(row)]);
    else group.push(value(row));
  }
  return groups;
}

/**
 * How an annotation's quote is read: the columns it needs after those of AnnotationRow (`Extra`),
 * and what it makes of them.
 */
interface QuoteReading<Extra extends unknown[], Q> {
  readonly columns: string;
  readonly quote: (row: [...AnnotationRow, ...Extra]) => Q;
}

const WITH_CONTEXT: QuoteReading<[prefix: string, suffix: string], Annotation['quote']> = {
  columns: ', a.quote_prefix, a.quote_suffix',
  quote: (row) => ({ exact: row[4], prefix: row[15], suffix: row[16] }),
};

/** Reading the context's strings was most of the time of reading a long article's annotations. */
const EXACT_ONLY: QuoteReading<[], ArticleAnnotation['quote']> = {
  columns: '',
  quote: (row) => ({ exact: row[4] }),
};

/** The rows of a statement as arrays; only loadAnnotations runs these SQL texts, so its cached statements stay so. */
function arrayRows(db: DatabaseSync, sql: string, params: readonly SQLInputValue[]): unknown[] {
  const statement = prepared(db, sql);
  statement.setReturnArrays(true);
  return statement.all(...params);
}

/**
 * Annotations matching `filter` in text order. One query each for annotations (with note and
 * claim), fragments, claim subjects and claim attributes, however many annotations there are.
 */
function loadAnnotations<Extra extends unknown[], Q>(
  db: DatabaseSync,
  filter: string,
  params: readonly SQLInputValue[],
  reading: QuoteReading<Extra, Q>,
): (Omit<Annotation, 'quote'> & { quote: Q })[] {
  const rows = arrayRows(
    db,
    `SELECT a.id, a.article_id, a.label_id, a.entity_id, a.quote_exact, a.orphaned, ${authorshipColumns('a')},
         n.text AS note, c.annotation_id AS is_claim, c.claimant_entity_id, c.claimant_annotation_id, c.claim_date${reading.columns}
       FROM annotation a
       LEFT JOIN note n ON n.annotation_id = a.id
       LEFT JOIN claim c ON c.annotation_id = a.id
       WHERE ${filter}`,
    params,
  ) as [...AnnotationRow, ...Extra][];
  const fragments = groupBy(
    arrayRows(
      db,
      `SELECT f.annotation_id, f.start, f.end FROM annotation_fragment f JOIN annotation a ON a.id = f.annotation_id
         WHERE ${filter} ORDER BY f.annotation_id, f.seq`,
      params,
    ) as [annotationId: number, start: number, end: number][],
    ([annotationId]) => annotationId,
    ([, start, end]): TextFragment => ({ start, end }),
  );
  const about = groupBy(
    prepared(
      db,
      `SELECT ca.annotation_id, ca.entity_id FROM claim_about ca JOIN annotation a ON a.id = ca.annotation_id
         WHERE ${filter} ORDER BY ca.annotation_id, ca.rowid`,
    ).all(...params) as { annotation_id: number; entity_id: number }[],
    (row) => row.annotation_id,
    (row) => row.entity_id,
  );
  const attributes = groupBy(
    prepared(
      db,
      `SELECT ct.annotation_id, ct.attribute_label_id, ct.value_label_id FROM claim_attribute ct
         JOIN annotation a ON a.id = ct.annotation_id WHERE ${filter}`,
    ).all(...params) as { annotation_id: number; attribute_label_id: number; value_label_id: number }[],
    (row) => row.annotation_id,
    (row): [number, number] => [row.attribute_label_id, row.value_label_id],
  );
  const annotations = rows.map((row) => {
    const [
      id,
      articleId,
      labelId,
      entityId,
      ,
      orphaned,
      createdBy,
      createdAt,
      updatedBy,
      updatedAt,
      note,
      isClaim,
      claimantEntityId,
      claimantAnnotationId,
      claimDate,
    ] = row;
    const annotation: Omit<Annotation, 'quote'> & { quote: Q } = {
      id,
      articleId,
      labelId,
      fragments: fragments.get(id) ?? [],
      quote: reading.quote(row),
      orphaned: orphaned === 1,
    };
    assignAuthorship(annotation, createdBy, createdAt, updatedBy, updatedAt);
    if (entityId !== null) annotation.entityId = entityId;
    if (note !== null) annotation.note = note;
    if (isClaim !== null) {
      annotation.claim = {
        aboutEntityIds: about.get(id) ?? [],
        attributes: Object.fromEntries(attributes.get(id) ?? []),
      };
      if (claimantEntityId !== null) annotation.claim.claimantEntityId = claimantEntityId;
      if (claimantAnnotationId !== null) annotation.claim.claimantAnnotationId = claimantAnnotationId;
      if (claimDate !== null) annotation.claim.date = claimDate;
    }
    return annotation;
  });
  const firstStart = (annotation: Pick<Annotation, 'fragments'>) => annotation.fragments[0]?.start ?? 0;
  return annotations.sort((a, b) => firstStart(a) - firstStart(b) || a.id - b.id);
}

export function listAnnotations(db: DatabaseSync, articleId: number): Annotation[] {
  return loadAnnotations(db, BY_ARTICLE, [articleId], WITH_CONTEXT);
}

/**
 * An article's annotations as the window shows them: their quotes without the context. With
 * `within`, only those with a piece in that range: what a long article's first screen shows.
 */
export function listArticleAnnotations(db: DatabaseSync, articleId: number, within?: TextRange): ArticleAnnotation[] {
  if (within === undefined) return loadAnnotations(db, BY_ARTICLE, [articleId], EXACT_ONLY);
  return loadAnnotations(db, IN_ARTICLE_WITHIN, [articleId, within.start, within.end], EXACT_ONLY);
}

/** The annotations with these ids that exist, in text order. */
export function getAnnotations(db: DatabaseSync, ids: readonly number[]): Annotation[] {
  return loadAnnotations(db, BY_IDS, [jsonIds(ids)], WITH_CONTEXT);
}

export function getAnnotation(db: DatabaseSync, id: number): Annotation {
  const annotation = getAnnotations(db, [id])[0];
  if (annotation === undefined) throw notFound('That annotation does not exist (it may have been deleted).');
  return annotation;
}

function exists(db: DatabaseSync, table: 'entity' | 'annotation', id: number): boolean {
  return prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

/** What may be attached depends on the label: entities link to mentions, claim details to claims. */
function checkShape(label: Label, entityId: number | null | undefined, claim: ClaimDetails | null | undefined): void {
  if (label.kind !== 'entity' && label.kind !== 'claim') {
    throw invalid(`“${label.name}” is not a label for marking text; use an entity type or the claim label.`);
  }
  if (entityId !== null && entityId !== undefined && label.kind !== 'entity') {
    throw invalid(`Only entity mentions link to an entity, and “${label.name}” is not an entity type.`);
  }
  if (claim !== null && claim !== undefined && label.kind !== 'claim') {
    throw invalid(`Only a claim has a claimant and attributes, and “${label.name}” is not the claim label.`);
  }
}

function checkClaim(db: DatabaseSync, articleId: number, selfId: number | undefined, claim: ClaimDetails): void {
  const { claimantEntityId, claimantAnnotationId } = claim;
  if (claimantEntityId !== undefined && !exists(db, 'entity', claimantEntityId)) {
    throw notFound('The claimant entity does not exist (it may have been merged or deleted).');
  }
  if (claimantAnnotationId !== undefined) {
    if (claimantAnnotationId === selfId) throw invalid('A claim cannot be its own claimant.');
    const row = prepared(db, 'SELECT article_id FROM annotation WHERE id = ?').get(claimantAnnotationId) as
      { article_id: number } | undefined;
    if (row === undefined) throw notFound('The claimant’s mention does not exist (it may have been deleted).');
    if (row.article_id !== articleId) throw invalid('The claimant’s mention must be in the same article as the claim.');
  }
  for (const entityId of claim.aboutEntityIds) {
    if (!exists(db, 'entity', entityId)) throw notFound('An entity the claim is about does not exist.');
  }
  for (const [attributeKey, valueId] of Object.entries(claim.attributes)) {
    const attribute = getLabel(db, Number(attributeKey));
    const value = getLabel(db, valueId);
    if (attribute.kind !== 'claim-attribute' || attribute.parentId !== null) {
      throw invalid(`“${attribute.name}” is not a claim attribute.`);
    }
    if (value.parentId !== attribute.id) throw invalid(`“${value.name}” is not a value of “${attribute.name}”.`);
  }
}

function writeClaim(db: DatabaseSync, id: number, claim: ClaimDetails | null): void {
  // Deleting the claim row clears its subjects and attributes too (ON DELETE CASCADE).
  prepared(db, 'DELETE FROM claim WHERE annotation_id = ?').run(id);
  if (claim !== null) insertClaim(db, id, claim);
}

/**
 * The claim of an annotation that has none yet. Each statement is prepared only when it has rows
 * to write: with the history's triggers on these tables a prepare costs about half a millisecond,
 * and a claim labelled from the keyboard starts with no subjects and no attributes.
 */
function insertClaim(db: DatabaseSync, id: number, claim: ClaimDetails): void {
  prepared(
    db,
    'INSERT INTO claim (annotation_id, claimant_entity_id, claimant_annotation_id, claim_date) VALUES (?, ?, ?, ?)',
  ).run(id, claim.claimantEntityId ?? null, claim.claimantAnnotationId ?? null, claim.date ?? null);
  if (claim.aboutEntityIds.length > 0) {
    const about = prepared(db, 'INSERT INTO claim_about (annotation_id, entity_id) VALUES (?, ?)');
    for (const entityId of claim.aboutEntityIds) about.run(id, entityId);
  }
  const attributes = Object.entries(claim.attributes);
  if (attributes.length > 0) {
    const attribute = prepared(
      db,
      'INSERT INTO claim_attribute (annotation_id, attribute_label_id, value_label_id) VALUES (?, ?, ?)',
    );
    for (const [attributeId, valueId] of attributes) attribute.run(id, Number(attributeId), valueId);
  }
}

function writeNote(db: DatabaseSync, id: number, note: string | null, stamp: Stamp): void {
  prepared(db, 'DELETE FROM note WHERE annotation_id = ?').run(id);
  if (note === null) return;
  prepared(
    db,
    `INSERT INTO note (uid, annotation_id, text, created_at, updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), id, note, stamp.at, stamp.at, stamp.by, stamp.by);
}

/** Statements and look-ups shared by every annotation of one bulk create. */
class AnnotationWriter {
  private readonly texts: ArticleTexts;
  private readonly labels = new Map<number, Label>();
  private readonly insertAnnotation: StatementSync;
  private readonly insertFragment: StatementSync;

  constructor(
    private readonly db: DatabaseSync,
    private readonly stamp: Stamp,
  ) {
    this.texts = new ArticleTexts(db);
    this.insertAnnotation = prepared(
      db,
      `INSERT INTO annotation (uid, article_id, label_id, entity_id, quote_exact, quote_prefix, quote_suffix,
         created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertFragment = prepared(
      db,
      'INSERT INTO annotation_fragment (annotation_id, seq, start, end) VALUES (?, ?, ?, ?)',
    );
  }

  private label(id: number): Label {
    let label = this.labels.get(id);
    if (label === undefined) {
      label = getLabel(this.db, id);
      this.labels.set(id, label);
    }
    return label;
  }

  write(input: NewAnnotation): number {
    const annotation = parseInput(NewAnnotation, input);
    const text = this.texts.text(annotation.articleId);
    checkShape(this.label(annotation.labelId), annotation.entityId, annotation.claim);
    checkFragmentsInText(text, annotation.fragments);
    if (annotation.entityId !== undefined && !exists(this.db, 'entity', annotation.entityId)) {
      throw notFound('The entity to link does not exist (it may have been merged or deleted).');
    }
    if (annotation.claim !== undefined) checkClaim(this.db, annotation.articleId, undefined, annotation.claim);
    const quote = buildTextQuote(text, annotation.fragments);
    const result = this.insertAnnotation.run(
      randomUUID(),
      annotation.articleId,
      annotation.labelId,
      annotation.entityId ?? null,
      quote.exact,
      quote.prefix,
      quote.suffix,
      this.stamp.at,
      this.stamp.at,
      this.stamp.by,
      this.stamp.by,
    );
    const id = Number(result.lastInsertRowid);
    annotation.fragments.forEach((fragment: TextFragment, seq: number) =>
      this.insertFragment.run(id, seq, fragment.start, fragment.end),
    );
    if (annotation.claim !== undefined) insertClaim(this.db, id, annotation.claim);
    if (annotation.note !== undefined) writeNote(this.db, id, annotation.note, this.stamp);
    return id;
  }
}

export function createAnnotation(db: DatabaseSync, input: NewAnnotation, stamp: Stamp): Annotation {
  return getAnnotation(db, new AnnotationWriter(db, stamp).write(input));
}

/**
 * Creates many annotations ("annotate all occurrences"). The caller runs it in one transaction,
 * so a single bad one leaves none written; the message says which one it was.
 */
export function createAnnotations(db: DatabaseSync, inputs: readonly NewAnnotation[], stamp: Stamp): Annotation[] {
  const writer = new AnnotationWriter(db, stamp);
  const ids = inputs.map((input, i) => {
    try {
      return writer.write(input);
    } catch (error) {
      if (inputs.length > 1 && error instanceof WorkbenchError) {
        error.message = `Annotation ${i + 1} of ${inputs.length}: ${error.message} None were added.`;
      }
      throw error;
    }
  });
  return getAnnotations(db, ids);
}

export function updateAnnotation(db: DatabaseSync, id: number, edit: AnnotationEdit, stamp: Stamp): Annotation {
  const current = getAnnotation(db, id);
  const change = parseInput(AnnotationEdit, edit);
  const label = getLabel(db, change.labelId ?? current.labelId);
  const entityId = change.entityId === undefined ? current.entityId : change.entityId;
  const claim = change.claim === undefined ? current.claim : change.claim;
  checkShape(label, entityId, claim);
  if (entityId !== null && entityId !== undefined && !exists(db, 'entity', entityId)) {
    throw notFound('The entity to link does not exist (it may have been merged or deleted).');
  }
  if (change.claim !== undefined && change.claim !== null) checkClaim(db, current.articleId, id, change.claim);
  prepared(db, 'UPDATE annotation SET label_id = ?, entity_id = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    label.id,
    entityId ?? null,
    stamp.at,
    stamp.by,
    id,
  );
  if (change.claim !== undefined) writeClaim(db, id, change.claim);
  if (change.note !== undefined) writeNote(db, id, change.note, stamp);
  return getAnnotation(db, id);
}

/** Deletes annotations with their fragments, claims, notes and relations (ON DELETE CASCADE). */
export function deleteAnnotations(db: DatabaseSync, ids: readonly number[]): number {
  return Number(
    prepared(db, 'DELETE FROM annotation WHERE id IN (SELECT value FROM json_each(?))').run(jsonIds(ids)).changes,
  );
}

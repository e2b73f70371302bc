import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { quoteIdentifier } from '../history-journal';

/**
 * What a write touched, by the object a view shows: TEMP triggers (as in sqlite.org's undo/redo
 * triggers, which history-journal.ts follows too) map every inserted, updated or deleted row of the
 * project's tables to the objects it is part of — a fragment or claim row to its annotation, an
 * alias to its entity, a mention to its entity's counts — and note them in a TEMP table. The table
 * is part of the transaction: a rolled-back write leaves nothing in it.
 *
 * Updates count only where a column the model shows changed, so rewriting a row with the same
 * values (or an article's updated_at) touches nothing.
 */

/**
 * The kinds of objects a change set reports (`project` has one object, id 0), and two that are
 * about entities' mention counts: `mention` (one mention more or fewer in a live article) and
 * `recount` (counts that changed in a way only counting again tells, such as a trashed article).
 */
export type TouchedKind =
  | 'annotation'
  | 'relation'
  | 'note'
  | 'entity'
  | 'label'
  | 'article'
  | 'article-text'
  | 'document-labels'
  | 'suggestion-rejection'
  | 'suggestion-options'
  | 'project'
  | 'recount'
  | 'gazetteer'
  | 'pattern-set'
  | 'saved-view'
  | 'annotator'
  | 'curation-decision'
  | 'layer';

/** A net change of an entity's mentions in one article outside the trash. */
export interface MentionChange {
  readonly entityId: number;
  readonly articleId: number;
  readonly delta: number;
}

/** A curation decision's place: its rows are known by article and key, not by an id. */
export interface DecisionPlace {
  readonly articleId: number;
  readonly key: string;
}

export interface TouchedRows {
  /** The ids touched, by kind, in ascending order. */
  readonly ids: ReadonlyMap<TouchedKind, readonly number[]>;
  readonly mentions: readonly MentionChange[];
  readonly decisions: readonly DecisionPlace[];
}

type Row = 'old' | 'new';
type TrackedEvent = 'INSERT' | 'UPDATE' | 'DELETE';

interface TrackingRule {
  readonly table: string;
  /** The columns whose change matters to the objects below. */
  readonly columns: readonly string[];
  /** All three where not given. */
  readonly events?: readonly TrackedEvent[];
  /** SELECTs of (kind, id, article_id, delta, key) naming the objects the row is part of. */
  readonly owners: (row: Row) => readonly string[];
}

/** The object `kind` with id `id` (an SQL expression), where `id` is not NULL and `condition` holds. */
function owner(kind: TouchedKind, id: string, condition = 'TRUE'): string {
  return `SELECT '${kind}', ${id}, NULL, NULL, NULL WHERE ${id} IS NOT NULL AND (${condition})`;
}

/** A mention counts only outside the trash (entity-repository.ts); an old row leaves, a new one comes. */
function mention(row: Row): string {
  return `SELECT 'mention', ${row}.entity_id, ${row}.article_id, ${row === 'new' ? 1 : -1}, NULL
    WHERE ${row}.entity_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM main.article WHERE id = ${row}.article_id AND deleted_at IS NULL)`;
}

const ofAnnotation = (row: Row) => [owner('annotation', `${row}.annotation_id`)];
const ofEntity = (row: Row) => [owner('entity', `${row}.entity_id`)];

const ARTICLE_SUMMARY_COLUMNS = [
  'title',
  'char_count',
  'created_at',
  'deleted_at',
  'source',
  'url',
  'author',
  'published_at',
  'language',
  'tag_list',
  'review_status',
  'review_by',
  'review_at',
];

/** Who made and last changed a row of the annotation layer, and when: shown with it (the inspector). */
const AUTHORS = ['created_by', 'created_at', 'updated_by', 'updated_at'];

const TRACKING_RULES: readonly TrackingRule[] = [
  {
    table: 'annotation',
    columns: [
      'article_id',
      'label_id',
      'entity_id',
      'quote_exact',
      'quote_prefix',
      'quote_suffix',
      'orphaned',
      ...AUTHORS,
    ],
    owners: (row) => [owner('annotation', `${row}.id`)],
  },
  { table: 'annotation', columns: ['article_id', 'entity_id'], owners: (row) => [mention(row)] },
  { table: 'annotation_fragment', columns: ['annotation_id', 'seq', 'start', 'end'], owners: ofAnnotation },
  {
    table: 'claim',
    columns: ['annotation_id', 'claimant_entity_id', 'claimant_annotation_id', 'claim_date'],
    owners: ofAnnotation,
  },
  {
    table: 'claim_attribute',
    columns: ['annotation_id', 'attribute_label_id', 'value_label_id'],
    owners: ofAnnotation,
  },
  { table: 'claim_about', columns: ['annotation_id', 'entity_id'], owners: ofAnnotation },
  {
    table: 'relation',
    columns: ['type_label_id', 'source_id', 'target_id', ...AUTHORS],
    owners: (row) => [owner('relation', `${row}.id`)],
  },
  {
    // An annotation's note is part of the annotation; notes on articles and relations are rows of
    // their own. Note rows on entities are shown nowhere (an entity's note is its own column).
    table: 'note',
    columns: ['article_id', 'annotation_id', 'entity_id', 'relation_id', 'text', ...AUTHORS],
    owners: (row) => [
      owner('annotation', `${row}.annotation_id`),
      owner('note', `${row}.id`, `${row}.article_id IS NOT NULL OR ${row}.relation_id IS NOT NULL`),
    ],
  },
  {
    table: 'entity',
    columns: ['type_label_id', 'name', 'note', ...AUTHORS],
    owners: (row) => [owner('entity', `${row}.id`)],
  },
  { table: 'annotator', columns: ['uid', 'name', 'email'], owners: (row) => [owner('annotator', `${row}.id`)] },
  {
    // A new entity may take the id of one deleted before: what was known of its counts is void.
    table: 'entity',
    columns: ['type_label_id', 'name', 'note'],
    events: ['INSERT', 'DELETE'],
    owners: (row) => [owner('recount', `${row}.id`)],
  },
  { table: 'entity_alias', columns: ['entity_id', 'alias'], owners: ofEntity },
  { table: 'entity_external_id', columns: ['entity_id', 'scheme', 'value'], owners: ofEntity },
  {
    table: 'label',
    columns: ['kind', 'name', 'parent_id', 'color', 'hotkey', 'position', 'source_label_ids', 'target_label_ids'],
    owners: (row) => [owner('label', `${row}.id`)],
  },
  {
    table: 'article_label',
    columns: ['article_id', 'label_id'],
    owners: (row) => [owner('document-labels', `${row}.article_id`)],
  },
  {
    table: 'suggestion_rejection',
    // The context too: the review list shows it, and an edit of the text near a rejection rewrites it.
    columns: [
      'article_id',
      'start',
      'end',
      'label_id',
      'quote_exact',
      'quote_prefix',
      'quote_suffix',
      'matched',
      'origin_kind',
      'origin_id',
    ],
    owners: (row) => [owner('suggestion-rejection', `${row}.id`)],
  },
  {
    // The project's matching options are one row of project_meta (suggestion-options.ts).
    table: 'project_meta',
    columns: ['key', 'value'],
    owners: (row) => [owner('suggestion-options', '0', `${row}.key = 'suggestion_options'`)],
  },
  {
    table: 'layer',
    columns: ['uid', 'name', 'annotator_id', 'format', 'file_names', 'imported_at', 'imported_by'],
    owners: (row) => [owner('layer', `${row}.id`)],
  },
  {
    // A layer shows how many annotations and articles it holds; its annotations are read per article.
    table: 'layer_annotation',
    columns: ['layer_id', 'article_id'],
    owners: (row) => [owner('layer', `${row}.layer_id`)],
  },
  { table: 'analysis_view', columns: ['name', 'filter_json'], owners: (row) => [owner('saved-view', `${row}.id`)] },
  {
    table: 'curation_decision',
    columns: ['article_id', 'key', 'choice', 'decided_by', 'decided_at'],
    owners: (row) => [`SELECT 'curation-decision', ${row}.article_id, NULL, NULL, ${row}.key`],
  },
  { table: 'article', columns: ARTICLE_SUMMARY_COLUMNS, owners: (row) => [owner('article', `${row}.id`)] },
  {
    // A new article's text is read when it is opened; only a changed text is sent whole.
    table: 'article',
    columns: ['text', 'blocks_json', 'links_json', 'encoding'],
    events: ['UPDATE'],
    owners: (row) => [owner('article-text', `${row}.id`)],
  },
  {
    // Trashing or restoring changes the article count and the counts of every entity mentioned.
    table: 'article',
    columns: ['deleted_at'],
    owners: (row) => [
      owner('project', '0', `${row}.deleted_at IS NULL`),
      `SELECT DISTINCT 'recount', entity_id, NULL, NULL, NULL FROM main.annotation
       WHERE article_id = ${row}.id AND entity_id IS NOT NULL AND ${row}.deleted_at IS NULL`,
    ],
  },
  {
    table: 'gazetteer',
    columns: ['name', 'file_name', 'imported_at', 'enabled'],
    owners: (row) => [owner('gazetteer', `${row}.id`)],
  },
  {
    // Entries come with their gazetteer's row; they go alone when their label is removed.
    table: 'gazetteer_entry',
    columns: ['gazetteer_id'],
    events: ['DELETE'],
    owners: (row) => [owner('gazetteer', `${row}.gazetteer_id`)],
  },
  {
    table: 'pattern_set',
    columns: ['name', 'file_name', 'builtin', 'imported_at', 'enabled'],
    owners: (row) => [owner('pattern-set', `${row}.id`)],
  },
  {
    // Rules come with their set's row; a built-in rule's label changes, and rules go with their label.
    table: 'pattern_rule',
    columns: ['pattern_set_id', 'label_id'],
    events: ['UPDATE', 'DELETE'],
    owners: (row) => [owner('pattern-set', `${row}.pattern_set_id`)],
  },
];

const TOUCHED_TABLE = `CREATE TEMP TABLE IF NOT EXISTS change_touched (
  kind TEXT NOT NULL, id INTEGER NOT NULL, article_id INTEGER, delta INTEGER, key TEXT)`;

function triggerSql(rule: TrackingRule, index: number, event: TrackedEvent): string {
  const table = `main.${quoteIdentifier(rule.table)}`;
  const columns = rule.columns.map(quoteIdentifier);
  const rows: readonly Row[] = event === 'INSERT' ? ['new'] : event === 'DELETE' ? ['old'] : ['old', 'new'];
  const on =
    event === 'UPDATE'
      ? `UPDATE OF ${columns.join(', ')} ON ${table}
         WHEN ${columns.map((column) => `old.${column} IS NOT new.${column}`).join(' OR ')}`
      : `${event} ON ${table}`;
  // Duplicates are kept rather than checked for on every row; reading them back drops them.
  return `
    CREATE TEMP TRIGGER IF NOT EXISTS ${quoteIdentifier(`change_${rule.table}_${index}_${event.toLowerCase()}`)}
    AFTER ${on}
    BEGIN
      INSERT INTO temp.change_touched (kind, id, article_id, delta, key) ${rows.flatMap(rule.owners).join(' UNION ALL ')};
    END;`;
}

/** The touch triggers on one connection, and the statements that read and clear what they noted. */
export class TouchedRowLog {
  private readonly any: StatementSync;
  private readonly readIds: StatementSync;
  private readonly readMentions: StatementSync;
  private readonly readDecisions: StatementSync;
  private readonly clear: StatementSync;

  /** TEMP objects belong to the connection and outlive transactions, so they are made once, here. */
  constructor(db: DatabaseSync) {
    db.exec(TOUCHED_TABLE);
    TRACKING_RULES.forEach((rule, index) => {
      for (const event of rule.events ?? ['INSERT', 'UPDATE', 'DELETE']) db.exec(triggerSql(rule, index, event));
    });
    this.any = db.prepare('SELECT 1 FROM temp.change_touched LIMIT 1');
    this.readIds = db.prepare(
      "SELECT DISTINCT kind, id FROM temp.change_touched WHERE kind NOT IN ('mention', 'curation-decision') ORDER BY kind, id",
    );
    this.readMentions = db.prepare(
      `SELECT id AS entityId, article_id AS articleId, sum(delta) AS delta FROM temp.change_touched
       WHERE kind = 'mention' GROUP BY id, article_id HAVING sum(delta) <> 0`,
    );
    this.readDecisions = db.prepare(
      "SELECT DISTINCT id AS articleId, key FROM temp.change_touched WHERE kind = 'curation-decision' ORDER BY id, key",
    );
    this.clear = db.prepare('DELETE FROM temp.change_touched');
  }

  /**
   * What was touched since the last call, which forgets it; an untouched log is not written to
   * (a connection made read-only for a test refuses even TEMP writes).
   */
  take(): TouchedRows | null {
    if (this.any.get() === undefined) return null;
    const ids = new Map<TouchedKind, number[]>();
    for (const { kind, id } of this.readIds.all() as { kind: TouchedKind; id: number }[]) {
      const list = ids.get(kind);
      if (list === undefined) ids.set(kind, [id]);
      else list.push(id);
    }
    const mentions = this.readMentions.all() as unknown as MentionChange[];
    const decisions = this.readDecisions.all() as unknown as DecisionPlace[];
    this.clear.run();
    return { ids, mentions, decisions };
  }

  /** Forgets what was touched without reading it, when nobody listens. */
  discard(): void {
    if (this.any.get() !== undefined) this.clear.run();
  }
}

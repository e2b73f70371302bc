import type { DatabaseSync } from 'node:sqlite';

/**
 * The undo journal, after "Automatic Undo/Redo Using SQLite" (sqlite.org/undoredo.html): TEMP
 * triggers on the annotation layer's tables write, for every row an action inserts, updates or
 * deletes, what puts it back. TEMP objects live on this connection only, so the import worker's
 * writes are never journalled, and they vanish with the connection: each open project starts with
 * an empty history.
 *
 * Unlike sqlite.org's version, the old values are kept as a JSON array instead of SQL text: SQL's
 * quote() stops at a NUL character, JSON does not, and replaying binds them to prepared statements.
 */

/** Which side of the changed row a trigger reads. */
type Row = 'old' | 'new';

interface JournalledTable {
  readonly name: string;
  /** The columns an undo restores; all of them where not given. */
  readonly columns?: readonly string[];
  /** Expressions for the articles a row belongs to, so a step knows which articles it changed. */
  readonly articles: (row: Row) => readonly string[];
  /** Columns naming a label, checked before an undo puts the row back (labels change outside history). */
  readonly labels?: readonly string[];
  /** Only updates are journalled: the rows themselves come and go outside history. */
  readonly updatesOnly?: boolean;
}

const articleOfAnnotation = (annotationId: string) =>
  `(SELECT article_id FROM main.annotation WHERE id = ${annotationId})`;
const viaAnnotation = (row: Row) => [articleOfAnnotation(`${row}.annotation_id`)];

const JOURNALLED_TABLES: readonly JournalledTable[] = [
  { name: 'annotation', articles: (row) => [`${row}.article_id`], labels: ['label_id'] },
  { name: 'annotation_fragment', articles: viaAnnotation },
  { name: 'claim', articles: viaAnnotation },
  { name: 'claim_attribute', articles: viaAnnotation, labels: ['attribute_label_id', 'value_label_id'] },
  { name: 'claim_about', articles: viaAnnotation },
  {
    name: 'relation',
    articles: (row) => [articleOfAnnotation(`${row}.source_id`), articleOfAnnotation(`${row}.target_id`)],
    labels: ['type_label_id'],
  },
  {
    name: 'note',
    articles: (row) => [
      `${row}.article_id`,
      articleOfAnnotation(`${row}.annotation_id`),
      articleOfAnnotation(`(SELECT source_id FROM main.relation WHERE id = ${row}.relation_id)`),
      articleOfAnnotation(`(SELECT target_id FROM main.relation WHERE id = ${row}.relation_id)`),
    ],
  },
  { name: 'entity', articles: () => [], labels: ['type_label_id'] },
  { name: 'entity_alias', articles: () => [] },
  { name: 'entity_external_id', articles: () => [] },
  { name: 'article_label', articles: (row) => [`${row}.article_id`], labels: ['label_id'] },
  { name: 'suggestion_rejection', articles: (row) => [`${row}.article_id`], labels: ['label_id'] },
  { name: 'suggestion_acceptance', articles: viaAnnotation },
  { name: 'curation_decision', articles: (row) => [`${row}.article_id`] },
  // A colleague's layer: removing one is a step of its own (its annotations go first, come back after it).
  { name: 'layer', articles: () => [] },
  { name: 'layer_annotation', articles: (row) => [`${row}.article_id`], labels: ['label_id'] },
  {
    name: 'article',
    columns: [
      'text',
      'text_hash',
      'blocks_json',
      'links_json',
      'char_count',
      'updated_at',
      'review_status',
      'review_by',
      'review_at',
    ],
    articles: (row) => [`${row}.id`],
    updatesOnly: true,
  },
];

/** How to put a row back: what the replay does is the inverse of what the action did. */
export type Inverse = 'insert' | 'update' | 'delete';

/** A journalled table as the replay needs it: the column order of the stored values. */
export interface JournalShape {
  readonly columns: readonly string[];
  /** Whether `rowid` is a column of its own; an INTEGER PRIMARY KEY already is the rowid. */
  readonly separateRowid: boolean;
  /** The SQL that replays each inverse on this table, written once rather than for every entry an undo replays. */
  readonly replaySql: Readonly<Record<Inverse, string>>;
}

const HISTORY_TABLES = `
  CREATE TEMP TABLE IF NOT EXISTS history_step (
    id          INTEGER PRIMARY KEY,
    stack       TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
    description TEXT NOT NULL,
    size        INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX IF NOT EXISTS temp.history_step_stack ON history_step(stack, id);
  CREATE TEMP TABLE IF NOT EXISTS history_entry (
    seq        INTEGER PRIMARY KEY,
    step_id    INTEGER NOT NULL REFERENCES history_step(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    inverse    TEXT NOT NULL CHECK (inverse IN ('insert', 'update', 'delete')),
    row_id     INTEGER NOT NULL,
    old_values TEXT
  );
  CREATE INDEX IF NOT EXISTS temp.history_entry_step ON history_entry(step_id, seq);
  CREATE TEMP TABLE IF NOT EXISTS history_article (
    step_id    INTEGER NOT NULL REFERENCES history_step(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (step_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS temp.history_article_article ON history_article(article_id);
  CREATE TEMP TABLE IF NOT EXISTS history_label (
    step_id  INTEGER NOT NULL REFERENCES history_step(id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL,
    uid      TEXT,
    name     TEXT,
    PRIMARY KEY (step_id, label_id)
  ) WITHOUT ROWID;
  -- The step being recorded; empty while nothing is, so untracked writes leave no trace.
  CREATE TEMP TABLE IF NOT EXISTS history_recording (step_id INTEGER NOT NULL);
`;

const RECORDING = 'EXISTS (SELECT 1 FROM temp.history_recording)';

/**
 * An article deleted for good (emptying the trash) or given another text outside history
 * (re-decoding) would leave steps with offsets into a text that is no longer there; the history is
 * dropped rather than let an undo put annotations in the wrong place. Both are rare.
 */
const FORGETTING_TRIGGERS = `
  CREATE TEMP TRIGGER IF NOT EXISTS history_forget_deleted_article AFTER DELETE ON main.article
  WHEN NOT ${RECORDING} AND EXISTS (SELECT 1 FROM temp.history_article WHERE article_id = old.id)
  BEGIN DELETE FROM temp.history_step; END;
  CREATE TEMP TRIGGER IF NOT EXISTS history_forget_retexted_article AFTER UPDATE OF text ON main.article
  WHEN NOT ${RECORDING} AND old.text IS NOT new.text
    AND EXISTS (SELECT 1 FROM temp.history_article WHERE article_id = old.id)
  BEGIN DELETE FROM temp.history_step; END;
`;

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function shapeOf(db: DatabaseSync, table: JournalledTable): JournalShape {
  const info = db.prepare(`PRAGMA main.table_info(${quoteIdentifier(table.name)})`).all() as {
    name: string;
    type: string;
    pk: number;
  }[];
  const keys = info.filter((column) => column.pk > 0);
  const separateRowid = !(keys.length === 1 && keys[0]?.type.toUpperCase() === 'INTEGER');
  const columns = table.columns ?? info.map((column) => column.name);
  const target = `main.${quoteIdentifier(table.name)}`;
  const quoted = columns.map(quoteIdentifier);
  const inserted = separateRowid ? ['rowid', ...quoted] : quoted;
  return {
    columns,
    separateRowid,
    replaySql: {
      delete: `DELETE FROM ${target} WHERE rowid = ?`,
      update: `UPDATE ${target} SET ${quoted.map((c) => `${c} = ?`).join(', ')} WHERE rowid = ?`,
      insert: `INSERT INTO ${target} (${inserted.join(', ')}) VALUES (${inserted.map(() => '?').join(', ')})`,
    },
  };
}

/**
 * The trigger journalling one kind of write to one table. Its inserts avoid duplicates with NOT
 * EXISTS rather than OR IGNORE: a trigger fired by a cascading delete takes the cascade's conflict
 * policy (ABORT) instead of its own.
 */
function triggerSql(table: JournalledTable, shape: JournalShape, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  const row: Row = event === 'INSERT' ? 'new' : 'old';
  const inverse: Inverse = event === 'INSERT' ? 'delete' : event === 'UPDATE' ? 'update' : 'insert';
  const values =
    inverse === 'delete' ? 'NULL' : `json_array(${shape.columns.map((c) => `old.${quoteIdentifier(c)}`).join(', ')})`;
  const articles = table.articles(row).map((expression) => `SELECT ${expression} AS id`);
  // The labels an undo would put back: those of the row as it was before the action.
  const labels =
    row === 'old' ? (table.labels ?? []).map((column) => `SELECT old.${quoteIdentifier(column)} AS id`) : [];
  const of =
    event === 'UPDATE' && table.columns !== undefined ? ` OF ${table.columns.map(quoteIdentifier).join(', ')}` : '';
  return `
    CREATE TEMP TRIGGER IF NOT EXISTS ${quoteIdentifier(`history_${table.name}_${event.toLowerCase()}`)}
    AFTER ${event}${of} ON main.${quoteIdentifier(table.name)} WHEN ${RECORDING}
    BEGIN
      INSERT INTO temp.history_entry (step_id, table_name, inverse, row_id, old_values)
        SELECT step_id, '${table.name}', '${inverse}', ${row}.rowid, ${values} FROM temp.history_recording;
      ${touchedSql('article', articles)}
      ${touchedSql('label', labels)}
    END;`;
}

/**
 * Records, once per step, the articles or labels that the `ids` queries (one id each) name, in
 * temp.history_article or temp.history_label; nothing when there are none.
 */
function touchedSql(kind: 'article' | 'label', ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const table = `temp.history_${kind}`;
  const column = `${kind}_id`;
  return `INSERT INTO ${table} (step_id, ${column})
               SELECT r.step_id, t.id FROM temp.history_recording r, (${ids.join(' UNION ')}) t
               WHERE t.id IS NOT NULL AND NOT EXISTS
                 (SELECT 1 FROM ${table} h WHERE h.step_id = r.step_id AND h.${column} = t.id);`;
}

/** The journal on one connection: the shapes of its tables, read once, and its TEMP triggers. */
export class Journal {
  private readonly tables: readonly { spec: JournalledTable; shape: JournalShape }[];

  constructor(private readonly db: DatabaseSync) {
    this.tables = JOURNALLED_TABLES.map((spec) => ({ spec, shape: shapeOf(db, spec) }));
  }

  shape(table: string): JournalShape {
    const found = this.tables.find(({ spec }) => spec.name === table);
    if (found === undefined) throw new Error(`${table} is not journalled`);
    return found.shape;
  }

  /**
   * Creates the journal unless it is there. It is TEMP, so a rolled-back first action takes it
   * away again; asking each time keeps that from mattering.
   */
  ensure(): void {
    if (this.db.prepare("SELECT 1 FROM temp.sqlite_master WHERE name = 'history_recording'").get() !== undefined) {
      return;
    }
    this.db.exec(HISTORY_TABLES);
    this.db.exec(FORGETTING_TRIGGERS);
    for (const { spec, shape } of this.tables) {
      const events = spec.updatesOnly === true ? (['UPDATE'] as const) : (['INSERT', 'UPDATE', 'DELETE'] as const);
      for (const event of events) this.db.exec(triggerSql(spec, shape, event));
    }
  }
}

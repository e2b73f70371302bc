import { DatabaseSync, type SQLOutputValue, type StatementSync } from 'node:sqlite';
import { summaryDrift } from '../../../support/analysis-summaries';

export type Row = Record<string, string | number | null>;
/** Every row of every table, by table and rowid: the project file's whole content. */
export type Dump = Record<string, Record<number, Row>>;
export interface ForeignKey {
  readonly table: string;
  readonly column: string;
  readonly parent: string;
}

/**
 * What undo and redo own: the annotation layer's tables, and the text of articles (main/store/
 * history-journal.ts journals these). Everything else (articles' metadata, tags, labels) changes
 * outside history and must stay as it is when a step is undone or redone. An article's updated_at
 * is on neither side: both text edits (in history) and metadata edits (outside) set it.
 */
const HISTORY_TABLES = new Set([
  'annotation',
  'annotation_fragment',
  'claim',
  'claim_attribute',
  'claim_about',
  'relation',
  'note',
  'entity',
  'entity_alias',
  'entity_external_id',
  'article_label',
  'suggestion_rejection',
  'suggestion_acceptance',
]);
/**
 * Neither: a counter every registry change raises, so each connection knows its suggestion matchers
 * are stale (main/store/suggestions/source-version.ts), which only ever goes up, undo included; and
 * the block languages guessed for an article's text (main/store/article-block-languages.ts), which
 * an edit writes and an undo leaves, as they name the text they were guessed for.
 */
const UNOWNED_TABLES = new Set(['suggestion_source_version', 'article_block_language']);
/**
 * Derived: the analysis summaries follow whatever their source rows do, undo included, with rowids
 * of their own; they are checked against a recount instead (summaryDrift).
 */
const DERIVED_TABLES = new Set(['entity_article_count', 'entity_summary', 'article_label_count']);
const ARTICLE_HISTORY_COLUMNS = [
  'text',
  'text_hash',
  'blocks_json',
  'links_json',
  'char_count',
  // The first annotation of a new article starts its review, in the same step.
  'review_status',
  'review_by',
  'review_at',
];
const ARTICLE_SHARED_COLUMNS = ['updated_at'];

/** A second, read-only connection to a project file, reading committed states for comparison. */
export class DumpReader {
  private readonly db: DatabaseSync;
  private readonly tables: string[];
  private readonly selects = new Map<string, StatementSync>();

  constructor(private readonly path: string) {
    this.db = new DatabaseSync(path, { readOnly: true });
    this.tables = (
      this.db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE 'article_fts%' ORDER BY name`,
        )
        .all() as { name: string }[]
    ).map((table) => table.name);
  }

  dump(): Dump {
    const dump: Dump = {};
    for (const table of this.tables) {
      const rows: Record<number, Row> = {};
      let select = this.selects.get(table);
      if (select === undefined) {
        select = this.db.prepare(`SELECT rowid AS "rowid#", * FROM "${table}" ORDER BY rowid`);
        this.selects.set(table, select);
      }
      for (const row of select.all()) {
        const { 'rowid#': rowid, ...columns } = row;
        rows[Number(rowid)] = Object.fromEntries(
          Object.entries(columns).map(([name, value]) => [name, comparable(value)]),
        );
      }
      dump[table] = rows;
    }
    return dump;
  }

  /** Where the analysis summaries differ from a recount of the annotations; empty when right. */
  summaryDrift(): string[] {
    return summaryDrift(this.db);
  }

  /** Every foreign key of the project's tables; each refers to its parent's rowid (INTEGER PRIMARY KEY). */
  foreignKeys(): ForeignKey[] {
    return this.tables.flatMap((table) =>
      (this.db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string }[]).map(
        (key) => ({ table, column: key.from, parent: key.table }),
      ),
    );
  }

  /** Problems `PRAGMA integrity_check`, `foreign_key_check` and the full-text index's own check find. */
  problems({ full }: { full: boolean }): string[] {
    const problems = (this.db.prepare('PRAGMA foreign_key_check').all() as Record<string, unknown>[]).map(
      (row) => `foreign key: ${JSON.stringify(row)}`,
    );
    if (!full) return problems;
    for (const { integrity_check: result } of this.db.prepare('PRAGMA integrity_check').all() as {
      integrity_check: string;
    }[]) {
      if (result !== 'ok') problems.push(`integrity: ${result}`);
    }
    // The index must agree with the article table it indexes (text edits and their undo rewrite both).
    const check = new DatabaseSync(this.path);
    try {
      check.exec("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)");
    } catch (error) {
      problems.push(`full-text index: ${(error as Error).message}`);
    } finally {
      check.close();
    }
    return problems;
  }

  close(): void {
    this.db.close();
  }
}

function comparable(value: SQLOutputValue): string | number | null {
  if (value instanceof Uint8Array) return `blob:${Buffer.from(value).toString('base64')}`;
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** The part of a dump that undo and redo own. */
export function historyPart(dump: Dump): Dump {
  const part: Dump = {};
  for (const [table, rows] of Object.entries(dump)) {
    if (HISTORY_TABLES.has(table)) part[table] = rows;
  }
  part.article = mapRows(dump.article ?? {}, (row) => pick(row, ARTICLE_HISTORY_COLUMNS));
  return part;
}

/** The part of a dump that changes only outside history. */
export function outsidePart(dump: Dump): Dump {
  const part: Dump = {};
  for (const [table, rows] of Object.entries(dump)) {
    if (!HISTORY_TABLES.has(table) && !UNOWNED_TABLES.has(table) && !DERIVED_TABLES.has(table) && table !== 'article') {
      part[table] = rows;
    }
  }
  const own = Object.keys(Object.values(dump.article ?? {})[0] ?? {}).filter(
    (column) => !ARTICLE_HISTORY_COLUMNS.includes(column) && !ARTICLE_SHARED_COLUMNS.includes(column),
  );
  part.article = mapRows(dump.article ?? {}, (row) => pick(row, own));
  return part;
}

function mapRows(rows: Record<number, Row>, map: (row: Row) => Row): Record<number, Row> {
  return Object.fromEntries(Object.entries(rows).map(([rowid, row]) => [rowid, map(row)]));
}

function pick(row: Row, columns: readonly string[]): Row {
  return Object.fromEntries(columns.map((column) => [column, row[column] ?? null]));
}

import type { DatabaseSync } from 'node:sqlite';
import type {
  RejectionsPage,
  RejectionsQuery,
  Suggestion,
  SuggestionRejection,
} from '../../../shared/model/suggestion';
import { allOf, anyOf, containsText, sqlPart, type SqlPart } from '../analysis/analysis-sql';
import { foldForSearch } from '../../../shared/text/search-fold';
import { jsonIds } from '../store-input';
import { ArticleTexts } from '../article-texts';
import { currentQuote } from './current-quote';
import { originColumns, originOf, type OriginColumns } from './origin-columns';

interface RejectionRow extends OriginColumns {
  id: number;
  article_id: number;
  article_title: string;
  start: number;
  end: number;
  label_id: number;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  matched: string;
  rejected_at: string;
}

/** A rejection as filtering needs it: it holds while the text at its place is still its quote. */
export interface RejectedSpan {
  readonly start: number;
  readonly end: number;
  readonly labelId: number;
  readonly exact: string;
}

const SELECT_REJECTIONS = `SELECT r.id, r.article_id, a.title AS article_title, r.start, r.end, r.label_id, r.quote_exact,
    r.quote_prefix, r.quote_suffix, r.matched, r.origin_kind, r.origin_id, r.rejected_at
  FROM suggestion_rejection r JOIN article a ON a.id = r.article_id`;

function rejectionOf(row: RejectionRow): SuggestionRejection {
  return {
    id: row.id,
    articleId: row.article_id,
    articleTitle: row.article_title,
    start: row.start,
    end: row.end,
    labelId: row.label_id,
    quote: { exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
    matched: row.matched,
    origin: originOf(row),
    rejectedAt: row.rejected_at,
  };
}

/**
 * Remembers suggestions as turned down; one already rejected at the same place with the same label
 * is not remembered twice. Refused, with nothing written, when a suggestion's text has changed.
 */
export function rejectSuggestions(db: DatabaseSync, suggestions: readonly Suggestion[], now: string): number {
  const texts = new ArticleTexts(db);
  const known = db.prepare(
    'SELECT 1 FROM suggestion_rejection WHERE article_id = ? AND start = ? AND end = ? AND label_id = ? AND quote_exact = ?',
  );
  const insert = db.prepare(
    `INSERT INTO suggestion_rejection (article_id, start, end, label_id, quote_exact, quote_prefix, quote_suffix,
       matched, origin_kind, origin_id, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let count = 0;
  for (const suggestion of suggestions) {
    const quote = currentQuote(texts, suggestion);
    const { articleId, start, end, labelId } = suggestion;
    if (known.get(articleId, start, end, labelId, quote.exact) !== undefined) continue;
    const origin = originColumns(suggestion.origin);
    insert.run(
      articleId,
      start,
      end,
      labelId,
      quote.exact,
      quote.prefix,
      quote.suffix,
      suggestion.matched,
      origin.origin_kind,
      origin.origin_id,
      now,
    );
    count++;
  }
  return count;
}

export function forgetRejections(db: DatabaseSync, ids: readonly number[]): number {
  return Number(
    db.prepare('DELETE FROM suggestion_rejection WHERE id IN (SELECT value FROM json_each(?))').run(jsonIds(ids))
      .changes,
  );
}

const NEWEST_FIRST = 'ORDER BY r.rejected_at DESC, r.id DESC';

/** Every rejection, newest first. */
export function listRejections(db: DatabaseSync): SuggestionRejection[] {
  const rows = db.prepare(`${SELECT_REJECTIONS} ${NEWEST_FIRST}`).all();
  return (rows as unknown as RejectionRow[]).map(rejectionOf);
}

/**
 * The rejections the filter finds: in the quote, the label's name or the article's title. Labels and
 * articles are looked through once each, not once for every rejection of theirs.
 */
function foundBy(db: DatabaseSync, filter: string): SqlPart {
  if (foldForSearch(filter) === '') return sqlPart('TRUE');
  const inTable = (column: string, table: string, textColumn: string): SqlPart => {
    const contains = containsText(db, `x.${textColumn}`, filter);
    return { sql: `${column} IN (SELECT x.id FROM ${table} x WHERE ${contains.sql})`, params: contains.params };
  };
  return anyOf([
    containsText(db, 'r.quote_exact', filter),
    inTable('r.label_id', 'label', 'name'),
    inTable('r.article_id', 'article', 'title'),
  ]);
}

/** One page of the rejections, newest first, with how many there are and how many the filter finds. */
export function pageRejections(db: DatabaseSync, query: RejectionsQuery): RejectionsPage {
  const found = foundBy(db, query.filter);
  const after =
    query.after === null
      ? sqlPart('TRUE')
      : sqlPart('(r.rejected_at, r.id) < (?, ?)', query.after.rejectedAt, query.after.id);
  const where = allOf([found, after]);
  // One row more than asked says whether another page follows.
  const rows = db
    .prepare(`${SELECT_REJECTIONS} WHERE ${where.sql} ${NEWEST_FIRST} LIMIT ?`)
    .all(...where.params, query.limit + 1) as unknown as RejectionRow[];
  const count = (part: SqlPart): number => {
    const sql = `SELECT count(*) AS n FROM suggestion_rejection r WHERE ${part.sql}`;
    return (db.prepare(sql).get(...part.params) as { n: number }).n;
  };
  const total = count(sqlPart('TRUE'));
  return {
    total,
    matching: found.sql === 'TRUE' ? total : count(found),
    rows: rows.slice(0, query.limit).map(rejectionOf),
    more: rows.length > query.limit,
  };
}

/** The rejections with these ids that exist. */
export function getRejections(db: DatabaseSync, ids: readonly number[]): SuggestionRejection[] {
  const rows = db.prepare(`${SELECT_REJECTIONS} WHERE r.id IN (SELECT value FROM json_each(?))`).all(jsonIds(ids));
  return (rows as unknown as RejectionRow[]).map(rejectionOf);
}

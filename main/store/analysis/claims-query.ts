import type { DatabaseSync } from 'node:sqlite';
import type { AnalysisFilter } from '../../../shared/model/analysis-filter';
import type {
  ClaimColumn,
  ClaimGroup,
  ClaimGrouping,
  ClaimRow,
  ClaimsPage,
  ClaimsPageQuery,
  ClaimsQuery,
} from '../../../shared/model/analysis';
import { allOf, allRows, anyOf, containsText, inList, sqlPart, type SqlPart } from './analysis-sql';
import { articleSql, annotationSql, narrowsAnnotations } from './analysis-scope';

/**
 * The claims table's rows, worked out on the store's connection: claims are annotations with the
 * claim label, joined to their claim details, claimant and article. Only the page asked for is read
 * whole; the order is found over the ids alone.
 */

const CLAIM_LABELS = "a.label_id IN (SELECT id FROM label WHERE kind = 'claim')";

/** Each column's value in SQL, as it is sorted, filtered and grouped. */
function columnSql(column: ClaimColumn): string {
  switch (column) {
    case 'text':
      return 'a.quote_exact';
    case 'claimant':
      return 'coalesce(ce.name, cme.name, cm.quote_exact)';
    case 'about':
      return `(SELECT group_concat(e.name, '; ') FROM claim_about ab JOIN entity e ON e.id = ab.entity_id
               WHERE ab.annotation_id = a.id)`;
    case 'date':
      return 'coalesce(c.claim_date, ar.published_at)';
    case 'article':
      return 'ar.title';
    case 'source':
      return 'ar.source';
    default: {
      const attributeId = Number(column.slice('attribute:'.length));
      return `(SELECT v.name FROM claim_attribute ca JOIN label v ON v.id = ca.value_label_id
               WHERE ca.annotation_id = a.id AND ca.attribute_label_id = ${attributeId})`;
    }
  }
}

/**
 * Live articles the filter keeps, read once from a covering index instead of per claim, with only
 * the columns the rest of the statement (`uses`) reads (copying every title into the list costs
 * a few ms of each query at corpus scale); then the claim details and claimant only where it
 * reads them, as SQLite keeps an unused LEFT JOIN.
 */
function scopedFrom(filter: AnalysisFilter, uses: string): { cte: SqlPart; from: string } {
  const where = articleSql(filter, { entitiesAndLabels: false });
  const columns = ['published_at', 'source', 'title'].filter((column) => new RegExp(`\\bar\\.${column}\\b`).test(uses));
  const claimant = /\b(?:ce|cm|cme)\./.test(uses);
  const details = claimant || /\bc\./.test(uses);
  return {
    cte: sqlPart(
      `WITH live AS MATERIALIZED (SELECT ${['id', ...columns].map((column) => `ar.${column}`).join(', ')}
       FROM article ar WHERE ${where.sql})`,
      ...where.params,
    ),
    from: [
      'FROM annotation a JOIN live ar ON ar.id = a.article_id',
      details ? 'LEFT JOIN claim c ON c.annotation_id = a.id' : '',
      claimant
        ? `LEFT JOIN entity ce ON ce.id = c.claimant_entity_id
           LEFT JOIN annotation cm ON cm.id = c.claimant_annotation_id
           LEFT JOIN entity cme ON cme.id = cm.entity_id`
        : '',
    ].join(' '),
  };
}

function whereSql(db: DatabaseSync, query: ClaimsQuery): SqlPart {
  const parts: SqlPart[] = [sqlPart(CLAIM_LABELS), annotationSql(query.filter, { asTest: true, claimsOnly: true })];
  for (const { column, contains } of query.columnFilters) parts.push(containsText(db, columnSql(column), contains));
  const search = query.search.trim();
  if (search !== '') {
    parts.push(
      anyOf(
        (['text', 'claimant', 'about', 'article'] as const).map((column) =>
          containsText(db, columnSql(column), search),
        ),
      ),
    );
  }
  return allOf(parts);
}

function orderSql(query: ClaimsQuery): string {
  const direction = query.sort.descending ? 'DESC' : 'ASC';
  const sort = `${columnSql(query.sort.column)} COLLATE NOCASE ${direction}, a.id ${direction}`;
  if (query.groupBy === null) return sort;
  const key = columnSql(query.groupBy);
  return `(${key}) IS NULL, ${key} COLLATE NOCASE, ${sort}`;
}

/**
 * The claim ids of the query in table order; only the first `first` of them when given, which
 * SQLite finds with a bounded sort instead of ordering every claim (measured at corpus scale:
 * about a quarter of the CPU time).
 */
export function orderedClaimIds(db: DatabaseSync, query: ClaimsQuery, first?: number): number[] {
  return claimIdRows(db, query, first === undefined ? {} : { first }).map((row) => row.id);
}

/**
 * The rows of the table-order statement; with `counted`, each also carries how many claims the
 * query keeps in all, counted by the statement that finds them.
 */
function claimIdRows(
  db: DatabaseSync,
  query: ClaimsQuery,
  options: { first?: number; counted?: boolean },
): { id: number; total: number | null }[] {
  const where = whereSql(db, query);
  const order = orderSql(query);
  const { cte, from } = scopedFrom(query.filter, `${where.sql} ${order}`);
  const limit = options.first === undefined ? sqlPart('') : sqlPart('LIMIT ?', options.first);
  const total = options.counted === true ? 'count(*) OVER ()' : 'NULL';
  return allRows<{ id: number; total: number | null }>(
    db,
    `${cte.sql} SELECT a.id AS id, ${total} AS total ${from} WHERE ${where.sql} ORDER BY ${order} ${limit.sql}`,
    cte,
    where,
    limit,
  );
}

function narrowsClaims(query: ClaimsQuery): boolean {
  return query.columnFilters.length > 0 || query.search.trim() !== '' || narrowsAnnotations(query.filter);
}

/**
 * The first `first` claim ids of the query in table order and how many claims it keeps. When
 * only articles are narrowed, the summary of annotations per article and label answers the count
 * without reading the claims. Otherwise the statement that finds the first ids counts them all
 * too (a window over its rows before the bounded sort), where a second statement would find
 * every claim again: at corpus scale that was a third to half of a filter change's CPU time.
 */
function firstClaimIds(db: DatabaseSync, query: ClaimsQuery, first: number): { ids: number[]; total: number } {
  if (narrowsClaims(query)) {
    const rows = claimIdRows(db, query, { first, counted: true });
    return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
  }
  const articles = articleSql(query.filter, { entitiesAndLabels: false });
  const total =
    allRows<{ n: number | null }>(
      db,
      `SELECT sum(annotations) AS n FROM article_label_count
       WHERE label_id IN (SELECT id FROM label WHERE kind = 'claim')
         AND article_id IN (SELECT ar.id FROM article ar WHERE ${articles.sql})`,
      articles,
    )[0]?.n ?? 0;
  return { ids: orderedClaimIds(db, query, first), total };
}

function claimGroups(db: DatabaseSync, query: ClaimsQuery, grouping: ClaimGrouping): ClaimGroup[] {
  const where = whereSql(db, query);
  const key = columnSql(grouping);
  const { cte, from } = scopedFrom(query.filter, `${where.sql} ${key}`);
  return allRows<ClaimGroup>(
    db,
    `${cte.sql} SELECT ${key} AS key, count(*) AS count ${from} WHERE ${where.sql}
     GROUP BY ${key} COLLATE NOCASE ORDER BY (${key}) IS NULL, ${key} COLLATE NOCASE`,
    cte,
    where,
  ).map((group) => ({ ...group }));
}

interface DetailRow {
  annotationId: number;
  articleId: number;
  start: number;
  text: string;
  before: string;
  after: string;
  claimantEntityId: number | null;
  claimantName: string | null;
  aboutJson: string | null;
  attributesJson: string | null;
  date: string | null;
  articleTitle: string;
  source: string | null;
}

/** The claims with these ids, in the order given. */
export function claimRows(db: DatabaseSync, ids: readonly number[]): ClaimRow[] {
  if (ids.length === 0) return [];
  const list = inList(ids);
  const rows = allRows<DetailRow>(
    db,
    `SELECT a.id AS annotationId, a.article_id AS articleId,
       (SELECT min(start) FROM annotation_fragment WHERE annotation_id = a.id) AS start,
       a.quote_exact AS text, a.quote_prefix AS before, a.quote_suffix AS after,
       coalesce(c.claimant_entity_id, cm.entity_id) AS claimantEntityId,
       coalesce(ce.name, cme.name, cm.quote_exact) AS claimantName,
       (SELECT json_group_array(json_object('id', e.id, 'name', e.name)) FROM claim_about ab
          JOIN entity e ON e.id = ab.entity_id WHERE ab.annotation_id = a.id) AS aboutJson,
       (SELECT json_group_object(attribute_label_id, value_label_id) FROM claim_attribute
          WHERE annotation_id = a.id) AS attributesJson,
       coalesce(c.claim_date, ar.published_at) AS date, ar.title AS articleTitle, ar.source AS source
     FROM annotation a
       JOIN article ar ON ar.id = a.article_id
       LEFT JOIN claim c ON c.annotation_id = a.id
       LEFT JOIN entity ce ON ce.id = c.claimant_entity_id
       LEFT JOIN annotation cm ON cm.id = c.claimant_annotation_id
       LEFT JOIN entity cme ON cme.id = cm.entity_id
     WHERE a.id ${list.sql}`,
    list,
  );
  const byId = new Map(rows.map((row) => [row.annotationId, toClaimRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function toClaimRow(row: DetailRow): ClaimRow {
  const about = JSON.parse(row.aboutJson ?? '[]') as { id: number; name: string }[];
  return {
    annotationId: row.annotationId,
    articleId: row.articleId,
    start: row.start,
    text: row.text,
    before: row.before,
    after: row.after,
    claimant: row.claimantName === null ? null : { entityId: row.claimantEntityId, name: row.claimantName },
    about: about.sort((x, y) => x.name.localeCompare(y.name)),
    attributes: JSON.parse(row.attributesJson ?? '{}') as Record<string, number>,
    date: row.date,
    articleTitle: row.articleTitle,
    source: row.source,
  };
}

interface OrderedClaims {
  readonly key: string;
  /** The query's claim ids in table order: all of them, or the first screens only (`ids.length < total`). */
  readonly ids: readonly number[];
  readonly total: number;
  readonly groups: ClaimGroup[] | null;
}

/**
 * The claims a first screen reads in order without ordering them all: a new query (a filter, a
 * sort) shows its top rows from a bounded sort and its total from a count; the whole order is
 * worked out only once the table scrolls past them.
 */
const FIRST_SCREENS = 1000;

/** The last query's order on each connection, until the project changes (scrolling asks for the same order again). */
const lastOrder = new WeakMap<DatabaseSync, OrderedClaims>();

/**
 * What has been committed on any connection (data_version) and on this one (total_changes): the
 * order of a query is kept only while neither moves.
 */
function projectVersion(db: DatabaseSync): string {
  const row = db.prepare('SELECT total_changes() AS own').get() as { own: number };
  const version = db.prepare('PRAGMA data_version').get() as { data_version: number };
  return `${version.data_version}:${row.own}`;
}

function orderFor(
  db: DatabaseSync,
  key: string,
  query: ClaimsQuery,
  end: number,
  known?: OrderedClaims,
): OrderedClaims {
  if (known?.key === key && (end <= known.ids.length || known.ids.length === known.total)) return known;
  if (known?.key === key || end > FIRST_SCREENS) {
    const ids = orderedClaimIds(db, query);
    return { key, ids, total: ids.length, groups: known?.key === key ? known.groups : groupsOf(db, query) };
  }
  return { key, ...firstClaimIds(db, query, FIRST_SCREENS), groups: groupsOf(db, query) };
}

function groupsOf(db: DatabaseSync, query: ClaimsQuery): ClaimGroup[] | null {
  return query.groupBy === null ? null : claimGroups(db, query, query.groupBy);
}

/**
 * One window of the claims table, with the total and, when grouped, every group's count. The
 * order of the query's claims is worked out (ids only) and kept, so the pages that scroll into
 * sight after the first are a slice and a read of their rows.
 */
export function claimsPage(db: DatabaseSync, query: ClaimsPageQuery): ClaimsPage {
  const { offset, limit, ...ordered } = query;
  const key = `${projectVersion(db)}\n${JSON.stringify(ordered)}`;
  const order = orderFor(db, key, ordered, offset + limit, lastOrder.get(db));
  lastOrder.set(db, order);
  return {
    total: order.total,
    offset,
    rows: claimRows(db, order.ids.slice(offset, offset + limit)),
    groups: order.groups,
  };
}

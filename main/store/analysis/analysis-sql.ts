import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { foldForSearch } from '../../../shared/text/search-fold';

/** A piece of SQL with the values of its placeholders, in order. */
export interface SqlPart {
  readonly sql: string;
  readonly params: readonly SQLInputValue[];
}

export function sqlPart(sql: string, ...params: SQLInputValue[]): SqlPart {
  return { sql, params };
}

/** The parts joined with AND; no parts hold for every row. */
export function allOf(parts: readonly SqlPart[]): SqlPart {
  if (parts.length === 0) return sqlPart('TRUE');
  return { sql: parts.map((part) => `(${part.sql})`).join(' AND '), params: parts.flatMap((part) => part.params) };
}

export function anyOf(parts: readonly SqlPart[]): SqlPart {
  return { sql: parts.map((part) => `(${part.sql})`).join(' OR '), params: parts.flatMap((part) => part.params) };
}

/** `IN` a list handed over as one JSON parameter, so a statement's text does not grow with the list. */
export function inList(values: readonly (string | number)[]): SqlPart {
  return sqlPart('IN (SELECT value FROM json_each(?))', JSON.stringify(values));
}

const withContains = new WeakSet<DatabaseSync>();

/**
 * `expression` contains `text` as the entity search compares names: without accents, case or ß
 * ("schoigu" finds “Schoigu”). The SQL function is installed on the connection the first time.
 */
export function containsText(db: DatabaseSync, expression: string, text: string): SqlPart {
  if (!withContains.has(db)) {
    db.function('analysis_contains', { deterministic: true }, (haystack, needle) =>
      typeof haystack === 'string' && typeof needle === 'string' && foldForSearch(haystack).includes(needle) ? 1 : 0,
    );
    withContains.add(db);
  }
  return sqlPart(`analysis_contains(${expression}, ?)`, foldForSearch(text));
}

/** Runs a statement with the parts' parameters, in order. */
export function allRows<Row>(db: DatabaseSync, sql: string, ...parts: SqlPart[]): Row[] {
  return db.prepare(sql).all(...parts.flatMap((part) => part.params)) as Row[];
}

import type { DatabaseSync, StatementSync } from 'node:sqlite';

const statements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/** Far more than the store's distinct statements; past it, SQL that varies without bound is prepared each time. */
const MAX_KEPT_PER_CONNECTION = 500;

/**
 * A statement prepared once per connection and reused. With the history's triggers on the
 * annotation tables, preparing costs about half a millisecond, so a label key that prepared its
 * dozen statements anew spent more on that than on writing. SQLite re-prepares a cached statement by
 * itself after a schema change. Only for statements run with run/get/all: an iterate() still open
 * would be reset by the next user of the same statement.
 */
export function prepared(db: DatabaseSync, sql: string): StatementSync {
  let cache = statements.get(db);
  if (cache === undefined) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    if (cache.size < MAX_KEPT_PER_CONNECTION) cache.set(sql, statement);
  }
  return statement;
}

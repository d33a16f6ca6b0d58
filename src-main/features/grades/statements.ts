import type { Statement as SqliteStatement } from 'better-sqlite3';
import type { Sqlite } from '../../db/connection';

type Statement = SqliteStatement<unknown[], unknown>;
const cache = new WeakMap<Sqlite, Map<string, Statement>>();

/**
 * A prepared statement kept per connection: the card transcript must answer in ~1 ms, and
 * preparing (or drizzle building) SQL text on every call costs a good part of that.
 */
export function stmt(db: Sqlite, sql: string): Statement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let s = map.get(sql);
  if (!s) {
    s = db.prepare<unknown[], unknown>(sql);
    map.set(sql, s);
  }
  return s;
}

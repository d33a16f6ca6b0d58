import type { Sqlite } from '../../../db/connection';
import type { Db } from '../../../db/store';

/**
 * The connection under a drizzle handle: the grades and attendance readers that loaders reuse take a
 * raw connection (prepared statements kept per connection). Every `Db` of the store is made by
 * `drizzle(connection)`, which sets `$client`; the exported `Db` type just does not carry it. Inside an
 * issue this is the writer's connection, so the loader sees the command's own transaction.
 */
export function sqliteOf(db: Db): Sqlite {
  return (db as Db & { $client: Sqlite }).$client;
}

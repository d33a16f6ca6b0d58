import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyReaderPragmas,
  applyWriterPragmas,
  assertLocalDisk,
  assertSqliteVersion,
  openRaw,
  type Sqlite,
} from './connection';
import { guardDatabase, migrate, type MigrationReport } from './migrate';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export const DB_FILE_NAME = 'registrator.sqlite';

/**
 * The database of one workstation. `writer` is the only connection that may change data and is
 * used only by the command runner; everything else reads through `db`, a read-only connection,
 * so no code can write around the audited path.
 */
export interface Store {
  file: string;
  dataDir: string;
  backupDir: string;
  writer: Sqlite;
  writerDb: Db;
  reader: Sqlite;
  db: Db;
  migration: MigrationReport;
  close(): void;
}

export function dataPaths(dataDir: string): { file: string; backupDir: string } {
  return { file: join(dataDir, DB_FILE_NAME), backupDir: join(dataDir, 'backups') };
}

export function openStore(opts: { dataDir: string; clock: Clock; appVersion: string }): Store {
  if (!existsSync(opts.dataDir)) mkdirSync(opts.dataDir, { recursive: true });
  assertLocalDisk(opts.dataDir);
  const { file, backupDir } = dataPaths(opts.dataDir);
  const writer = openRaw(file);
  try {
    assertSqliteVersion(writer);
    // Guard before the first write (WAL mode itself is a write to the header).
    guardDatabase(writer);
    applyWriterPragmas(writer);
    const migration = migrate(writer, { backupDir, appVersion: opts.appVersion, now: () => opts.clock.now() });
    const reader = openRaw(file, { readonly: true, fileMustExist: true });
    applyReaderPragmas(reader);
    const store: Store = {
      file,
      dataDir: opts.dataDir,
      backupDir,
      writer,
      writerDb: drizzle(writer, { schema }),
      reader,
      db: drizzle(reader, { schema }),
      migration,
      close() {
        reader.close();
        writer.close();
      },
    };
    return store;
  } catch (err) {
    writer.close();
    throw err;
  }
}

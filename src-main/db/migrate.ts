import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../src-shared/errors';
import type { Sqlite } from './connection';
import { MIGRATIONS, type EmbeddedMigration } from './migrations';

export const APP_ID = 'registrator';

export interface MigrationReport {
  from: number;
  to: number;
  applied: string[];
  backupFile: string | null;
}

/** Number of migrations the database has applied; kept in the file header (`PRAGMA user_version`). */
export function schemaVersionOf(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function hasTable(db: Sqlite, name: string): boolean {
  return db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
}

/**
 * Refuses a database this app must not touch, before anything is written to it:
 * a file of another program, or one written by a newer Registrator (more migrations than we know).
 */
export function guardDatabase(db: Sqlite, known: readonly EmbeddedMigration[] = MIGRATIONS): void {
  const version = schemaVersionOf(db);
  const tableCount = (db.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number })
    .n;
  if (tableCount > 0) {
    const isOurs =
      hasTable(db, 'app_meta') &&
      (db.prepare("select value from app_meta where key = 'app_id'").get() as { value: string } | undefined)?.value ===
        APP_ID;
    if (!isOurs) {
      throw new AppError('CONFLICT', 'error.notRegistratorDb', 'This file is not a Registrator database.');
    }
  }
  if (version > known.length) {
    throw new AppError(
      'CONFLICT',
      'error.dbTooNew',
      `This database was written by a newer Registrator (schema ${version}, this app knows ${known.length}). Update the app; nothing was changed.`,
      { params: { dbVersion: version, appVersion: known.length } },
    );
  }
}

function splitStatements(sql: string): string[] {
  return sql
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies pending migrations: `VACUUM INTO` a backup first (when the database already holds data),
 * then every pending migration in ONE transaction; the schema version moves only on commit.
 */
export function migrate(
  db: Sqlite,
  opts: { backupDir: string; appVersion: string; now: () => Date; known?: readonly EmbeddedMigration[] },
): MigrationReport {
  const known = opts.known ?? MIGRATIONS;
  guardDatabase(db, known);
  const from = schemaVersionOf(db);
  const pending = known.slice(from);
  const report: MigrationReport = { from, to: from, applied: [], backupFile: null };
  if (pending.length === 0) return report;

  if (from > 0) {
    if (!existsSync(opts.backupDir)) mkdirSync(opts.backupDir, { recursive: true });
    const stamp = opts.now().toISOString().replace(/[:.]/g, '-');
    const file = join(opts.backupDir, `pre-migration-v${from}-${stamp}.sqlite`);
    db.prepare('VACUUM INTO ?').run(file);
    report.backupFile = file;
  }

  const apply = db.transaction(() => {
    for (const migration of pending) {
      for (const statement of splitStatements(migration.sql)) db.exec(statement);
      report.applied.push(migration.tag);
    }
    db.exec(`create table if not exists schema_migrations (
      idx integer primary key, tag text not null, hash text not null, applied_at text not null, app_version text not null)`);
    const insert = db.prepare(
      'insert into schema_migrations (idx, tag, hash, applied_at, app_version) values (?, ?, ?, ?, ?)',
    );
    pending.forEach((m, i) => insert.run(from + i, m.tag, m.hash, opts.now().toISOString(), opts.appVersion));
    db.prepare("insert into app_meta (key, value) values ('app_id', ?) on conflict(key) do nothing").run(APP_ID);
    db.prepare("insert into app_meta (key, value) values ('created_by_version', ?) on conflict(key) do nothing").run(
      opts.appVersion,
    );
    // user_version lives in the file header and is transactional: it moves only if all of this commits.
    db.pragma(`user_version = ${known.length}`);
  });
  apply.immediate();
  report.to = known.length;
  return report;
}

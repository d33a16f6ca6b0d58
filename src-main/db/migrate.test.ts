import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../backend/create-backend';
import { silentLogger } from '../backend/logger';
import { TEST_COST } from '../features/auth/passwords';
import { tempDir } from '../../test/support/harness';
import { openRaw } from './connection';
import { migrate, schemaVersionOf } from './migrate';
import { MIGRATIONS } from './migrations';
import { DB_FILE_NAME } from './store';

const now = () => new Date('2026-11-28T10:00:00Z');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const open = (dataDir: string) =>
  createBackend({ dataDir, autoBackup: false, logger: silentLogger, passwordCost: TEST_COST });

describe('migrations', () => {
  const closers: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  it('the embedded migrations equal the committed .sql files (run npm run db:generate after a schema change)', () => {
    const dir = join(__dirname, 'migrations');
    const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(MIGRATIONS.map((m) => m.tag)).toEqual(journal.entries.map((e) => e.tag));
    for (const m of MIGRATIONS) {
      const sql = readFileSync(join(dir, `${m.tag}.sql`), 'utf8');
      expect(m.sql).toBe(sql);
      expect(m.hash).toBe(createHash('sha256').update(sql).digest('hex'));
    }
  });

  it('a fresh database gets every migration, WAL, synchronous=FULL and foreign keys', async () => {
    const dir = tempDir();
    const backend = open(dir);
    closers.push(() => backend.close());
    const w = backend.services.store.writer;
    expect(schemaVersionOf(w)).toBe(MIGRATIONS.length);
    expect(w.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(w.pragma('synchronous', { simple: true })).toBe(2);
    expect(w.pragma('foreign_keys', { simple: true })).toBe(1);
    const applied = w.prepare('select tag from schema_migrations order by idx').all() as { tag: string }[];
    expect(applied.map((r) => r.tag)).toEqual(MIGRATIONS.map((m) => m.tag));
  });

  it('refuses a database from a newer app version and writes nothing to it', async () => {
    const dir = tempDir();
    await open(dir).close();
    const file = join(dir, DB_FILE_NAME);
    const db = openRaw(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = sha(file);
    expect(() => open(dir)).toThrowError(/newer Registrator/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a SQLite file that is not a Registrator database', () => {
    const dir = tempDir();
    const db = openRaw(join(dir, DB_FILE_NAME));
    db.exec('create table invoices (id integer primary key)');
    db.close();
    expect(() => open(dir)).toThrowError(/not a Registrator database/);
  });

  it('backs up with VACUUM INTO before applying pending migrations, and keeps the data', () => {
    const dir = tempDir();
    const db = openRaw(join(dir, DB_FILE_NAME));
    migrate(db, { backupDir: join(dir, 'backups'), appVersion: 'old', now, known: MIGRATIONS.slice(0, 1) });
    db.prepare("insert into app_meta (key, value) values ('marker', 'kept')").run();
    const report = migrate(db, { backupDir: join(dir, 'backups'), appVersion: 'new', now });
    expect(report.from).toBe(1);
    expect(report.to).toBe(MIGRATIONS.length);
    expect(report.backupFile).not.toBeNull();
    const backup = openRaw(report.backupFile as string, { readonly: true });
    expect(schemaVersionOf(backup)).toBe(1);
    expect(backup.prepare("select value from app_meta where key = 'marker'").get()).toEqual({ value: 'kept' });
    backup.close();
    expect(db.prepare("select value from app_meta where key = 'marker'").get()).toEqual({ value: 'kept' });
    db.close();
  });

  it('a failing migration applies nothing: one transaction for all pending migrations', () => {
    const dir = tempDir();
    const db = openRaw(join(dir, DB_FILE_NAME));
    migrate(db, { backupDir: join(dir, 'backups'), appVersion: 'old', now, known: MIGRATIONS.slice(0, 1) });
    const broken = [
      ...MIGRATIONS,
      { tag: '9999_new_table', hash: 'x', sql: 'create table extra (a text);' },
      { tag: '9999_broken', hash: 'y', sql: 'create table oops (;' },
    ];
    expect(() => migrate(db, { backupDir: join(dir, 'backups'), appVersion: 'new', now, known: broken })).toThrow();
    expect(schemaVersionOf(db)).toBe(1);
    expect(db.prepare("select name from sqlite_master where name in ('extra', 'audit_log_no_update')").all()).toEqual(
      [],
    );
    db.close();
    expect(readdirSync(join(dir, 'backups')).some((f) => f.startsWith('pre-migration-v1'))).toBe(true);
  });

  it('refuses a data folder already in use by another live process', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'registrator.lock'), String(process.ppid));
    expect(() => open(dir)).toThrowError(/in use by process/);
  });
});

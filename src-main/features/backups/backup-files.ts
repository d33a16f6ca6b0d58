import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../src-shared/contract/jobs';
import { AppError } from '../../../src-shared/errors';
import { openRaw, type Sqlite } from '../../db/connection';
import { guardDatabase, schemaVersionOf } from '../../db/migrate';
import { dataPaths } from '../../db/store';

export type BackupKind = BackupInfo['kind'];
const NAME = /^registrator-(auto|manual|cli|pre-restore|pre-migration)-(\d{8}T\d{6}Z)(?:-\d+)?(?:-damaged)?\.sqlite$/;
const SQLITE_HEADER = 'SQLite format 3\u0000';

function stampOf(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : stamp;
}

function uniqueName(dir: string, kind: BackupKind, now: Date): string {
  const base = `registrator-${kind}-${stampOf(now)}`;
  let name = `${base}.sqlite`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}.sqlite`;
  return name;
}

/** `quick_check` of a finished copy: a backup counts only once it is known to be readable. */
export function quickCheck(file: string): string[] {
  const db = openRaw(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } finally {
    db.close();
  }
}

/**
 * Snapshot of the live database with `VACUUM INTO` (one consistent read transaction; the online
 * backup API restarts on every commit while a counter keeps writing). Written under a temporary
 * name, verified, then renamed: a half-written file never looks like a backup.
 */
export function writeBackup(
  source: Sqlite,
  backupDir: string,
  kind: BackupKind,
  now: Date,
  outFile?: string,
): BackupInfo {
  if (!existsSync(backupDir)) mkdirSync(backupDir, { recursive: true });
  const fileName = outFile ?? join(backupDir, uniqueName(backupDir, kind, now));
  const partial = `${fileName}.partial`;
  rmSync(partial, { force: true });
  source.prepare('VACUUM INTO ?').run(partial);
  const problems = quickCheck(partial);
  if (problems.length > 0) {
    rmSync(partial, { force: true });
    throw new Error(`backup verification failed: ${problems.slice(0, 3).join('; ')}`);
  }
  renameSync(partial, fileName);
  return {
    fileName: fileName.split(/[\\/]/).pop() ?? fileName,
    kind,
    sizeBytes: statSync(fileName).size,
    createdAt: now.toISOString(),
  };
}

export function listBackups(backupDir: string): BackupInfo[] {
  if (!existsSync(backupDir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(backupDir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    out.push({
      fileName: name,
      kind: m[1] as BackupKind,
      sizeBytes: statSync(join(backupDir, name)).size,
      createdAt: stampToIso(m[2] as string),
    });
  }
  return out.sort((a, b) => (a.fileName < b.fileName ? 1 : -1)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Rolling retention: keeps the `keep` newest automatic and manual backups; safety copies stay. */
export function pruneBackups(backupDir: string, keep: number): string[] {
  const rolling = listBackups(backupDir).filter((b) => b.kind === 'auto' || b.kind === 'manual');
  const removed = rolling.slice(keep).map((b) => b.fileName);
  for (const name of removed) rmSync(join(backupDir, name), { force: true });
  return removed;
}

/** Throws a clear error unless `file` is a readable Registrator database this app can open. */
export function validateDatabaseFile(file: string): { schemaVersion: number } {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', 'error.fileNotFound', `File not found: ${file}`);
  const header = readFileSync(file).subarray(0, 16).toString('latin1');
  if (header !== SQLITE_HEADER) {
    throw new AppError('VALIDATION', 'error.notRegistratorDb', `${file} is not a SQLite database`);
  }
  const problems = quickCheck(file);
  if (problems.length > 0) {
    throw new AppError('VALIDATION', 'error.damagedDb', `${file} is damaged: ${problems.slice(0, 3).join('; ')}`);
  }
  const db = openRaw(file, { readonly: true, fileMustExist: true });
  try {
    const version = schemaVersionOf(db);
    if (version === 0)
      throw new AppError('VALIDATION', 'error.notRegistratorDb', `${file} is not a Registrator database`);
    guardDatabase(db);
    return { schemaVersion: version };
  } finally {
    db.close();
  }
}

/**
 * Replaces the database of `dataDir` with `source` (the backend must not be running). The current
 * database is first set aside as a `pre-restore` backup, so a restore can itself be undone.
 */
export function restoreDatabase(dataDir: string, source: string, now: Date): { setAside: string | null } {
  validateDatabaseFile(source);
  const { file, backupDir } = dataPaths(dataDir);
  let setAside: string | null = null;
  if (existsSync(file)) {
    try {
      // Fold the WAL into the main file so the set-aside copy is complete on its own.
      const current = openRaw(file);
      try {
        current.pragma('wal_checkpoint(TRUNCATE)');
        setAside = writeBackup(current, backupDir, 'pre-restore', now).fileName;
      } finally {
        current.close();
      }
    } catch {
      // A damaged database (the usual reason for a restore) cannot be read: keep its bytes as they are.
      if (!existsSync(backupDir)) mkdirSync(backupDir, { recursive: true });
      const name = uniqueName(backupDir, 'pre-restore', now).replace(/\.sqlite$/, '-damaged.sqlite');
      copyFileSync(file, join(backupDir, name));
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, join(backupDir, `${name}-wal`));
      setAside = name;
    }
  }
  const staging = `${file}.restoring`;
  copyFileSync(source, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(staging, file);
  return { setAside };
}

import Database from 'better-sqlite3';
import { readFileSync, realpathSync } from 'node:fs';
import { platform } from 'node:os';
import { AppError } from '../../src-shared/errors';

export type Sqlite = Database.Database;

/** SQLite releases before 3.51.3 can corrupt a WAL database on a WAL-reset race. */
export const MIN_SQLITE_VERSION = '3.51.3';

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const NETWORK_FS = new Set(['cifs', 'smb3', 'smbfs', 'nfs', 'nfs4', 'afs', 'fuse.sshfs', 'davfs', 'fuse.davfs2', '9p']);

/**
 * WAL needs shared memory that network filesystems do not provide: a database on an SMB share
 * gets corrupted when two counters write. Refuse such paths with a clear message.
 */
export function networkFilesystemOf(dir: string): string | null {
  if (platform() === 'win32') {
    return dir.startsWith('\\\\') || dir.startsWith('//') ? 'smb' : null;
  }
  if (platform() !== 'linux') return null;
  let real: string;
  let mounts: string;
  try {
    real = realpathSync(dir);
    mounts = readFileSync('/proc/mounts', 'utf8');
  } catch {
    return null;
  }
  return networkFilesystemIn(real, mounts);
}

/** The network filesystem type holding `realPath` according to a `/proc/mounts` text, or null. */
export function networkFilesystemIn(realPath: string, mounts: string): string | null {
  let best = { mount: '', type: '' };
  for (const line of mounts.split('\n')) {
    const [, mountPoint, type] = line.split(' ');
    if (!mountPoint || !type) continue;
    const mp = mountPoint.replace(/\\040/g, ' ');
    const inside = realPath === mp || realPath.startsWith(mp.endsWith('/') ? mp : `${mp}/`);
    if (inside && mp.length >= best.mount.length) best = { mount: mp, type };
  }
  return NETWORK_FS.has(best.type) ? best.type : null;
}

export function assertLocalDisk(dir: string): void {
  const fs = networkFilesystemOf(dir);
  if (fs) {
    throw new AppError(
      'CONFLICT',
      'error.networkDataDir',
      `The data folder ${dir} is on a network filesystem (${fs}). Registrator keeps its database on a local disk; share data between workstations through the sync server.`,
      { params: { dir, fs } },
    );
  }
}

/** Connection pragmas for the writer; see ARCHITECTURE §3 for why each one. */
export function applyWriterPragmas(db: Sqlite): void {
  db.pragma('journal_mode = WAL');
  // A printed document number must survive a power cut: FULL, not this build's WAL default NORMAL.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * The read connection serves the counter's search on every keystroke: a 64 MB page cache and
 * memory-mapped reads keep the name index and the students' pages hot.
 */
export function applyReaderPragmas(db: Sqlite): void {
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
}

export function assertSqliteVersion(db: Sqlite): string {
  const version = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
  if (compareVersions(version, MIN_SQLITE_VERSION) < 0) {
    throw new Error(`SQLite ${version} is older than ${MIN_SQLITE_VERSION}; update better-sqlite3.`);
  }
  return version;
}

export function openRaw(file: string, opts: { readonly?: boolean; fileMustExist?: boolean } = {}): Sqlite {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.fileMustExist ?? false });
  db.pragma('busy_timeout = 5000');
  return db;
}

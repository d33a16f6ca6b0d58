import { existsSync, readdirSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../src-shared/contract/jobs';
import { openRaw } from '../../db/connection';
import { DB_FILE_NAME } from '../../db/store';
import { startHarness, tempDir, type Harness } from '../../../test/support/harness';
import { listBackups, pruneBackups, restoreDatabase, validateDatabaseFile, writeBackup } from './backup-files';

/** Everything a person could have changed, table by table, for an exact before/after comparison. */
function dump(file: string): Record<string, unknown[]> {
  const db = openRaw(file, { readonly: true });
  try {
    const tables = (
      db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]
    ).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`select * from "${t}" order by 1`).all()]));
  } finally {
    db.close();
  }
}

describe('backups and restore', () => {
  const harnesses: Harness[] = [];
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.dispose().catch(() => {});
  });

  it('restore drill: write data, back up, damage, restore — the data is identical', async () => {
    const h = await startHarness();
    harnesses.push(h);
    for (const role of ['front_office', 'back_office', 'archive'] as const) await h.signInAs(role);
    await h.ok(
      'institution.update',
      {
        nameUzLatn: 'Samarqand davlat universiteti',
        nameUzCyrl: 'Самарқанд давлат университети',
        nameRu: '',
        nameEn: '',
        shortName: 'SamDU',
        address: 'Universitet xiyoboni, 15',
        city: 'Samarqand',
        phone: '+998 66 239 11 40',
        email: 'info@samdu.uz',
        stir: '201122919',
        rectorName: '',
        officeHeadName: '',
        logo: '',
        signatories: [],
      },
      h.adminToken,
    );
    const { store, clock } = h.backend.services;
    const backupFile = join(tempDir(), 'drill.sqlite');
    writeBackup(store.reader, store.backupDir, 'cli', clock.now(), backupFile);
    const dataDir = h.dataDir;
    await h.backend.close();
    const dbFile = join(dataDir, DB_FILE_NAME);
    const expected = dump(backupFile);

    // Damage: scribble over the middle of the database file.
    const fd = openSync(dbFile, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(statSync(dbFile).size / 2));
    closeSync(fd);

    const { setAside } = restoreDatabase(dataDir, backupFile, new Date('2026-11-28T12:00:00Z'));
    expect(setAside).toMatch(/^registrator-pre-restore-.*\.sqlite$/);
    expect(dump(dbFile)).toEqual(expected);
    const again = await startHarness({ dataDir }).catch((e: Error) => e);
    // The restored database already has its admin: the harness's setup must be refused.
    expect(again).toBeInstanceOf(Error);
  });

  it('restores over a database whose first page is destroyed, keeping the damaged bytes aside', async () => {
    const h = await startHarness();
    harnesses.push(h);
    await h.signInAs('archive', 'arxivchi');
    const { store, clock } = h.backend.services;
    const backupFile = join(tempDir(), 'good.sqlite');
    writeBackup(store.reader, store.backupDir, 'cli', clock.now(), backupFile);
    const dataDir = h.dataDir;
    await h.backend.close();
    const dbFile = join(dataDir, DB_FILE_NAME);
    const fd = openSync(dbFile, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x00), 0, 4096, 0);
    closeSync(fd);
    const { setAside } = restoreDatabase(dataDir, backupFile, new Date('2026-11-28T12:00:00Z'));
    expect(setAside).toMatch(/-damaged\.sqlite$/);
    expect(existsSync(join(dataDir, 'backups', setAside as string))).toBe(true);
    expect(dump(dbFile)).toEqual(dump(backupFile));
  });

  it('refuses to restore a file that is not a valid Registrator database, and keeps the current one', async () => {
    const h = await startHarness();
    harnesses.push(h);
    const dataDir = h.dataDir;
    await h.backend.close();
    const before = dump(join(dataDir, DB_FILE_NAME));
    const dir = tempDir();
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'this is not a database at all, just some text that is long enough');
    expect(() => restoreDatabase(dataDir, text, new Date())).toThrowError(/not a SQLite database/);
    const foreign = join(dir, 'foreign.sqlite');
    const db = openRaw(foreign);
    db.exec('create table t (a)');
    db.close();
    expect(() => restoreDatabase(dataDir, foreign, new Date())).toThrowError(/not a Registrator database/);
    expect(() => validateDatabaseFile(join(dir, 'missing.sqlite'))).toThrowError(/not found/);
    expect(dump(join(dataDir, DB_FILE_NAME))).toEqual(before);
  });

  it('a backup job reports progress, lists the file and keeps only the newest N', async () => {
    const h = await startHarness();
    harnesses.push(h);
    const events: JobInfo[] = [];
    h.backend.events.on('jobs.progress', (p) => events.push(p as JobInfo));
    await h.ok('system.updateSettings', { backupKeep: 2 }, h.adminToken);
    for (let i = 0; i < 3; i++) {
      const { jobId } = await h.ok('backups.create', {}, h.adminToken);
      await new Promise((r) => setTimeout(r, 50));
      while ((await h.ok('jobs.list', {}, h.adminToken)).find((j) => j.id === jobId)?.state === 'running') {
        await new Promise((r) => setTimeout(r, 20));
      }
      h.clock.advance(60_000);
    }
    const list = await h.ok('backups.list', {}, h.adminToken);
    expect(list.filter((b) => b.kind === 'manual')).toHaveLength(2);
    expect(events.some((e) => e.state === 'succeeded' && e.done === 3 && e.total === 3)).toBe(true);
    for (const b of list)
      expect(validateDatabaseFile(join(h.backend.services.store.backupDir, b.fileName)).schemaVersion).toBeGreaterThan(
        0,
      );
  });

  it('a backup made while another connection writes is consistent', async () => {
    const h = await startHarness();
    harnesses.push(h);
    const { store, clock } = h.backend.services;
    const writes = Array.from({ length: 20 }, (_, i) => h.signInAs('viewer', `viewer${i}`));
    const info = writeBackup(store.reader, store.backupDir, 'manual', clock.now());
    await Promise.all(writes);
    expect(validateDatabaseFile(join(store.backupDir, info.fileName)).schemaVersion).toBeGreaterThan(0);
  });

  it('prunes only rolling backups, never safety copies', () => {
    const dir = tempDir();
    for (const name of [
      'registrator-auto-20261101T000000Z.sqlite',
      'registrator-auto-20261102T000000Z.sqlite',
      'registrator-manual-20261103T000000Z.sqlite',
      'registrator-pre-restore-20261001T000000Z.sqlite',
      'unrelated.txt',
    ])
      writeFileSync(join(dir, name), 'x');
    expect(pruneBackups(dir, 1)).toEqual([
      'registrator-auto-20261102T000000Z.sqlite',
      'registrator-auto-20261101T000000Z.sqlite',
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'registrator-manual-20261103T000000Z.sqlite',
      'registrator-pre-restore-20261001T000000Z.sqlite',
      'unrelated.txt',
    ]);
    expect(listBackups(dir).map((b) => b.kind)).toEqual(['manual', 'pre-restore']);
    expect(existsSync(join(dir, 'unrelated.txt'))).toBe(true);
  });
});

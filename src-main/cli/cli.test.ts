import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { makePinfl } from '../../src-shared/domain/pinfl';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend/create-backend';
import { silentLogger } from '../backend/logger';
import { TEST_COST } from '../features/auth/passwords';
import { tempDir } from '../../test/support/harness';
import { parseArgs } from './args';
import { REPO_ROOT } from './main';

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'registrator.js'), ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('registrator CLI', () => {
  it('parses options', () => {
    expect(parseArgs(['users', 'add', '--login', 'l', '--password-stdin', '--role=admin'])).toEqual({
      positional: ['users', 'add'],
      options: { login: 'l', 'password-stdin': true, role: 'admin' },
    });
  });

  it('users add → check → backup → restore, every write audited with a CLI actor', async () => {
    const dir = tempDir();
    const add = cli(
      [
        'users',
        'add',
        '--login',
        'Boss',
        '--role',
        'admin',
        '--full-name',
        "Jo'rayev Bobur",
        '--password-stdin',
        '--data-dir',
        dir,
      ],
      'long-password-1\n',
    );
    expect(add.err).toBe('');
    expect(add.code).toBe(0);
    const weak = cli(['users', 'add', '--login', 'x1y', '--role', 'viewer', '--password-stdin'], 'short\n', {
      REGISTRATOR_DATA_DIR: dir,
    });
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/password: validation.tooShort/);
    const badRole = cli(
      ['users', 'add', '--login', 'abc', '--role', 'rector', '--password-stdin', '--data-dir', dir],
      'long-password-1',
    );
    expect(badRole.code).toBe(1);

    const check = cli(['check', '--json', '--data-dir', dir]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toMatchObject({ ok: true, integrity: [], audit: { ok: true, entries: 1 } });

    const backupFile = join(tempDir(), 'copy.sqlite');
    expect(cli(['backup', '--out', backupFile, '--data-dir', dir]).code).toBe(0);
    const junk = join(tempDir(), 'junk.sqlite');
    writeFileSync(junk, 'junk junk junk junk junk');
    const refused = cli(['restore', junk, '--data-dir', dir]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not a SQLite database/);
    expect(cli(['restore', backupFile, '--data-dir', dir]).code).toBe(0);

    const backend = createBackend({ dataDir: dir, autoBackup: false, logger: silentLogger, passwordCost: TEST_COST });
    try {
      const signIn = await backend.dispatch('auth.signIn', { login: 'boss', password: 'long-password-1' });
      expect(signIn.ok).toBe(true);
      const token = signIn.ok ? (signIn.data as { token: string }).token : '';
      const audit = await backend.dispatch('audit.list', { command: 'users.create' }, token);
      const entry = audit.ok
        ? (audit.data as { entries: { actorKind: string; actorLogin: string }[] }).entries[0]
        : null;
      expect(entry?.actorKind).toBe('cli');
      expect(entry?.actorLogin).toMatch(/^cli:/);
    } finally {
      await backend.close();
    }
  }, 120_000); // seven CLI processes: slow on a busy two-core machine

  it('unknown commands exit 2 with help', () => {
    const res = cli(['frobnicate']);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Usage: npx registrator');
  }, 60_000);

  it('students import prints the JSON report (rows as in the sheet) and exits non-zero only for unreadable files', async () => {
    const dir = tempDir();
    const file = join(tempDir(), 'talabalar.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('1');
    ws.addRow(['Familiya', 'Ism', 'JSHSHIR']);
    ws.addRow(["Jo'rayev", 'Bobur', makePinfl('2005-04-12', 'male', 26, 17)]);
    ws.addRow(['Karimov', 'Ali', '12345']);
    await wb.xlsx.writeFile(file);
    const dry = cli(['students', 'import', file, '--dry-run', '--json', '--lang', 'en', '--data-dir', dir]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toEqual({
      imported: 1,
      updated: 0,
      unchanged: 0,
      rejected: [{ row: 3, errors: ['JSHSHIR: A PINFL has 14 digits'] }],
      warnings: [],
    });
    const real = cli(['students', 'import', file, '--json', '--data-dir', dir]);
    expect(JSON.parse(real.out).imported).toBe(1);
    const search = cli(['students', 'search', 'Жўраев', '--json', '--data-dir', dir]);
    expect(JSON.parse(search.out)[0]).toMatchObject({ lastName: 'Joʻrayev', firstName: 'Bobur', status: '11' });
    const junk = join(tempDir(), 'junk.xlsx');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 4, 5]));
    const bad = cli(['students', 'import', junk, '--json', '--data-dir', dir]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not a readable workbook/);
  }, 120_000);
});

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
  });

  it('unknown commands exit 2 with help', () => {
    const res = cli(['frobnicate']);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Usage: npx registrator');
  });
});

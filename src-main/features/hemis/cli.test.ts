import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { tempDir } from '../../../test/support/harness';
import { REPO_ROOT } from '../../cli/main';

/** Runs the real `registrator` binary (async: the fake HEMIS lives in this process). */
function cli(args: string[], input = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'registrator.js'), ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe('registrator hemis (CLI)', () => {
  let fake: FakeHemis;
  let dir: string;
  beforeAll(async () => {
    fake = await startFakeHemis({ students: 25, pageSize: 10, invalid: [3] });
    dir = tempDir();
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('set → test → pull --json → delta pull; the token only on stdin', async () => {
    const noConfig = await cli(['hemis', 'pull', '--data-dir', dir]);
    expect(noConfig.code).toBe(1);
    expect(noConfig.err).toMatch(/Set the HEMIS address and API token first/);

    const set = await cli(['hemis', 'set', '--url', fake.url, '--token-stdin', '--data-dir', dir], `${fake.token}\n`);
    expect(set.err).toBe('');
    expect(set.code).toBe(0);
    expect(set.out).toMatch(/Token stored \(encrypted file/);
    expect(set.out).not.toContain(fake.token);

    const test = await cli(['hemis', 'test', '--json', '--data-dir', dir]);
    expect(test.code).toBe(0);
    expect(JSON.parse(test.out)).toMatchObject({ ok: true, status: 200, departments: 5 });

    const full = await cli(['hemis', 'pull', '--json', '--data-dir', dir]);
    expect(full.code).toBe(0);
    const summary = JSON.parse(full.out) as Record<string, unknown>;
    expect(summary).toMatchObject({
      mode: 'full',
      departments: { created: 5 },
      specialties: { created: 3 },
      groups: { created: 4 },
      markingSystems: { created: 3 },
      employees: { created: 3, rejected: 1 },
      educationYears: { created: 2 },
      curricula: { created: 3 },
      semesters: { created: 6 },
      subjects: { created: 3 },
      curriculumSubjects: { created: 4, rejected: 1 },
      students: { created: 24, updated: 0, unchanged: 0, rejected: 1 },
      rejectedRows: [{ hemisId: 1003, issues: [{ path: 'passport_pin', key: 'validation.pinfl.format' }] }],
    });
    expect(full.err).toMatch(/hemis: Reading students/);

    const delta = await cli(['hemis', 'pull', '--data-dir', dir]);
    expect(delta.code).toBe(0);
    expect(delta.out).toMatch(/changes since/);
    expect(delta.out).toMatch(/students: 0 new, 0 updated, 0 unchanged, 0 rejected/);
    // The reference step, line by line in the order the page shows it.
    expect(delta.out.split('\n').slice(1, 11)).toEqual([
      'departments: 0 new, 0 updated, 5 unchanged, 0 rejected',
      'specialties: 0 new, 0 updated, 3 unchanged, 0 rejected',
      'groups: 0 new, 0 updated, 4 unchanged, 0 rejected',
      'marking systems: 0 new, 0 updated, 3 unchanged, 0 rejected',
      'employees: 0 new, 0 updated, 3 unchanged, 1 rejected',
      'academic years: 0 new, 0 updated, 2 unchanged, 0 rejected',
      'curricula: 0 new, 0 updated, 3 unchanged, 0 rejected',
      'semesters: 0 new, 0 updated, 6 unchanged, 0 rejected',
      'subjects: 0 new, 0 updated, 4 unchanged, 0 rejected',
      'curriculum subjects: 0 new, 0 updated, 4 unchanged, 1 rejected',
    ]);

    const badDate = await cli(['hemis', 'pull', '--since', '28.11.2026', '--data-dir', dir]);
    expect(badDate.code).toBe(1);
    expect(badDate.err).toMatch(/--since needs a date/);
  }, 180_000); // six CLI processes: slow on a busy two-core machine

  it('a refused token fails with a clear message and exit code 1', async () => {
    const other = tempDir();
    try {
      await cli(['hemis', 'set', '--url', fake.url, '--token-stdin', '--data-dir', other], 'wrong-token-value\n');
      const res = await cli(['hemis', 'pull', '--data-dir', other]);
      expect(res.code).toBe(1);
      expect(res.err).toMatch(/HEMIS refused the API token \(401\)/);
      const test = await cli(['hemis', 'test', '--data-dir', other]);
      expect(test.code).toBe(1);
      expect(test.out).toMatch(/did not accept the API token.*HTTP 401/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedAcademic } from '../../../test/support/academic-fixtures';
import { tempDir } from '../../../test/support/harness';
import { createBackend } from '../../backend/create-backend';
import { silentLogger } from '../../backend/logger';
import { REPO_ROOT } from '../../cli/main';

function cli(args: string[]) {
  const res = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'registrator.js'), ...args], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('registrator documents (CLI)', () => {
  it('issues a PDF by student ID with --json, then verify exits 0 for it and 1 for an altered payload', async () => {
    const dir = tempDir();
    const backend = createBackend({ dataDir: dir, autoBackup: false, logger: silentLogger });
    const fixture = seedAcademic(backend.services.store.writer, { students: 2 });
    await backend.close();
    const student = fixture.students[1]!;
    const out = join(dir, 'malumotnoma.pdf');

    const issued = cli([
      'documents',
      'issue',
      '--type',
      'enrolment',
      '--student',
      student.idNumber,
      '--format',
      'pdf',
      '--out',
      out,
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(issued.err).toBe('');
    expect(issued.code).toBe(0);
    const result = JSON.parse(issued.out) as {
      documentId: string;
      registerNumber: string;
      qrPayload: string;
      file: string;
    };
    expect(result).toMatchObject({ registerNumber: '1/2026', file: out });
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('LiberationSerif');

    const valid = cli(['documents', 'verify', result.qrPayload, '--json', '--data-dir', dir]);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.out)).toMatchObject({
      status: 'valid',
      certifies: { holderName: student.name, registerNumber: '1/2026' },
    });

    const last = result.qrPayload.at(-1) === 'A' ? 'B' : 'A';
    const altered = cli(['documents', 'verify', `${result.qrPayload.slice(0, -1)}${last}`, '--data-dir', dir]);
    expect(altered.code).toBe(1);
    expect(altered.out).toMatch(/^INVALID/);
  }, 120_000);

  it('refuses an unknown type or student with a clear message and exit code 1', () => {
    const dir = tempDir();
    const bad = cli([
      'documents',
      'issue',
      '--type',
      'diploma',
      '--student',
      '1',
      '--out',
      join(dir, 'x.docx'),
      '--data-dir',
      dir,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--type must be one of enrolment');
  }, 60_000);
});

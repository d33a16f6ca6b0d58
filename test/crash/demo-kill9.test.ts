import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import { TEST_COST } from '../../src-main/features/auth/passwords';
import { checkDatabase } from '../../src-main/features/system/check';

const BIN = resolve(__dirname, '..', '..', 'bin', 'registrator.js');
const STUDENTS = 100_000;
const BATCH = 5000;
const dataDir = mkdtempSync(join(tmpdir(), 'registrator-kill9-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Outcome {
  /** The highest progress the CLI reported before it ended. */
  reported: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs `registrator demo` as a real process. With `killAfterBatches`, waits until the CLI has
 * reported that many more committed batches, then a random 0–400 ms more (so the kill lands
 * anywhere inside the next batch), and sends SIGKILL: no handler, no cleanup, no rollback code.
 */
function runDemo(killAfterBatches: number | null): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'demo', '--students', String(STUDENTS), '--data-dir', dataDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let first: number | null = null;
    let reported = 0;
    let killing = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      for (const m of chunk.matchAll(/demo: (\d+)\/(\d+) students/g)) {
        const n = Number(m[1]);
        reported = Math.max(reported, n);
        if (first === null && n > 0) first = n;
      }
      if (
        killAfterBatches !== null &&
        !killing &&
        first !== null &&
        reported >= first + (killAfterBatches - 1) * BATCH
      ) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 400));
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => done({ reported, code, signal, stderr }));
  });
}

async function inspect(): Promise<{ students: number; batchEntries: number; ok: boolean; problem: string | null }> {
  const backend = createBackend({ dataDir, autoBackup: false, passwordCost: TEST_COST, logger: silentLogger });
  try {
    const db = backend.services.store.reader;
    const report = checkDatabase(db, dataDir);
    const students = (db.prepare('select count(*) as n from students').get() as { n: number }).n;
    const batchEntries = (
      db.prepare("select count(*) as n from audit_log where command = 'demo.students'").get() as { n: number }
    ).n;
    return { students, batchEntries, ok: report.ok, problem: report.audit.problem ?? report.integrity.join('; ') };
  } finally {
    // Awaited: the next CLI run must find the data folder unlocked.
    await backend.close();
  }
}

describe('demo under kill -9', () => {
  it('leaves whole batches only, an intact audit chain, and resumes to the full demo', async () => {
    const killed = await runDemo(1);
    expect(killed.signal, `the demo finished before it was killed:\n${killed.stderr}`).toBe('SIGKILL');
    const afterKill = await inspect();
    expect(afterKill.ok, afterKill.problem ?? '').toBe(true);
    expect(afterKill.students).toBeGreaterThanOrEqual(BATCH);
    expect(afterKill.students).toBeLessThan(STUDENTS);
    expect(afterKill.students % BATCH).toBe(0);
    expect(afterKill.students).toBe(afterKill.batchEntries * BATCH);
    expect(afterKill.students).toBeGreaterThanOrEqual(killed.reported);

    // The same command resumes after the last whole batch; kill it again further on.
    const killedAgain = await runDemo(2);
    expect(killedAgain.signal).toBe('SIGKILL');
    const afterSecondKill = await inspect();
    expect(afterSecondKill.ok, afterSecondKill.problem ?? '').toBe(true);
    expect(afterSecondKill.students % BATCH).toBe(0);
    expect(afterSecondKill.students).toBe(afterSecondKill.batchEntries * BATCH);
    expect(afterSecondKill.students).toBeGreaterThan(afterKill.students);

    const finished = await runDemo(null);
    expect(finished.code, finished.stderr).toBe(0);
    const final = await inspect();
    expect(final.ok, final.problem ?? '').toBe(true);
    expect(final.students).toBe(STUDENTS);
    expect(final.batchEntries).toBe(STUDENTS / BATCH);
  }, 90_000);
});

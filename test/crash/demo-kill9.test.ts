import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import { TEST_COST } from '../../src-main/features/auth/passwords';
import { checkDatabase } from '../../src-main/features/system/check';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'registrator.js');
const STUDENTS = 100_000;
const BATCH = 5000;
const dataDir = mkdtempSync(join(tmpdir(), 'registrator-kill9-'));

const children = new Set<ChildProcess>();

afterAll(() => {
  // A failed or timed-out test must not leave a demo writing in the background.
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Outcome {
  /** The highest progress the CLI reported before it ended. */
  reported: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs `registrator demo` as a real process. With `killAt`, waits until the CLI reports that
 * at least `killAt` students are committed, then a random 0–400 ms more (so the kill lands
 * anywhere inside the next batch), and sends SIGKILL: no handler, no cleanup, no rollback code.
 */
function runDemo(killAt: number | null): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'demo', '--students', String(STUDENTS), '--data-dir', dataDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.add(child);
    let stderr = '';
    let reported = 0;
    let killing = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      // Parse all of it: a progress line may arrive split over two chunks.
      for (const m of stderr.matchAll(/demo: (\d+)\/\d+ students/g)) reported = Math.max(reported, Number(m[1]));
      if (killAt !== null && !killing && reported >= killAt) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 400));
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      children.delete(child);
      done({ reported, code, signal, stderr });
    });
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
  it('leaves whole batches only and an intact audit chain, and resumes after the last whole batch', async () => {
    const killed = await runDemo(BATCH);
    expect(killed.signal, `the demo finished before it was killed:\n${killed.stderr}`).toBe('SIGKILL');
    const afterKill = await inspect();
    expect(afterKill.ok, afterKill.problem ?? '').toBe(true);
    expect(afterKill.students).toBeGreaterThanOrEqual(BATCH);
    expect(afterKill.students).toBeLessThan(STUDENTS);
    expect(afterKill.students % BATCH).toBe(0);
    expect(afterKill.students).toBe(afterKill.batchEntries * BATCH);
    expect(afterKill.students).toBeGreaterThanOrEqual(killed.reported);

    // The same command resumes after the last whole batch; kill it again two batches further on.
    const killedAgain = await runDemo(afterKill.students + 2 * BATCH);
    expect(killedAgain.signal).toBe('SIGKILL');
    const afterSecondKill = await inspect();
    expect(afterSecondKill.ok, afterSecondKill.problem ?? '').toBe(true);
    expect(afterSecondKill.students % BATCH).toBe(0);
    expect(afterSecondKill.students).toBe(afterSecondKill.batchEntries * BATCH);
    expect(afterSecondKill.students).toBeGreaterThan(afterKill.students);

    // Running on to all 100,000 (with their transcripts and absences) takes minutes; that a resumed demo
    // ends exactly where an uninterrupted one does is asserted at a small size in features/demo/academic.test.ts.
  }, 180_000);
});

import { performance } from 'node:perf_hooks';
import { createBackend } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import type { Actor } from '../../src-main/commands/run-command';
import { generateDemo, type DemoSummary } from '../../src-main/features/demo/generate';
import { median, seconds, type BenchCase, type BenchContext } from './types';

const STUDENTS = 100_000;
const ACTOR: Actor = { id: null, login: 'cli:bench', kind: 'cli' };

/** What `registrator demo --students N` does: a backend on the folder, the demo as a job, close. */
async function createDemo(dataDir: string, students: number): Promise<DemoSummary> {
  const backend = createBackend({ dataDir, autoBackup: false, logger: silentLogger });
  try {
    const { services } = backend;
    return await services.jobs.start('demo', null, (ctx) => generateDemo(services, ACTOR, { students }, ctx)).done;
  } finally {
    await backend.close();
  }
}

/** The 100k demo database, shared by the cases that need one. */
export function demo100kDatabase(ctx: BenchContext): Promise<string> {
  return ctx.fixture('demo100k', async () => {
    const dir = ctx.tempDir('bench-demo100k-');
    await createDemo(dir, STUDENTS);
    return dir;
  });
}

export const demo100k: BenchCase = {
  name: 'demo100k',
  description: 'create the 100,000-student demo in a fresh data folder, same code as the CLI (median of 3)',
  async run(ctx) {
    const runs: number[] = [];
    let dir = '';
    for (let i = 0; i < 3; i++) {
      dir = ctx.tempDir('bench-demo100k-');
      const started = performance.now();
      const summary = await createDemo(dir, STUDENTS);
      runs.push(performance.now() - started);
      if (i === 0) ctx.log(`${summary.students} students, ${summary.groups} groups, ${summary.batches} batches`);
    }
    ctx.log(`runs: ${runs.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`);
    await ctx.fixture('demo100k', () => Promise.resolve(dir));
    return { 'demo100k.seconds': seconds(median(runs)) };
  },
};

export const startup: BenchCase = {
  name: 'startup',
  description: 'open the backend on the 100k database until system.health answers (median of 5)',
  async run(ctx) {
    const dir = await demo100kDatabase(ctx);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const backend = createBackend({ dataDir: dir, autoBackup: false, logger: silentLogger });
      const health = await backend.dispatch('system.health', {});
      runs.push(performance.now() - started);
      await backend.close();
      if (!health.ok) throw new Error(`system.health failed: ${health.error.message}`);
    }
    ctx.log(`runs: ${runs.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);
    return { 'startup.seconds': seconds(median(runs)) };
  },
};

import type { HemisPullResult } from '../../../src-shared/contract/hemis';
import type { JobInfo } from '../../../src-shared/contract/jobs';
import type { Harness } from '../../../test/support/harness';
import type { FakeHemis } from '../../../test/support/fake-hemis';
import type { Actor } from '../../commands/run-command';
import { startHemisPull, type PullOptions } from './pull';

export const TEST_ACTOR: Actor = { id: null, login: 'cli:test', kind: 'cli' };

/** Stores the fake server's address and token through the channel an admin uses. */
export async function connect(h: Harness, fake: FakeHemis, token = fake.token): Promise<void> {
  await h.ok('hemis.updateSettings', { url: fake.url, token }, h.adminToken);
}

/** Runs a pull to its end; fast back-off so retries do not slow the suite. */
export async function pull(
  h: Harness,
  opts: PullOptions = {},
): Promise<{ ok: true; result: HemisPullResult; job: JobInfo } | { ok: false; error: unknown; job: JobInfo }> {
  const services = h.backend.services;
  const started = startHemisPull(services, TEST_ACTOR, { ...opts, client: { backoffMs: 5, ...opts.client } }, null);
  try {
    const result = await started.done;
    return { ok: true, result, job: services.jobs.get(started.id) as JobInfo };
  } catch (error) {
    return { ok: false, error, job: services.jobs.get(started.id) as JobInfo };
  }
}

/** Polls `jobs.list` until the job is no longer running (for pulls started through a channel). */
export async function waitForJob(h: Harness, jobId: string, token = h.adminToken): Promise<JobInfo> {
  for (;;) {
    const jobs = await h.ok('jobs.list', {}, token);
    const job = jobs.find((j) => j.id === jobId);
    if (job && job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function count(h: Harness, table: string, where = ''): number {
  return (h.backend.services.store.reader.prepare(`select count(*) as n from ${table} ${where}`).get() as { n: number })
    .n;
}

export function auditCommands(h: Harness): { command: string; input: Record<string, unknown> }[] {
  return (
    h.backend.services.store.reader.prepare('select command, input from audit_log order by seq').all() as {
      command: string;
      input: string;
    }[]
  ).map((r) => ({ command: r.command, input: JSON.parse(r.input) as Record<string, unknown> }));
}

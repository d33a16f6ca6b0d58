import { count, desc, eq } from 'drizzle-orm';
import type { HemisPullResult, HemisPullSummary, HemisReject } from '../../../src-shared/contract/hemis';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { JobContext, JobRunner } from '../../jobs/job-runner';
import { appMeta } from '../system/schema';
import { HemisClient, hemisError, type HemisClientOptions, type HemisPage } from './client';
import { tashkentMidnight } from './items';
import { applyReference, fetchReference, loadRefMaps, zeroCounts } from './reference';
import { hemisRejects } from './schema';
import {
  HEMIS_LAST_PULL_KEY,
  HEMIS_PULL_STATE_KEY,
  HEMIS_TOKEN_SECRET,
  academicCounts,
  PULL_STATE_VERSION,
  readHemisUrl,
  readLastPull,
  readPullState,
  unixToIso,
  type PullState,
} from './settings';
import { applyStudentBatch } from './student-apply';
import { mapStudent } from './student-map';

export interface PullOptions {
  /** `yyyy-mm-dd`: students HEMIS changed since that day (Tashkent). */
  since?: string;
  /** Every student, ignoring the last successful pull. */
  full?: boolean;
  /**
   * Students per batch command, rounded up to whole pages. Default 200 (one HEMIS page): the audit
   * links at most 200 row ids per entry to their records' history, and every updated student
   * must find its HEMIS change in its card's history.
   */
  batchRows?: number;
  /** Pages fetched ahead while a batch is applied (the rate limit still holds). */
  lookahead?: number;
  /** Overrides for tests: fetch, clock, sleep, back-off. */
  client?: Partial<HemisClientOptions>;
}

export const PULL_JOB_KIND = 'hemis.pull';
/** A delta starts this much before the last pull started: clocks of two machines differ. */
const DELTA_OVERLAP_S = 300;
const MAX_REJECTS_LISTED = 200;

export function hemisNotConfigured(): AppError {
  return hemisError('error.hemisNotConfigured', 'Set the HEMIS address and API token first (hemis set)');
}

/** The client for the stored settings. */
export function hemisClientFor(services: Services, overrides: Partial<HemisClientOptions> = {}): HemisClient {
  const baseUrl = overrides.baseUrl ?? readHemisUrl(services.store.db);
  const token = overrides.token ?? services.secretStore.get(HEMIS_TOKEN_SECRET);
  if (!baseUrl || !token) throw hemisNotConfigured();
  return new HemisClient({ logger: services.logger, ...overrides, baseUrl, token });
}

function readStateIn(w: Writer): PullState | null {
  const value = w.db.select().from(appMeta).where(eq(appMeta.key, HEMIS_PULL_STATE_KEY)).get()?.value;
  if (!value) return null;
  const state = JSON.parse(value) as PullState;
  return state.version === PULL_STATE_VERSION ? state : null;
}

/** Inside each command: the stored state must still be ours, or another pull is writing. */
function claim(w: Writer, expected: PullState | null): void {
  const current = readStateIn(w);
  const same =
    expected === null ? current === null : current?.pullId === expected.pullId && current.page === expected.page;
  if (!same) throw hemisError('error.hemisPullRunning', 'Another HEMIS pull is writing to this database');
}

/** Rows rejected by a pull, for its result and the status page. */
export function listRejects(services: Services, pullId?: string): { rows: HemisReject[]; total: number } {
  const db = services.store.db;
  const where = pullId ? eq(hemisRejects.pullId, pullId) : undefined;
  const rows = db
    .select()
    .from(hemisRejects)
    .where(where)
    .orderBy(desc(hemisRejects.at), hemisRejects.id)
    .limit(MAX_REJECTS_LISTED)
    .all();
  const total = db.select({ n: count() }).from(hemisRejects).where(where).get()?.n ?? 0;
  return {
    rows: rows.map((r) => ({
      hemisId: r.hemisId,
      studentIdNumber: r.studentIdNumber,
      name: r.name,
      issues: JSON.parse(r.issues) as HemisReject['issues'],
      at: r.at,
    })),
    total,
  };
}

/** Fetches student pages in order with up to `lookahead` more in flight. */
class PageQueue {
  private readonly pending = new Map<number, Promise<HemisPage>>();

  constructor(
    private readonly fetchPage: (page: number) => Promise<HemisPage>,
    private readonly lookahead: number,
  ) {}

  get(page: number, pageCount: number): Promise<HemisPage> {
    for (let p = page; p <= Math.min(pageCount, page + this.lookahead); p++) {
      if (!this.pending.has(p)) {
        const promise = this.fetchPage(p);
        promise.catch(() => {}); // awaited when its turn comes; no unhandled rejection meanwhile
        this.pending.set(p, promise);
      }
    }
    const hit = this.pending.get(page) ?? this.fetchPage(page);
    this.pending.delete(page);
    return hit;
  }
}

/**
 * The HEMIS pull, as a job: reference data (one command), then students page by page, applied in
 * batch commands (`hemis.pull.students`) that also move the pull state in `app_meta`. A failure
 * or cancel leaves whole batches and the state; the next pull continues after the last whole
 * batch (same `updated_at_from`). The last successful pull moves only in the final command, and
 * the next delta starts from when this pull *started*, so changes made in HEMIS meanwhile are
 * fetched again.
 */
export async function runHemisPull(
  services: Services,
  actor: Actor,
  opts: PullOptions,
  job: JobContext,
): Promise<HemisPullResult> {
  const { store, clock } = services;
  const batchRows = Math.max(1, opts.batchRows ?? 200);
  // The job's signal, plus our own: a failure stops the pages still in flight.
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  job.signal.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const client = hemisClientFor(services, opts.client);

  const explicit = opts.full === true || opts.since !== undefined;
  const wantedSince = opts.full
    ? null
    : opts.since !== undefined
      ? tashkentMidnight(opts.since)
      : (() => {
          const last = readLastPull(store.db);
          return last ? Math.floor(Date.parse(last.startedAt) / 1000) - DELTA_OVERLAP_S : null;
        })();
  const stored = readPullState(store.db);
  let state: PullState;
  let written: PullState | null = stored; // what app_meta holds now
  if (stored && (!explicit || stored.sinceUnix === wantedSince)) {
    state = { ...stored, resumed: true };
    services.logger.info(`HEMIS pull ${state.pullId}: continuing after page ${state.page} of ${state.pageCount}`);
  } else {
    state = {
      version: PULL_STATE_VERSION,
      pullId: uuidv7(clock.now().getTime()),
      startedAt: clock.now().toISOString(),
      sinceUnix: wantedSince,
      resumed: false,
      reference: null,
      page: 0,
      pageCount: 0,
      students: zeroCounts(),
      requests: 0,
    };
  }
  const requestsBefore = state.requests;
  const requestsNow = () => requestsBefore + client.requests;

  try {
    if (!state.reference) {
      job.progress(0, 5, 'hemis.step.reference');
      const ref = await fetchReference(client, signal, (done, total) =>
        job.progress(done, total, 'hemis.step.reference'),
      );
      job.throwIfCancelled();
      const next: PullState = { ...state, requests: requestsNow() };
      runCommand(store, clock, actor, 'hemis.pull.reference', { pullId: state.pullId }, (w) => {
        claim(w, written);
        next.reference = applyReference(w, ref);
        w.setMeta(HEMIS_PULL_STATE_KEY, JSON.stringify(next));
      });
      state = next;
      written = next;
    }

    const refs = loadRefMaps(store.db);
    const params = state.sinceUnix !== null ? { updated_at_from: state.sinceUnix } : {};
    const queue = new PageQueue(
      (page) => client.list('student-list', params, page, signal),
      Math.max(0, opts.lookahead ?? 2),
    );
    const done = () =>
      state.students.created + state.students.updated + state.students.unchanged + state.students.rejected;
    let page = state.page + 1;
    let pageCount = state.pageCount || page;
    let total = 0;
    job.progress(done(), done(), 'hemis.step.students');
    while (page <= pageCount) {
      const buffered: { page: number; items: unknown[] }[] = [];
      let rows = 0;
      while (page <= pageCount && rows < batchRows) {
        job.throwIfCancelled();
        const res = await queue.get(page, pageCount);
        pageCount = Math.max(res.pageCount, 1);
        total = Math.max(total, res.totalCount);
        buffered.push({ page, items: res.items });
        rows += res.items.length;
        job.progress(done() + rows, Math.max(total, done() + rows), 'hemis.step.students');
        page++;
      }
      job.throwIfCancelled();
      const today = clock.now().toISOString().slice(0, 10);
      const mappings = buffered.flatMap((b) =>
        b.items.map((raw, i) => mapStudent(raw, `#${b.page}.${i}`, refs, today)),
      );
      const next: PullState = { ...state, page: page - 1, pageCount, requests: requestsNow() };
      const audit: Record<string, unknown> = {
        pullId: state.pullId,
        pages: `${buffered[0]?.page ?? page}-${page - 1}`,
        rows: mappings.length,
      };
      runCommand(store, clock, actor, 'hemis.pull.students', audit, (w) => {
        claim(w, written);
        const counts = applyStudentBatch(w, mappings, state.pullId);
        // The audit input is serialised after this function returns: the counts belong in it.
        Object.assign(audit, counts);
        next.students = {
          created: state.students.created + counts.created,
          updated: state.students.updated + counts.updated,
          unchanged: state.students.unchanged + counts.unchanged,
          rejected: state.students.rejected + counts.rejected,
        };
        w.setMeta(HEMIS_PULL_STATE_KEY, JSON.stringify(next));
      });
      state = next;
      written = next;
      job.progress(done(), Math.max(total, done()), 'hemis.step.students');
      await job.yield();
    }

    job.throwIfCancelled();
    job.progress(1, 1, 'hemis.step.finish');
    const reference = state.reference ?? { departments: zeroCounts(), specialties: zeroCounts(), groups: zeroCounts() };
    const summary: HemisPullSummary = {
      pullId: state.pullId,
      mode: state.sinceUnix === null ? 'full' : 'delta',
      since: unixToIso(state.sinceUnix),
      startedAt: state.startedAt,
      finishedAt: clock.now().toISOString(),
      resumed: state.resumed,
      departments: reference.departments,
      specialties: reference.specialties,
      groups: reference.groups,
      ...academicCounts(reference),
      students: state.students,
      pages: state.page,
      requests: requestsNow(),
    };
    runCommand(store, clock, actor, 'hemis.pull.finish', { pullId: state.pullId }, (w) => {
      claim(w, written);
      w.setMeta(HEMIS_LAST_PULL_KEY, JSON.stringify(summary));
      w.setMeta(HEMIS_PULL_STATE_KEY, '');
    });
    services.logger.info(
      `HEMIS pull ${summary.pullId} done: ${JSON.stringify({ students: summary.students, requests: summary.requests })}`,
    );
    return { ...summary, rejectedRows: listRejects(services, state.pullId).rows };
  } finally {
    job.signal.removeEventListener('abort', onAbort);
    controller.abort();
  }
}

/** Starts the pull job unless one is running (one pull at a time per database). */
export function startHemisPull(
  services: Services,
  actor: Actor,
  opts: PullOptions,
  ownerId: string | null,
): { id: string; done: Promise<HemisPullResult> } {
  if (services.jobs.list().some((j) => j.kind === PULL_JOB_KIND && j.state === 'running')) {
    throw hemisError('error.hemisPullRunning', 'A HEMIS pull is already running');
  }
  // Fail before the job starts when nothing is configured: a clear error, not a failed job.
  hemisClientFor(services, opts.client);
  let failures = FAILURES.get(services.jobs);
  if (!failures) FAILURES.set(services.jobs, (failures = new Map()));
  const known = failures;
  const started = services.jobs.start(PULL_JOB_KIND, ownerId, async (job) => {
    try {
      return await runHemisPull(services, actor, opts, job);
    } catch (err) {
      if (err instanceof AppError && err.code !== 'CANCELLED') {
        known.set(started.id, { key: err.key, ...(err.params ? { params: err.params } : {}) });
      }
      throw err;
    }
  });
  return started;
}

type Failure = { key: string; params?: Record<string, string | number> };
/** Why pull jobs failed, as message keys (JobInfo keeps only an English message), per backend. */
const FAILURES = new WeakMap<JobRunner, Map<string, Failure>>();

export function pullFailure(jobs: JobRunner, jobId: string): Failure | null {
  return FAILURES.get(jobs)?.get(jobId) ?? null;
}

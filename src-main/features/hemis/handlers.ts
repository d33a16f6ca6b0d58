import type { JobInfo } from '../../../src-shared/contract/jobs';
import { MANAGERS } from '../../../src-shared/contract/roles';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import { HemisClient } from './client';
import { hemisNotConfigured, listRejects, PULL_JOB_KIND, pullFailure, startHemisPull } from './pull';
import {
  HEMIS_TOKEN_SECRET,
  HEMIS_URL_KEY,
  normalizeHemisUrl,
  readHemisUrl,
  readLastPull,
  readPullState,
  unixToIso,
} from './settings';

/** The newest pull job this session may see (managers: any). */
function latestPullJob(ctx: HandlerContext): JobInfo | null {
  const owner = ctx.session && MANAGERS.includes(ctx.session.role) ? undefined : (ctx.session?.userId ?? '');
  return ctx.jobs.list(owner).find((j) => j.kind === PULL_JOB_KIND) ?? null;
}

export const hemisHandlers: HandlersOf<
  'hemis.settings' | 'hemis.updateSettings' | 'hemis.testConnection' | 'hemis.pull' | 'hemis.pullStatus'
> = {
  'hemis.settings': (_input, ctx) => {
    const store = ctx.secretStore.describe();
    return {
      url: readHemisUrl(ctx.store.db),
      tokenSet: ctx.secretStore.get(HEMIS_TOKEN_SECRET) !== null,
      tokenStore: { kind: store.kind, warning: store.warning ?? null },
      lastPull: readLastPull(ctx.store.db),
    };
  },

  'hemis.updateSettings': (input, ctx) => {
    // The audit records the input with `token` redacted and a note that it changed, never the value.
    ctx.command((w) => {
      if (input.url !== undefined) w.setMeta(HEMIS_URL_KEY, normalizeHemisUrl(input.url));
      if (input.token !== undefined || input.clearToken) {
        w.recordEvent('app_meta', 'hemis.token', { tokenChange: input.token !== undefined ? 'set' : 'cleared' });
        // Last: if the store fails, the transaction (and the audit entry) rolls back with it.
        ctx.secretStore.set(HEMIS_TOKEN_SECRET, input.token ?? null);
      }
    });
    return { ok: true };
  },

  'hemis.testConnection': async (input, ctx) => {
    const saved = readHemisUrl(ctx.store.db);
    const url = input.url ? normalizeHemisUrl(input.url) : saved;
    // The stored token goes only to the saved address: a test of another one brings its own token.
    const token = input.token ?? (url === saved ? ctx.secretStore.get(HEMIS_TOKEN_SECRET) : null);
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    if (!url || !token) {
      const key = url && url !== saved && !input.token ? 'error.hemisTokenForNewUrl' : hemisNotConfigured().key;
      return { ok: false, status: null, errorKey: key, errorParams: null, tookMs: 0, departments: null };
    }
    const client = new HemisClient({ baseUrl: url, token, maxTries: 1, timeoutMs: 15_000, logger: ctx.logger });
    try {
      const data = (await client.get('department-list', { limit: 1 })) as {
        pagination?: { totalCount?: unknown };
      } | null;
      const total = data?.pagination?.totalCount;
      return {
        ok: true,
        status: 200,
        errorKey: null,
        errorParams: null,
        tookMs: took(),
        departments: typeof total === 'number' && Number.isInteger(total) ? total : null,
      };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const status = err.params?.status;
      return {
        ok: false,
        status: typeof status === 'number' ? status : null,
        errorKey: err.key,
        errorParams: err.params ?? null,
        tookMs: took(),
        departments: null,
      };
    }
  },

  'hemis.pull': (input, ctx) => {
    const job = startHemisPull(ctx, ctx.actor, { since: input.since, full: input.full }, ctx.session?.userId ?? null);
    return { jobId: job.id };
  },

  'hemis.pullStatus': (_input, ctx) => {
    const state = readPullState(ctx.store.db);
    const rejects = listRejects(ctx);
    const job = latestPullJob(ctx);
    return {
      job,
      jobError: job?.state === 'failed' ? pullFailure(ctx.jobs, job.id) : null,
      lastPull: readLastPull(ctx.store.db),
      pending: state
        ? {
            pullId: state.pullId,
            startedAt: state.startedAt,
            since: unixToIso(state.sinceUnix),
            page: state.page,
            pageCount: state.pageCount,
            students: state.students,
          }
        : null,
      rejects: rejects.rows,
      rejectsTotal: rejects.total,
    };
  },
};

import { addDays, tashkentDateToUnix, tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { AppError } from '../../../src-shared/errors';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { JobContext } from '../../jobs/job-runner';
import type { HemisClientOptions } from '../hemis/client';
import { hemisClientFor } from '../hemis/pull';
import {
  HemisLookup,
  mapAttendance,
  mapExams,
  mapSchedule,
  SKIP_REASONS,
  type PullEndpoint,
  type SkipReason,
} from './hemis-map';
import {
  addCounts,
  ATTENDANCE_SPEC,
  EXAM_SPEC,
  LESSON_SPEC,
  upsertRows,
  zeroUpsert,
  type UpsertCounts,
} from './upsert';

/**
 * The attendance pull (HEMIS `attendance-list`, `schedule-list`, `exam-list`) as a job: page by page,
 * each page one command, so a cancel or a failure leaves whole pages and a repeat is safe (rows are
 * found again by HEMIS id; unchanged ones write nothing). Without dates it takes the last 30 days of
 * absences and the timetable from a week back to four months ahead: a whole year of a university's
 * journal is millions of rows and the counter needs the current weeks.
 */
export const ATTENDANCE_PULL_JOB = 'attendance.pull';
const ENDPOINTS: PullEndpoint[] = ['attendance-list', 'schedule-list', 'exam-list'];
const ABSENCE_DAYS_BACK = 30;
const SCHEDULE_DAYS_BACK = 7;
const SCHEDULE_DAYS_AHEAD = 120;

export interface AttendancePullResult {
  from: string;
  to: string;
  endpoints: Record<PullEndpoint, UpsertCounts & { skipped: number; pages: number }>;
  skipped: Record<SkipReason, number>;
}

export interface AttendancePullOptions {
  from?: string | undefined;
  to?: string | undefined;
  client?: Partial<HemisClientOptions>;
}

function windowOf(endpoint: PullEndpoint, today: string, opts: AttendancePullOptions): Record<string, number> {
  if (endpoint === 'exam-list') return {};
  const from = opts.from ?? addDays(today, endpoint === 'attendance-list' ? -ABSENCE_DAYS_BACK : -SCHEDULE_DAYS_BACK);
  const to = opts.to ?? (endpoint === 'attendance-list' ? today : addDays(today, SCHEDULE_DAYS_AHEAD));
  // `lesson_date_to` is inclusive of its day: the next midnight minus a second.
  return { lesson_date_from: tashkentDateToUnix(from), lesson_date_to: tashkentDateToUnix(addDays(to, 1)) - 1 };
}

export async function runAttendancePull(
  services: Services,
  actor: Actor,
  opts: AttendancePullOptions,
  job: JobContext,
): Promise<AttendancePullResult> {
  const client = hemisClientFor(services, opts.client);
  const today = tashkentMoment(services.clock.now()).date;
  const result: AttendancePullResult = {
    from: opts.from ?? addDays(today, -ABSENCE_DAYS_BACK),
    to: opts.to ?? today,
    endpoints: Object.fromEntries(ENDPOINTS.map((e) => [e, { ...zeroUpsert(), skipped: 0, pages: 0 }])) as never,
    skipped: Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>,
  };
  // Progress spans all three lists; a list's size is known after its first page.
  const totals = new Map<PullEndpoint, number>();
  let done = 0;
  let doneBefore = 0;
  const total = () => ENDPOINTS.reduce((sum, e) => sum + (totals.get(e) ?? 1), 0);

  for (const endpoint of ENDPOINTS) {
    const params = windowOf(endpoint, today, opts);
    const step = `attendance.step.${endpoint.replace('-list', '')}`;
    const stats = result.endpoints[endpoint];
    for (let page = 1, pageCount = 1; page <= pageCount; page++) {
      job.throwIfCancelled();
      job.progress(done, total(), step);
      const res = await client.list(endpoint, params, page, job.signal);
      job.throwIfCancelled();
      pageCount = res.pageCount;
      if (page === 1) totals.set(endpoint, Math.max(1, res.totalCount));
      runCommand(
        services.store,
        services.clock,
        actor,
        `attendance.pull.${endpoint.replace('-list', '')}`,
        { endpoint, page, items: res.items.length },
        (w) => {
          const look = new HemisLookup(w);
          const nowMs = Date.parse(w.now);
          let counts: UpsertCounts;
          let skipped: { reason: SkipReason }[];
          if (endpoint === 'attendance-list') {
            const m = mapAttendance(res.items, look, w.now);
            counts = upsertRows(w.sqlite, w, ATTENDANCE_SPEC, m.rows, nowMs);
            skipped = m.skipped;
          } else if (endpoint === 'schedule-list') {
            const m = mapSchedule(res.items, look);
            counts = upsertRows(w.sqlite, w, LESSON_SPEC, m.rows, nowMs);
            skipped = m.skipped;
          } else {
            const m = mapExams(res.items, look);
            counts = upsertRows(w.sqlite, w, EXAM_SPEC, m.rows, nowMs);
            skipped = m.skipped;
          }
          Object.assign(stats, addCounts(stats, counts), { skipped: stats.skipped + skipped.length });
          for (const s of skipped) result.skipped[s.reason]++;
        },
      );
      stats.pages++;
      done += res.items.length;
      job.progress(done, Math.max(done, total()), step);
      await job.yield();
    }
    // What the list really held (HEMIS's totalCount may drift while we page): the bar stays honest.
    totals.set(endpoint, done - doneBefore);
    doneBefore = done;
  }
  job.progress(1, 1, 'attendance.step.done');
  return result;
}

/** Starts the pull unless one is running: two pulls would fight over the same rows. */
export function startAttendancePull(
  services: Services,
  actor: Actor,
  opts: AttendancePullOptions,
  ownerId: string | null,
): { id: string; done: Promise<AttendancePullResult> } {
  if (services.jobs.list().some((j) => j.kind === ATTENDANCE_PULL_JOB && j.state === 'running')) {
    throw new AppError('CONFLICT', 'error.attendancePullRunning', 'An attendance pull is already running');
  }
  // Fails here, not in the job, when HEMIS is not set up: the person sees why at once.
  hemisClientFor(services, opts.client);
  return services.jobs.start(ATTENDANCE_PULL_JOB, ownerId, (job) => runAttendancePull(services, actor, opts, job));
}

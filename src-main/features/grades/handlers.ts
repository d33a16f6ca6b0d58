import type { Locale } from '../../../src-shared/contract/common';
import type { gradesChannels, GradesImportResult } from '../../../src-shared/contract/grades';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import type { Store } from '../../db/store';
import { readHemisUrl } from '../hemis/settings';
import { hemisNotConfigured } from '../hemis/pull';
import { HEMIS_TOKEN_SECRET } from '../hemis/settings';
import { findUserById } from '../users/repo';
import { importGrades } from './grades-import';
import { GRADES_PULL_JOB, runGradesPull } from './hemis-pull';
import { debtors, gpaDiff, listFilters, ranking } from './lists';
import { correctRecord, recordSheet } from './record';
import { gradeSheet } from './sheet';
import { historyOf, transcriptOf } from './transcript';

const KEEP_REPORTS = 10;
/** Finished import reports by job id (the newest few), per database. */
const reports = new WeakMap<Store, Map<string, GradesImportResult>>();

function reportsOf(store: Store): Map<string, GradesImportResult> {
  let m = reports.get(store);
  if (!m) reports.set(store, (m = new Map()));
  return m;
}

/** Row messages of a report are written in the language of the person who started it. */
function localeOf(ctx: HandlerContext): Locale {
  const user = ctx.session ? findUserById(ctx.store.db, ctx.session.userId) : undefined;
  return (user?.locale as Locale | undefined) ?? 'uz-Latn';
}

export const gradesHandlers: HandlersOf<keyof typeof gradesChannels> = {
  'grades.transcript': (input, ctx) => transcriptOf(ctx.store.reader, input.studentId),

  'grades.history': (input, ctx) => historyOf(ctx.store.reader, input.studentId, input.subjectId, input.semester),

  'grades.record': (input, ctx) => ctx.command((w) => recordSheet(w, input, ctx.actor.login)),

  'grades.correct': (input, ctx) => ctx.command((w) => correctRecord(w, input, ctx.actor.login)),

  'grades.sheet': (input, ctx) => gradeSheet(ctx.store.reader, input),

  'grades.filters': (_input, ctx) => listFilters(ctx.store.reader),

  'grades.debtors': (input, ctx) => debtors(ctx.store.reader, input),

  'grades.ranking': (input, ctx) => ranking(ctx.store.reader, input),

  'grades.gpaDiff': (input, ctx) => gpaDiff(ctx.store.reader, input),

  'grades.import': (input, ctx) => {
    const locale = localeOf(ctx);
    const data = Buffer.from(input.data, 'base64');
    const { id } = ctx.jobs.start('grades.import', ctx.session?.userId ?? null, async (job) => {
      const result = await importGrades(
        ctx,
        ctx.actor,
        { data, fileName: input.fileName },
        { dryRun: input.dryRun, locale },
        job,
      );
      const store = reportsOf(ctx.store);
      store.set(id, result);
      while (store.size > KEEP_REPORTS) store.delete(store.keys().next().value as string);
      return { rows: result.rows, added: result.added, replaced: result.replaced, rejected: result.rejectedCount };
    });
    return { jobId: id };
  },

  'grades.importResult': (input, ctx) => {
    const r = reportsOf(ctx.store).get(input.jobId);
    if (r) return r;
    const job = ctx.jobs.get(input.jobId);
    if (job?.state === 'failed' || job?.state === 'cancelled') {
      throw new AppError('CONFLICT', job.errorKey ?? 'error.importFailed', job.error ?? 'The import did not finish', {
        params: { error: job.error ?? '', ...(job.errorParams ?? {}) },
      });
    }
    throw new AppError('NOT_FOUND', 'error.jobNotFound', `No grades import report for job ${input.jobId}`);
  },

  'grades.pull': (input, ctx) => {
    // Refused before a job starts: "not configured" belongs on the button, not in a failed job.
    if (!readHemisUrl(ctx.store.db) || !ctx.secretStore.get(HEMIS_TOKEN_SECRET)) throw hemisNotConfigured();
    const { id } = ctx.jobs.start(GRADES_PULL_JOB, ctx.session?.userId ?? null, (job) =>
      runGradesPull(ctx, ctx.actor, { educationYear: input.educationYear }, job),
    );
    return { jobId: id };
  },
};

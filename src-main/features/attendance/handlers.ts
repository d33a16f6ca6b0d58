import type { attendanceChannels } from '../../../src-shared/contract/attendance';
import { ALERT_KINDS } from '../../../src-shared/contract/attendance';
import { checkThresholds } from '../../../src-shared/domain/attendance';
import { shownWeekDate, tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import type { Store } from '../../db/store';
import { startAttendancePull } from './hemis-pull';
import { importAttendance, REJECTED_SHOWN, type FullImportResult } from './import';
import { localeOf, nameSql, requireGroup, requireStudent } from './repo';
import { recordAbsence } from './record';
import { alerts, dailyReport, latestYear, studentRefs, subjectMonitoring } from './reports';
import { studentSummary } from './summary';
import { readThresholds, writeThresholds } from './thresholds';
import { nextFor, studentExams, week } from './timetable';

const KEEP_RESULTS = 10;
/** Finished import results by job id (the newest few), per backend. */
const results = new WeakMap<Store, Map<string, FullImportResult>>();

function resultsOf(store: Store): Map<string, FullImportResult> {
  let m = results.get(store);
  if (!m) results.set(store, (m = new Map()));
  return m;
}

function findResult(ctx: HandlerContext, jobId: string): FullImportResult {
  const r = resultsOf(ctx.store).get(jobId);
  if (r) return r;
  const job = ctx.jobs.get(jobId);
  if (job?.state === 'failed' || job?.state === 'cancelled') {
    throw new AppError('CONFLICT', job.errorKey ?? 'error.importFailed', job.error ?? 'The import did not finish', {
      params: job.errorParams ?? { error: job.error ?? '' },
    });
  }
  throw new AppError('NOT_FOUND', 'error.jobNotFound', `No import result for job ${jobId}`);
}

function groupOf(ctx: HandlerContext, input: { studentId?: string | undefined; groupId?: string | undefined }) {
  const db = ctx.store.reader;
  if (input.studentId) {
    const s = requireStudent(db, input.studentId);
    const g = s.groupId ? requireGroup(db, s.groupId) : null;
    return g;
  }
  return requireGroup(db, input.groupId as string);
}

export const attendanceHandlers: HandlersOf<keyof typeof attendanceChannels> = {
  'attendance.thresholds': (_input, ctx) => readThresholds(ctx.store.db),

  'attendance.updateThresholds': (input, ctx) => {
    const issues = checkThresholds(input);
    if (issues.length > 0)
      throw new AppError('VALIDATION', 'error.validation', 'The attendance borders are not in order', {
        details: { issues },
      });
    ctx.command((w) => writeThresholds(w, input));
    return readThresholds(ctx.store.db);
  },

  'attendance.filters': (_input, ctx) => {
    const db = ctx.store.reader;
    const locale = localeOf(ctx);
    const column = (sql: string) => (db.prepare(sql).all() as { v: string }[]).map((r) => r.v).filter(Boolean);
    return {
      faculties: db
        .prepare(
          `select d.id as id, ${nameSql('d', locale)} as name from departments d
            where exists (select 1 from groups g where g.department_id = d.id) order by name`,
        )
        .all() as { id: string; name: string }[],
      groups: db
        .prepare(`select id, name, department_id as facultyId, course from groups where active = 1 order by name`)
        .all() as { id: string; name: string; facultyId: string; course: number }[],
      educationYears: column(
        `select education_year as v from attendance union select education_year from exams
          union select education_year from schedule_lessons order by v desc`,
      ),
      semesters: column(`select distinct semester as v from attendance order by v`),
    };
  },

  'attendance.dailyReport': (input, ctx) => {
    const rows = dailyReport(ctx.store.reader, localeOf(ctx), readThresholds(ctx.store.db), input);
    return {
      date: input.date,
      rows,
      totals: {
        students: rows.length,
        excused: rows.reduce((s, r) => s + r.excused, 0),
        unexcused: rows.reduce((s, r) => s + r.unexcused, 0),
      },
    };
  },

  'attendance.alerts': (input, ctx) => {
    const db = ctx.store.reader;
    const educationYear = input.educationYear ?? latestYear(db);
    const counts = Object.fromEntries(ALERT_KINDS.map((k) => [k, 0])) as Record<(typeof ALERT_KINDS)[number], number>;
    if (!educationYear) return { educationYear: null, rows: [], counts };
    const all = alerts(db, localeOf(ctx), readThresholds(ctx.store.db), { ...input, educationYear });
    for (const r of all) {
      if (r.level !== 'none') counts[r.level]++;
      if (r.barredSubjects.length > 0) counts.barred++;
    }
    const kind = input.kind;
    const rows = kind ? all.filter((r) => (kind === 'barred' ? r.barredSubjects.length > 0 : r.level === kind)) : all;
    return { educationYear, rows, counts };
  },

  'attendance.groupSubjects': (input, ctx) => {
    const db = ctx.store.reader;
    requireGroup(db, input.groupId);
    return db
      .prepare(
        `select distinct sub.id as id, ${nameSql('sub', localeOf(ctx))} as name, x.semester as semester,
                x.education_year as educationYear
           from (select subject_id, semester, education_year from attendance
                  where group_id = @g or student_id in (select id from students where group_id = @g)
                 union select subject_id, semester, education_year from schedule_lessons where group_id = @g) x
           join subjects sub on sub.id = x.subject_id
          where x.semester <> '' and x.education_year <> ''
          order by x.education_year desc, x.semester desc, name`,
      )
      .all({ g: input.groupId }) as { id: string; name: string; semester: string; educationYear: string }[];
  },

  'attendance.subjectMonitoring': (input, ctx) => {
    requireGroup(ctx.store.reader, input.groupId);
    return subjectMonitoring(ctx.store.reader, localeOf(ctx), readThresholds(ctx.store.db), input);
  },

  'attendance.studentSummary': (input, ctx) => {
    const student = requireStudent(ctx.store.reader, input.studentId);
    return studentSummary(ctx.store.reader, localeOf(ctx), readThresholds(ctx.store.db), student, ctx.clock.now());
  },

  'attendance.record': (input, ctx) => recordAbsence(input, ctx),

  'attendance.import': (input, ctx) => {
    const locale = localeOf(ctx);
    const data = Buffer.from(input.data, 'base64');
    const actor = ctx.actor;
    const { id } = ctx.jobs.start('attendance.import', ctx.session?.userId ?? null, async (job) => {
      const result = await importAttendance(
        ctx,
        actor,
        { kind: input.kind, fileName: input.fileName, data, dryRun: input.dryRun, locale },
        job,
      );
      const store = resultsOf(ctx.store);
      store.set(id, result);
      while (store.size > KEEP_RESULTS) store.delete(store.keys().next().value as string);
      return { rows: result.rows, created: result.created, updated: result.updated, rejected: result.rejectedCount };
    });
    return { jobId: id };
  },

  'attendance.importResult': (input, ctx) => {
    const r = findResult(ctx, input.jobId);
    return { ...r, rejected: r.rejected.slice(0, REJECTED_SHOWN) };
  },

  'attendance.pull': (input, ctx) => {
    const { id } = startAttendancePull(ctx, ctx.actor, input, ctx.session?.userId ?? null);
    return { jobId: id };
  },

  'attendance.timetable': (input, ctx) => {
    const group = groupOf(ctx, input);
    const locale = localeOf(ctx);
    const now = ctx.clock.now();
    const date = input.date ?? shownWeekDate(tashkentMoment(now).date);
    return {
      group,
      ...week(ctx.store.reader, locale, group?.id ?? null, date),
      next: nextFor(ctx.store.reader, locale, group?.id ?? null, now),
    };
  },

  'attendance.next': (input, ctx) =>
    nextFor(ctx.store.reader, localeOf(ctx), groupOf(ctx, input)?.id ?? null, ctx.clock.now()),

  'attendance.studentExams': (input, ctx) => {
    const db = ctx.store.reader;
    const s = requireStudent(db, input.studentId);
    const locale = localeOf(ctx);
    const student = studentRefs(db, locale, [s.id]).get(s.id);
    if (!student) throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found');
    return { student, exams: studentExams(db, locale, s.groupId) };
  },
};

import type { GradesPullResult } from '../../../src-shared/contract/grades';
import { gradeOf } from '../../../src-shared/domain/grading';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { JobContext } from '../../jobs/job-runner';
import { academicRecords, hemisStudentGpa } from '../academic/schema';
import type { HemisClientOptions } from '../hemis/client';
import { hemisClientFor } from '../hemis/pull';
import { academicRecordItem, hemisGrade, studentGpaItem, type AcademicRecordItem } from './hemis-items';
import { loadMaps, reject, semesterOf, type GradesEndpoint, type Maps } from './hemis-maps';
import { applyMark } from './hemis-performance';
import { stmt } from './statements';
import { loadSystems } from './systems';

export interface GradesPullOptions {
  educationYear?: string;
  client?: Partial<HemisClientOptions>;
}

export const GRADES_PULL_JOB = 'grades.pull';

/**
 * One HEMIS result applied. A new entry is appended only when HEMIS's values differ from the last
 * entry HEMIS gave for that subject × semester, so a re-pull adds nothing and a local correction
 * made since is not undone by the unchanged HEMIS value. The flag `finish_credit_status` is not
 * read: credit is recomputed from grade and score wherever it is shown.
 */
function applyRecord(
  w: Writer,
  item: AcademicRecordItem,
  maps: Maps,
  result: GradesPullResult,
  systemOf: ReturnType<typeof loadSystems>,
): void {
  const refuse = (key: string) => reject(result, 'academic-record-list', item.hemisId, key);
  const studentId = item.student === null ? undefined : maps.students.get(item.student);
  if (!studentId) return refuse('error.gradePullStudent');
  const subjectId = item.subject === null ? undefined : maps.subjects.get(item.subject);
  if (!subjectId) return refuse('error.gradePullSubject');
  const semester = semesterOf(item.semester, maps);
  if (!semester || !item.educationYear) return refuse('error.gradePullSemester');
  if (item.credit === null || item.credit < 0) return refuse('error.gradePullValue');
  const curriculum = item.curriculum === null ? undefined : maps.curricula.get(item.curriculum);
  const place = curriculum ? maps.places.get(`${curriculum.id}|${semester}|${subjectId}`) : undefined;
  const markingSystem = curriculum?.markingSystem ?? '13';
  const grade =
    hemisGrade(item.grade) ??
    (item.totalPoint !== null && item.totalPoint > 0 ? gradeOf(item.totalPoint, systemOf(markingSystem)) : null);
  const last = stmt(
    w.sqlite,
    `select total_point as totalPoint, grade, credit, restudy from academic_records
      where student_id = ? and subject_id = ? and semester = ? and source = 'hemis' order by created_at desc, rowid desc limit 1`,
  ).get(studentId, subjectId, semester) as
    { totalPoint: number | null; grade: number | null; credit: number; restudy: number } | undefined;
  if (
    last &&
    last.totalPoint === item.totalPoint &&
    last.grade === grade &&
    last.credit === item.credit &&
    last.restudy === Number(item.restudy)
  ) {
    result.records.unchanged++;
    return;
  }
  const current = stmt(
    w.sqlite,
    'select id, attempt from academic_records where student_id = ? and subject_id = ? and semester = ? and is_current = 1',
  ).get(studentId, subjectId, semester) as { id: string; attempt: number } | undefined;
  if (current) w.update(academicRecords, current.id, { isCurrent: false });
  w.bulkInsert(academicRecords, [
    {
      id: uuidv7(Date.parse(w.now)),
      studentId,
      subjectId,
      curriculumSubjectId: place?.id ?? null,
      semester,
      educationYear: item.educationYear,
      credit: item.credit,
      totalPoint: item.totalPoint,
      grade,
      ratingGrade: place?.ratingGrade ?? '11',
      markingSystem,
      attempt: current?.attempt ?? 1,
      restudy: item.restudy,
      lecturer: item.lecturer,
      replacesId: current?.id ?? null,
      reason: current ? 'HEMIS' : '',
      source: 'hemis',
      hemisId: item.hemisId,
      isCurrent: true,
      createdBy: 'hemis',
      createdAt: w.now,
    },
  ]);
  result.records.added++;
}

function applyGpa(w: Writer, raw: unknown, maps: Maps, result: GradesPullResult): void {
  const parsed = studentGpaItem.safeParse(raw);
  const item = parsed.success ? parsed.data : null;
  const studentId = item?.student == null ? undefined : maps.students.get(item.student);
  if (!item || !studentId) return reject(result, 'student-gpa-list', item?.student ?? null, 'error.gradePullStudent');
  if (!item.educationYear) return reject(result, 'student-gpa-list', item.student, 'error.gradePullSemester');
  const values = {
    level: item.level,
    gpa: item.gpa,
    creditSum: item.creditSum,
    debtSubjects: item.debtSubjects,
    canTransfer: item.canTransfer,
    pulledAt: w.now,
  };
  const existing = stmt(
    w.sqlite,
    'select id from hemis_student_gpa where student_id = ? and education_year = ? and method = ?',
  ).get(studentId, item.educationYear, item.method) as { id: string } | undefined;
  if (existing) w.update(hemisStudentGpa, existing.id, values);
  else
    w.insert(hemisStudentGpa, {
      id: uuidv7(Date.parse(w.now)),
      studentId,
      educationYear: item.educationYear,
      method: item.method,
      ...values,
    });
  result.gpa.stored++;
}

/**
 * The lists in order. The marks per control are an addition to the results: a HEMIS that does not
 * offer `student-performance-list` (404) or a token that may not read it (403) skips that list with
 * a note among the rejects, instead of failing a pull whose results and GPA are already stored.
 */
const STEPS: { endpoint: GradesEndpoint; step: string; command: string; optional: boolean }[] = [
  { endpoint: 'academic-record-list', step: 'grades.step.records', command: 'grades.pull.records', optional: false },
  { endpoint: 'student-gpa-list', step: 'grades.step.gpa', command: 'grades.pull.gpa', optional: false },
  {
    endpoint: 'student-performance-list',
    step: 'grades.step.performance',
    command: 'grades.pull.performance',
    optional: true,
  },
];
const NOT_OFFERED = new Set(['error.hemisNotFound', 'error.hemisForbidden']);

/**
 * The grades pull, as a job: every page of `academic-record-list`, then of `student-gpa-list`, then
 * of `student-performance-list` (marks per control type), each page one audited command. A cancel or
 * failure leaves whole pages; a re-run repeats safely.
 */
export async function runGradesPull(
  services: Services,
  actor: Actor,
  opts: GradesPullOptions,
  job: JobContext,
): Promise<GradesPullResult> {
  const client = hemisClientFor(services, opts.client);
  const maps = loadMaps(services.store.reader);
  const systemOf = loadSystems(services.store.reader);
  const result: GradesPullResult = {
    records: { seen: 0, added: 0, unchanged: 0, rejected: 0 },
    gpa: { seen: 0, stored: 0, rejected: 0 },
    performance: { seen: 0, stored: 0, unchanged: 0, rejected: 0 },
    rejects: [],
  };
  const apply: Record<GradesEndpoint, (w: Writer, raw: unknown) => void> = {
    'academic-record-list': (w, raw) => {
      result.records.seen++;
      const parsed = academicRecordItem.safeParse(raw);
      if (parsed.success) applyRecord(w, parsed.data, maps, result, systemOf);
      else reject(result, 'academic-record-list', null, 'error.gradePullValue');
    },
    'student-gpa-list': (w, raw) => {
      result.gpa.seen++;
      applyGpa(w, raw, maps, result);
    },
    'student-performance-list': (w, raw) => {
      result.performance.seen++;
      applyMark(w, raw, maps, result);
    },
  };
  const params = opts.educationYear ? { _education_year: opts.educationYear } : {};
  for (const { endpoint, step, command, optional } of STEPS) {
    job.progress(0, 1, step);
    for (let page = 1, pageCount = 1; page <= pageCount; page++) {
      job.throwIfCancelled();
      let data;
      try {
        data = await client.list(endpoint, params, page, job.signal);
      } catch (err) {
        if (!(optional && page === 1 && err instanceof AppError && NOT_OFFERED.has(err.key))) throw err;
        result.rejects.push({ endpoint, hemisId: null, key: err.key });
        break;
      }
      pageCount = data.pageCount;
      runCommand(services.store, services.clock, actor, command, { page, ...params }, (w) => {
        for (const raw of data.items) apply[endpoint](w, raw);
      });
      job.progress(page, pageCount, step);
      await job.yield();
    }
  }
  return result;
}

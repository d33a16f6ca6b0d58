import type { GradesPullResult } from '../../../src-shared/contract/grades';
import { gradeOf } from '../../../src-shared/domain/grading';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import type { JobContext } from '../../jobs/job-runner';
import { academicRecords, hemisStudentGpa } from '../academic/schema';
import type { HemisClientOptions } from '../hemis/client';
import { hemisClientFor } from '../hemis/pull';
import { academicRecordItem, hemisGrade, studentGpaItem, type AcademicRecordItem } from './hemis-items';
import { stmt } from './statements';
import { loadSystems } from './systems';

export interface GradesPullOptions {
  educationYear?: string;
  client?: Partial<HemisClientOptions>;
}

export const GRADES_PULL_JOB = 'grades.pull';
const MAX_REJECTS = 100;
const SEMESTER_CODE = /^(1[1-9]|2[0-2])$/;

/** HEMIS ids → local rows, read once per pull (the structure pull keeps these current). */
function loadMaps(db: Sqlite) {
  const pairs = (sql: string) => new Map((db.prepare(sql).raw().all() as [number, string][]).map(([k, v]) => [k, v]));
  const curricula = new Map(
    (
      db.prepare('select hemis_id, id, marking_system from curricula where hemis_id is not null').raw().all() as [
        number,
        string,
        string,
      ][]
    ).map(([h, id, ms]) => [h, { id, markingSystem: ms }]),
  );
  const places = new Map(
    (
      db
        .prepare('select curriculum_id, semester, subject_id, id, rating_grade from curriculum_subjects')
        .raw()
        .all() as string[][]
    ).map(([c, sem, subj, id, rg]) => [`${c}|${sem}|${subj}`, { id: id as string, ratingGrade: rg as string }]),
  );
  return {
    students: pairs('select hemis_id, id from students where hemis_id is not null'),
    subjects: pairs('select hemis_id, id from subjects where hemis_id is not null'),
    semesters: pairs('select hemis_id, code from curriculum_semesters where hemis_id is not null'),
    curricula,
    places,
  };
}
type Maps = ReturnType<typeof loadMaps>;

interface Counts {
  result: GradesPullResult;
}

function reject(c: Counts, endpoint: string, hemisId: number | null, key: string): void {
  if (endpoint === 'academic-record-list') c.result.records.rejected++;
  else c.result.gpa.rejected++;
  if (c.result.rejects.length < MAX_REJECTS) c.result.rejects.push({ endpoint, hemisId, key });
}

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
  c: Counts,
  systemOf: ReturnType<typeof loadSystems>,
): void {
  const studentId = item.student === null ? undefined : maps.students.get(item.student);
  if (!studentId) return reject(c, 'academic-record-list', item.hemisId, 'error.gradePullStudent');
  const subjectId = item.subject === null ? undefined : maps.subjects.get(item.subject);
  if (!subjectId) return reject(c, 'academic-record-list', item.hemisId, 'error.gradePullSubject');
  const raw = item.semester === null ? null : String(item.semester);
  const semester =
    raw && SEMESTER_CODE.test(raw) ? raw : raw && /^\d+$/.test(raw) ? maps.semesters.get(Number(raw)) : undefined;
  if (!semester || !item.educationYear)
    return reject(c, 'academic-record-list', item.hemisId, 'error.gradePullSemester');
  if (item.credit === null || item.credit < 0)
    return reject(c, 'academic-record-list', item.hemisId, 'error.gradePullValue');
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
    c.result.records.unchanged++;
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
  c.result.records.added++;
}

function applyGpa(w: Writer, raw: unknown, maps: Maps, c: Counts): void {
  const parsed = studentGpaItem.safeParse(raw);
  const item = parsed.success ? parsed.data : null;
  const studentId = item?.student == null ? undefined : maps.students.get(item.student);
  if (!item || !studentId) return reject(c, 'student-gpa-list', item?.student ?? null, 'error.gradePullStudent');
  if (!item.educationYear) return reject(c, 'student-gpa-list', item.student, 'error.gradePullSemester');
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
  c.result.gpa.stored++;
}

/**
 * The grades pull, as a job: every page of `academic-record-list`, then of `student-gpa-list`,
 * each page one audited command. A cancel or failure leaves whole pages; a re-run repeats safely.
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
  const c: Counts = {
    result: {
      records: { seen: 0, added: 0, unchanged: 0, rejected: 0 },
      gpa: { seen: 0, stored: 0, rejected: 0 },
      rejects: [],
    },
  };
  const params = opts.educationYear ? { _education_year: opts.educationYear } : {};
  for (const endpoint of ['academic-record-list', 'student-gpa-list'] as const) {
    const step = endpoint === 'academic-record-list' ? 'grades.step.records' : 'grades.step.gpa';
    job.progress(0, 1, step);
    for (let page = 1, pageCount = 1; page <= pageCount; page++) {
      job.throwIfCancelled();
      const data = await client.list(endpoint, params, page, job.signal);
      pageCount = data.pageCount;
      runCommand(
        services.store,
        services.clock,
        actor,
        `grades.pull.${endpoint === 'academic-record-list' ? 'records' : 'gpa'}`,
        { page, ...params },
        (w) => {
          for (const raw of data.items) {
            if (endpoint === 'student-gpa-list') {
              c.result.gpa.seen++;
              applyGpa(w, raw, maps, c);
              continue;
            }
            c.result.records.seen++;
            const parsed = academicRecordItem.safeParse(raw);
            if (parsed.success) applyRecord(w, parsed.data, maps, c, systemOf);
            else reject(c, endpoint, null, 'error.gradePullValue');
          }
        },
      );
      job.progress(page, pageCount, step);
      await job.yield();
    }
  }
  return c.result;
}

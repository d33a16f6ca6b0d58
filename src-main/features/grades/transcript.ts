import type { ControlMark, RecordEntry, Transcript } from '../../../src-shared/contract/grades';
import { buildTranscript } from '../../../src-shared/domain/grades-transcript';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import { studentControls, studentRecords, subjectNames, type RecordRow } from './repo';
import { stmt } from './statements';
import { loadSystems, studentPlacement, systemForStudent } from './systems';

function toEntry(
  r: RecordRow & { letter: string | null; debt: boolean; earned: boolean },
  hasHistory: boolean,
  controls: ControlMark[],
): RecordEntry {
  return {
    id: r.id,
    subjectId: r.subjectId,
    subject: subjectNames(r),
    subjectCode: r.subjectCode,
    curriculumSubjectId: r.curriculumSubjectId,
    semester: r.semester,
    educationYear: r.educationYear,
    credit: r.credit,
    totalPoint: r.totalPoint,
    grade: r.grade,
    letter: r.letter,
    debt: r.debt,
    earned: r.earned,
    ratingGrade: r.ratingGrade,
    markingSystem: r.markingSystem,
    attempt: r.attempt,
    restudy: r.restudy === 1,
    source: r.source,
    hasHistory,
    controls,
  };
}

/**
 * The card's transcript: one indexed read of the student's entries (~40 rows), one of their control
 * marks, and the pure domain transcript over the current entries. Replaced entries only mark that
 * history exists.
 */
export function transcriptOf(db: Sqlite, studentId: string): Transcript {
  const placement = studentPlacement(db, studentId);
  if (!placement) throw new AppError('NOT_FOUND', 'error.notFound', `Student ${studentId} not found`);
  const all = studentRecords(db, studentId);
  const entries = new Map<string, number>();
  for (const r of all)
    entries.set(`${r.subjectId}|${r.semester}`, (entries.get(`${r.subjectId}|${r.semester}`) ?? 0) + 1);
  const current = all.filter((r) => r.isCurrent === 1);
  const systemOf = loadSystems(db);
  // Without a curriculum, the newest result's system stands in (a student mirrored without a group).
  const system = systemForStudent(placement, systemOf, current.at(-1)?.markingSystem ?? '13');
  const t = buildTranscript(current, system, systemOf);
  const controls = studentControls(db, studentId);
  const entry = (r: (typeof t.debts)[number]) => {
    const key = `${r.subjectId}|${r.semester}`;
    return toEntry(r, (entries.get(key) ?? 0) > 1, controls.get(key) ?? []);
  };
  return {
    studentId,
    markingSystem: system.code,
    gpaLimit: system.gpaLimit,
    semesters: t.semesters.map((s) => ({
      semester: s.semester,
      educationYear: s.educationYear,
      credits: s.credits,
      gpa: s.gpa,
      rows: s.rows.map(entry),
    })),
    years: t.years,
    overall: t.overall,
    creditsEarned: t.creditsEarned,
    debts: t.debts.map(entry),
    debtCredits: t.debtCredits,
    restudyPrice: null,
  };
}

interface HistoryRow {
  id: string;
  totalPoint: number | null;
  grade: number | null;
  credit: number;
  attempt: number;
  restudy: number;
  source: string;
  reason: string;
  replacesId: string | null;
  isCurrent: number;
  createdBy: string;
  createdAt: string;
}

/** Every entry of one student × subject × semester, oldest first. */
export function historyOf(db: Sqlite, studentId: string, subjectId: string, semester: string) {
  const rows = stmt(
    db,
    `select id, total_point as totalPoint, grade, credit, attempt, restudy, source, reason, replaces_id as replacesId,
            is_current as isCurrent, created_by as createdBy, created_at as createdAt
       from academic_records where student_id = ? and subject_id = ? and semester = ? order by created_at, id`,
  ).all(studentId, subjectId, semester) as HistoryRow[];
  return rows.map((r) => ({ ...r, restudy: r.restudy === 1, isCurrent: r.isCurrent === 1 }));
}

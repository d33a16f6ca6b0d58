import type { GradesPullResult } from '../../../src-shared/contract/grades';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import { controlMarks } from '../academic/schema';
import { performanceItem } from './hemis-items';
import { reject, semesterOf, type Maps } from './hemis-maps';
import { stmt } from './statements';

const ENDPOINT = 'student-performance-list';
/** `h_exam_type` 11…18 and `h_final_exam_type` 11…13 are two-digit codes; a name in their place is no code. */
const CODE = /^\d{2}$/;

type MarkValues = Pick<
  typeof controlMarks.$inferSelect,
  | 'studentId'
  | 'subjectId'
  | 'semester'
  | 'educationYear'
  | 'examType'
  | 'finalExamType'
  | 'points'
  | 'maxPoints'
  | 'examDate'
  | 'lecturer'
  | 'source'
>;

/**
 * One `student-performance-list` item applied: found again by its HEMIS id, inserted when new,
 * updated (with its before/after in the audit) when a value differs, left alone when not. Marks are a
 * mirror of how the result was made up, so HEMIS's latest value simply replaces ours; the result of
 * record and its history stay in `academic_records`.
 */
export function applyMark(w: Writer, raw: unknown, maps: Maps, result: GradesPullResult): void {
  const parsed = performanceItem.safeParse(raw);
  if (!parsed.success) return reject(result, ENDPOINT, null, 'error.gradePullMark');
  const item = parsed.data;
  const refuse = (key: string) => reject(result, ENDPOINT, item.hemisId, key);
  const studentId = item.student === null ? undefined : maps.students.get(item.student);
  if (!studentId) return refuse('error.gradePullStudent');
  const subjectId = item.subject === null ? undefined : maps.subjects.get(item.subject);
  if (!subjectId) return refuse('error.gradePullSubject');
  const semester = semesterOf(item.semester, maps);
  if (!semester || !item.educationYear) return refuse('error.gradePullSemester');
  // Without its HEMIS id a mark could not be found again: a re-pull would duplicate it.
  if (
    item.hemisId === null ||
    !item.examType ||
    !CODE.test(item.examType) ||
    !CODE.test(item.finalExamType) ||
    item.points === null ||
    item.points < 0
  )
    return refuse('error.gradePullMark');
  const values: MarkValues = {
    studentId,
    subjectId,
    semester,
    educationYear: item.educationYear,
    examType: item.examType,
    finalExamType: item.finalExamType,
    points: item.points,
    maxPoints: item.maxPoints !== null && item.maxPoints > 0 ? item.maxPoints : null,
    examDate: item.examDate,
    lecturer: item.lecturer,
    source: 'hemis',
  };
  const existing = stmt(
    w.sqlite,
    `select id, student_id as studentId, subject_id as subjectId, semester, education_year as educationYear,
            exam_type as examType, final_exam_type as finalExamType, points, max_points as maxPoints,
            exam_date as examDate, lecturer, source
       from control_marks where hemis_id = ?`,
  ).get(item.hemisId) as (MarkValues & { id: string }) | undefined;
  const updatedAt = item.updatedAt ?? w.now;
  if (!existing) {
    w.insert(controlMarks, { id: uuidv7(Date.parse(w.now)), hemisId: item.hemisId, ...values, updatedAt });
    result.performance.stored++;
    return;
  }
  const patch = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => existing[k as keyof MarkValues] !== v),
  ) as Partial<MarkValues>;
  if (Object.keys(patch).length === 0) {
    result.performance.unchanged++;
    return;
  }
  w.update(controlMarks, existing.id, { ...patch, updatedAt });
  result.performance.stored++;
}

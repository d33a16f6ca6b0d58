import { z } from 'zod';
import { unixToTashkentDate } from '../../../src-shared/domain/attendance-timetable';
import { bool, code, entity, idValue, num, ref, text } from '../hemis/item-fields';

/**
 * Readers of HEMIS `academic-record-list`, `student-gpa-list` and `student-performance-list` items (DOMAIN §1.4), built from the shared
 * tolerant field readers: ids as numbers, numeric strings or embedded `{id}`; numbers as numbers or strings.
 */

export const academicRecordItem = z
  .object({
    id: idValue.nullable().optional().catch(null),
    _student: ref,
    student: ref,
    _subject: ref,
    subject: ref,
    _curriculum: ref,
    _semester: z.union([idValue, z.string()]).nullable().optional().catch(null),
    semester: code,
    _education_year: code,
    educationYear: code,
    credit: num,
    total_point: num,
    grade: num,
    retraining_status: bool,
    employee_name: text,
  })
  .transform((i) => ({
    hemisId: i.id ?? null,
    student: i._student ?? i.student,
    subject: i._subject ?? i.subject,
    curriculum: i._curriculum,
    semester: i._semester ?? i.semester,
    educationYear: i._education_year ?? i.educationYear,
    credit: i.credit,
    totalPoint: i.total_point,
    grade: i.grade,
    restudy: i.retraining_status === true,
    lecturer: (i.employee_name ?? '').trim().slice(0, 200),
  }));
export type AcademicRecordItem = z.output<typeof academicRecordItem>;

export const studentGpaItem = z
  .object({
    _student: ref,
    student: ref,
    _education_year: code,
    educationYear: code,
    level: code,
    gpa: num,
    credit_sum: num,
    debt_subjects: num,
    can_transfer: bool,
    method: z.string().nullable().optional().catch(null),
  })
  .transform((i) => ({
    student: i._student ?? i.student,
    educationYear: i._education_year ?? i.educationYear,
    level: i.level ?? '',
    gpa: i.gpa,
    creditSum: i.credit_sum,
    debtSubjects: i.debt_subjects === null ? null : Math.round(i.debt_subjects),
    canTransfer: i.can_transfer ?? null,
    method: i.method === 'all_year' ? 'all_year' : 'one_year',
  }));
export type StudentGpaItem = z.output<typeof studentGpaItem>;

/** Unix seconds (HEMIS) or an ISO date → the Tashkent calendar day. */
const day = z
  .union([z.number(), z.string()])
  .nullable()
  .optional()
  .catch(null)
  .transform((v) => {
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return unixToTashkentDate(v);
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
    if (typeof v === 'string' && /^\d+$/.test(v) && Number(v) > 0) return unixToTashkentDate(Number(v));
    return null;
  });

/** Unix seconds or an ISO timestamp → ISO instant. */
const instant = z
  .union([z.number(), z.string()])
  .nullable()
  .optional()
  .catch(null)
  .transform((v) => {
    const ms =
      typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v)) ? Number(v) * 1000 : Date.parse(v ?? '');
    return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
  });

/**
 * `student-performance-list`: one mark of one control. The item's fields are not in the public digests;
 * the reader takes the names HEMIS uses in its other academic lists (`_student`/`student{id}`,
 * `examType{code}`, `exam_date` …) and their snake_case or bare-id twins. `grade` is the points earned.
 */
export const performanceItem = z
  .object({
    id: idValue.nullable().optional().catch(null),
    _student: ref,
    student: ref,
    _subject: ref,
    subject: ref,
    _semester: z.union([idValue, z.string()]).nullable().optional().catch(null),
    semester: code,
    _education_year: code,
    educationYear: code,
    examType: code,
    _exam_type: code,
    exam_type: code,
    finalExamType: code,
    _final_exam_type: code,
    final_exam_type: code,
    grade: num,
    max_ball: num,
    exam_date: day,
    lesson_date: day,
    employee: entity,
    employee_name: text,
    updated_at: instant,
  })
  .transform((i) => ({
    hemisId: i.id ?? null,
    student: i._student ?? i.student,
    subject: i._subject ?? i.subject,
    semester: i._semester ?? i.semester,
    educationYear: i._education_year ?? i.educationYear,
    examType: i.examType ?? i._exam_type ?? i.exam_type,
    finalExamType: i.finalExamType ?? i._final_exam_type ?? i.final_exam_type ?? '11',
    points: i.grade,
    maxPoints: i.max_ball,
    examDate: i.exam_date ?? i.lesson_date,
    lecturer: (i.employee?.name ?? i.employee_name ?? '').trim().slice(0, 200),
    updatedAt: i.updated_at,
  }));
export type PerformanceItem = z.output<typeof performanceItem>;

/** HEMIS sends 0 (or nothing) for "did not sit"; a grade outside 2…5 is no grade. */
export function hemisGrade(grade: number | null): number | null {
  if (grade === null) return null;
  const g = Math.round(grade);
  return g >= 2 && g <= 5 ? g : null;
}

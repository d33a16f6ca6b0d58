import { z } from 'zod';
import { bool, code, idValue, num, ref, text } from '../hemis/item-fields';

/**
 * Readers of HEMIS `academic-record-list` and `student-gpa-list` items (DOMAIN §1.4), built from the shared
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

/** HEMIS sends 0 (or nothing) for "did not sit"; a grade outside 2…5 is no grade. */
export function hemisGrade(grade: number | null): number | null {
  if (grade === null) return null;
  const g = Math.round(grade);
  return g >= 2 && g <= 5 ? g : null;
}

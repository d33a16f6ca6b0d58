import { z } from 'zod';
import { bool, classifier, entity, id, idValue, int, num, str } from './item-fields';

/**
 * Readers of the HEMIS list items the student and structure pulls use (DOMAIN §1.4), built from the
 * tolerant field readers in item-fields.ts. Only what the pull needs is read.
 */

export const departmentItem = z.object({
  id: idValue,
  name: str,
  code: str,
  structureType: classifier,
  parent: z
    .union([idValue, z.object({ id })])
    .nullable()
    .optional()
    .catch(null)
    .transform((p) => (typeof p === 'number' ? p : (p?.id ?? null))),
  active: bool,
});
export type DepartmentItem = z.infer<typeof departmentItem>;

export const specialtyItem = z.object({
  id: idValue,
  code: str,
  name: str,
  department: entity,
  educationType: classifier,
});
export type SpecialtyItem = z.infer<typeof specialtyItem>;

export const groupItem = z.object({
  id: idValue,
  name: str,
  department: entity,
  specialty: entity,
  educationLang: classifier,
  educationForm: classifier,
  _curriculum: id,
  active: bool,
});
export type GroupItem = z.infer<typeof groupItem>;

/** `{code, name, current}` of an academic year, or its bare code. */
const yearRef = z
  .union([
    z.object({ code: str, name: str, current: bool }),
    idValue.transform((v) => ({ code: String(v), name: null, current: null })),
  ])
  .nullable()
  .optional()
  .catch(null);

export const curriculumItem = z.object({
  id: idValue,
  name: str,
  specialty: entity,
  department: entity,
  educationYear: yearRef,
  educationType: classifier,
  educationForm: classifier,
  /** `{code, name, minimum_limit, gpa_limit}`; only the code is kept on the curriculum. */
  markingSystem: z
    .object({ code: str, name: str, minimum_limit: num, gpa_limit: num })
    .nullable()
    .optional()
    .catch(null),
  semester_count: num,
  education_period: num,
  active: bool,
});
export type CurriculumItem = z.infer<typeof curriculumItem>;

export const semesterItem = z.object({
  id: idValue,
  code: str,
  name: str,
  _curriculum: id,
  /** Some versions send the raw `_education_year` code, others the embedded year. */
  _education_year: str,
  education_year: yearRef,
  educationYear: yearRef,
  level: classifier,
  current: bool,
  start_date: z.union([z.number(), z.string()]).nullable().optional().catch(null),
  end_date: z.union([z.number(), z.string()]).nullable().optional().catch(null),
});
export type SemesterItem = z.infer<typeof semesterItem>;

export const curriculumSubjectItem = z.object({
  id: idValue,
  subject: entity,
  subjectType: classifier,
  ratingGrade: classifier,
  examFinish: classifier,
  department: entity,
  semester: z
    .union([z.object({ code: str }), str.transform((c) => ({ code: c ?? null }))])
    .nullable()
    .optional()
    .catch(null)
    .transform((v) => v?.code ?? null),
  _curriculum: id,
  _semester: str,
  total_acload: num,
  credit: num,
  /** Hours by training type: `[{trainingType:{code}, academic_load}]`. */
  subjectDetails: z
    .array(
      z.object({ trainingType: classifier, academic_load: num }).catch({ trainingType: null, academic_load: null }),
    )
    .nullable()
    .optional()
    .catch(null),
  position: num,
  active: bool,
});
export type CurriculumSubjectItem = z.infer<typeof curriculumSubjectItem>;

export const markingSystemItem = z.object({
  code: z.union([z.string().regex(/^\d+$/), z.number().int().transform(String)]),
  name: str,
  minimum_limit: num,
  gpa_limit: num,
});
export type MarkingSystemItem = z.infer<typeof markingSystemItem>;

export const employeeItem = z.object({
  id: idValue,
  employee_id_number: str,
  first_name: str,
  second_name: str,
  third_name: str,
  department: entity,
  staffPosition: z.object({ code: str, name: str }).nullable().optional().catch(null),
  employeeType: z.object({ code: str, name: str }).nullable().optional().catch(null),
  phone: str,
  active: bool,
});
export type EmployeeItem = z.infer<typeof employeeItem>;

export const studentItem = z.object({
  id: idValue,
  student_id_number: str,
  first_name: str,
  second_name: str,
  third_name: str,
  /** Unix seconds (midnight in Tashkent); some versions send a date string. */
  birth_date: z.union([z.number(), z.string()]).nullable().optional().catch(null),
  gender: classifier,
  citizenship: classifier,
  passport_pin: str,
  passport_number: str,
  phone: str,
  email: str,
  department: entity,
  specialty: entity,
  group: entity,
  level: classifier,
  educationForm: classifier,
  educationType: classifier,
  educationLang: classifier,
  paymentForm: classifier,
  studentStatus: classifier,
  year_of_enter: z
    .union([
      z.number().int(),
      z
        .string()
        .regex(/^\d{4}$/)
        .transform(Number),
    ])
    .nullable()
    .optional()
    .catch(null),
  updated_at: int,
});
export type StudentItem = z.infer<typeof studentItem>;

/** Parses list items, keeping the ones without a usable `id` aside as rejects. */
export function parseItems<T>(
  schema: z.ZodType<T>,
  items: readonly unknown[],
): { ok: { item: T; raw: unknown; index: number }[]; bad: { raw: unknown; index: number }[] } {
  const ok: { item: T; raw: unknown; index: number }[] = [];
  const bad: { raw: unknown; index: number }[] = [];
  items.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) ok.push({ item: parsed.data, raw, index });
    else bad.push({ raw, index });
  });
  return { ok, bad };
}

/** Uzbekistan has been UTC+5 without daylight saving since 1992; HEMIS dates are Tashkent midnights. */
const TASHKENT_OFFSET_S = 5 * 3600;

/** HEMIS unix seconds → `yyyy-mm-dd` of the Tashkent calendar day (UTC would give the day before). */
export function hemisDate(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return hemisDate(Number(value));
    return value;
  }
  if (!Number.isFinite(value)) return null;
  return new Date((value + TASHKENT_OFFSET_S) * 1000).toISOString().slice(0, 10);
}

/** `yyyy-mm-dd` (a Tashkent day) → unix seconds of its midnight in Tashkent. */
export function tashkentMidnight(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 1000 - TASHKENT_OFFSET_S;
}

/** HEMIS `level` code `10 + N` → course N (11 = 1st year). */
export function courseOf(levelCode: string | null): number | null {
  if (!levelCode || !/^\d+$/.test(levelCode)) return null;
  const n = Number(levelCode) - 10;
  return n >= 1 && n <= 10 ? n : null;
}

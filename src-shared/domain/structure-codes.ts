/**
 * HEMIS structure codes as pure functions (DOMAIN §1.2, §1.5): semesters are `10 + N`
 * (11 = 1st … 22 = 12th), courses (`level`) `10 + N` (11 = 1-kurs), academic years by the year
 * they start in (`'2025'` = 2025–2026). Training-type hours are JSON keyed by `h_training_type`.
 */

export const STRUCTURE_TYPES = ['11', '12', '13', '14', '15', '16'] as const;
export const EDUCATION_FORMS = ['11', '12', '13', '14', '15', '16', '17'] as const;
export const EDUCATION_TYPES = ['11', '12', '13', '14', '15'] as const;
export const EDUCATION_LANGS = ['11', '12', '13', '14'] as const;
export const MARKING_SYSTEM_CODES = ['11', '12', '13'] as const;
/** `h_training_type`: lecture, laboratory, practice, seminar, training, course work, self-study. */
export const TRAINING_TYPES = ['11', '12', '13', '14', '15', '16', '17'] as const;
export const EXAM_FINISH = ['11', '12'] as const;
export const SUBJECT_TYPES = ['11', '12'] as const;
export const RATING_GRADES = ['11', '12', '13', '14', '15', '16'] as const;
export const EMPLOYEE_KINDS = ['teacher', 'employee'] as const;

/** Twelve semesters is the longest HEMIS counts (6 years, medicine). */
export const MAX_SEMESTERS = 12;

/** Semester code `'13'` → 3; null when it is not a semester code. */
export function semesterNumber(code: string): number | null {
  if (!/^\d{2}$/.test(code)) return null;
  const n = Number(code) - 10;
  return n >= 1 && n <= MAX_SEMESTERS ? n : null;
}

/** Semester 3 → `'13'`. */
export function semesterCode(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SEMESTERS) throw new RangeError(`no semester ${n}`);
  return String(10 + n);
}

/** The course a semester falls in: semesters 1–2 → 1, 3–4 → 2 … */
export function courseOfSemester(code: string): number | null {
  const n = semesterNumber(code);
  return n === null ? null : Math.ceil(n / 2);
}

/** HEMIS `level` code of a course: 2 → `'12'`. */
export function levelCode(course: number): string {
  return String(10 + course);
}

/** The two semester codes of a course: 2 → `['13', '14']`. */
export function semestersOfCourse(course: number): [string, string] {
  return [semesterCode(course * 2 - 1), semesterCode(course * 2)];
}

/** Every semester code of a curriculum with `count` semesters. */
export function curriculumSemesterCodes(count: number): string[] {
  return Array.from({ length: Math.min(Math.max(count, 0), MAX_SEMESTERS) }, (_, i) => semesterCode(i + 1));
}

/** `'2025'` → `'2025-2026'`, the way HEMIS names an academic year. */
export function educationYearName(code: string): string {
  return `${code}-${Number(code) + 1}`;
}

/**
 * The academic year a date falls in: it starts in September (the Uzbek academic calendar), so
 * 2026-08-31 is still year `'2025'`.
 */
export function educationYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return String(month >= 9 ? year : year - 1);
}

export type Hours = Partial<Record<(typeof TRAINING_TYPES)[number], number>>;

/** Hours by training type without zero entries, and their total. */
export function normalizeHours(hours: Record<string, number>): { hours: Hours; total: number } {
  const out: Hours = {};
  let total = 0;
  for (const code of TRAINING_TYPES) {
    const h = hours[code];
    if (h !== undefined && h > 0) {
      out[code] = h;
      total += h;
    }
  }
  return { hours: out, total };
}

/** Credit totals per semester code of a curriculum's subjects (active ones only). */
export function creditsBySemester(
  subjects: readonly { semester: string; credit: number; active?: boolean }[],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of subjects) {
    if (s.active === false) continue;
    // Credits may be halves (1.5); summing in tenths keeps 0.1 + 0.2 from printing as 0.30000000000000004.
    out[s.semester] = Math.round(((out[s.semester] ?? 0) + s.credit) * 10) / 10;
  }
  return out;
}

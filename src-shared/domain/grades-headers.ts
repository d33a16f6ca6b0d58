import { foldName } from './search-key';

export const GRADE_IMPORT_FIELDS = [
  'studentIdNumber',
  'pinfl',
  'subjectCode',
  'subjectName',
  'semester',
  'educationYear',
  'score',
  'grade',
  'attempt',
] as const;
export type GradeImportField = (typeof GRADE_IMPORT_FIELDS)[number];

/** Header words as record sheets and HEMIS exports write them, in each language; folded before comparing. */
const SYNONYMS: Record<GradeImportField, string[]> = {
  studentIdNumber: [
    'talaba id',
    'id raqami',
    'talaba id raqami',
    'student id',
    'student id number',
    'номер студента',
    'id студента',
    'reyting daftarchasi raqami',
  ],
  pinfl: ['jshshir', 'pinfl', 'пинфл', 'жшшир', 'jshshir pinfl'],
  subjectCode: ['fan kodi', 'subject code', 'код предмета', 'код дисциплины', 'фан коди'],
  subjectName: ['fan', 'fan nomi', 'subject', 'предмет', 'дисциплина', 'фан', 'фан номи', 'fanlar'],
  semester: ['semestr', 'semester', 'семестр'],
  educationYear: ['oquv yili', 'education year', 'academic year', 'учебный год', 'ўқув йили'],
  score: ['ball', 'reyting bali', 'umumiy ball', 'score', 'балл', 'total point', 'total_point', 'баллы'],
  grade: ['baho', 'grade', 'оценка', 'баҳо', 'bahosi'],
  attempt: ['urinish', 'qaydnoma', 'attempt', 'попытка', 'ведомость'],
};

const LOOKUP = new Map<string, GradeImportField>(
  Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [foldName(w), field as GradeImportField])),
);

/** Column index → field for a header row; the first column of a field wins, unknown headers are left out. */
export function detectGradeColumns(headers: readonly string[]): Partial<Record<GradeImportField, number>> {
  const out: Partial<Record<GradeImportField, number>> = {};
  headers.forEach((h, i) => {
    const field = LOOKUP.get(foldName(h));
    if (field && out[field] === undefined) out[field] = i;
  });
  return out;
}

/** A header row is one that names a student and a result. */
export function isGradeHeader(columns: Partial<Record<GradeImportField, number>>): boolean {
  return (
    (columns.studentIdNumber !== undefined || columns.pinfl !== undefined) &&
    (columns.subjectCode !== undefined || columns.subjectName !== undefined) &&
    (columns.score !== undefined || columns.grade !== undefined)
  );
}

/** `3`, `3-semestr`, `13` → HEMIS semester code `13` (codes 11…22 are semesters 1…12). */
export function semesterCodeOf(text: string): string | null {
  const m = /^(\d{1,2})/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= 1 && n <= 12) return String(10 + n);
  if (n >= 11 && n <= 22) return String(n);
  return null;
}

/** `2025`, `2025-2026`, `2025/2026` → HEMIS year code `2025`. */
export function educationYearOf(text: string): string | null {
  const m = /^(20\d{2})(\s*[-/–]\s*(20\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  if (m[3] && Number(m[3]) !== Number(m[1]) + 1) return null;
  return m[1] as string;
}

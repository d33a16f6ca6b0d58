import type { IMPORT_KINDS } from '../../../src-shared/contract/attendance';
import { isIsoDate, normalizeTime } from '../../../src-shared/domain/attendance-timetable';
import { foldName } from '../../../src-shared/domain/search-key';
import { excelSerialToIso } from '../students/import/read-sheet';
import type { Cell } from '../students/import/read-sheet';
import { textOf } from '../students/import/sheet-values';

/**
 * Column headers of attendance, timetable and exam sheets as offices type them (uz Latin and Cyrillic,
 * ru, en, HEMIS export names), folded like names so apostrophes and case do not matter.
 */
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_FIELDS = [
  'studentIdNumber',
  'pinfl',
  'fullName',
  'group',
  'subject',
  'date',
  'pair',
  'startTime',
  'endTime',
  'trainingType',
  'excused',
  'unexcused',
  'semester',
  'educationYear',
  'auditorium',
  'building',
  'lecturer',
  'examType',
  'attempt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const SYNONYMS: Record<ImportField, string[]> = {
  studentIdNumber: [
    'talaba id',
    'talaba id raqami',
    'student id',
    'student_id_number',
    'id raqam',
    'номер студента',
    'талаба ид',
  ],
  pinfl: ['pinfl', 'jshshir', 'jshshir pinfl', 'пинфл', 'жшшир'],
  fullName: ['fish', 'f.i.sh', 'talaba', 'familiya ism', 'full name', 'student', 'фио', 'студент', 'талаба'],
  group: ['guruh', 'group', 'группа', 'гуруҳ'],
  subject: ['fan', 'fan nomi', 'subject', 'предмет', 'дисциплина', 'фан', 'фан номи'],
  date: ['sana', 'dars sanasi', 'imtihon sanasi', 'date', 'lesson date', 'exam date', 'lesson_date', 'дата', 'сана'],
  pair: ['juftlik', 'para', 'pair', 'lesson pair', 'пара', 'жуфтлик'],
  startTime: ['boshlanish', 'boshlanish vaqti', 'vaqt', 'start', 'start time', 'time', 'начало', 'время', 'бошланиш'],
  endTime: ['tugash', 'tugash vaqti', 'end', 'end time', 'конец', 'окончание', 'тугаш'],
  trainingType: ['mashgʻulot turi', 'dars turi', 'training type', 'lesson type', 'вид занятия', 'машғулот тури'],
  excused: [
    'sababli',
    'sababli soat',
    'excused',
    'excused hours',
    'absent_on',
    'по уважительной',
    'уважительная',
    'сабабли',
  ],
  unexcused: [
    'sababsiz',
    'sababsiz soat',
    'unexcused',
    'unexcused hours',
    'absent_off',
    'без уважительной',
    'неуважительная',
    'пропуск',
    'сабабсиз',
  ],
  semester: ['semestr', 'semester', 'семестр'],
  educationYear: ['oʻquv yili', 'education year', 'academic year', 'учебный год', 'ўқув йили'],
  auditorium: ['auditoriya', 'xona', 'auditorium', 'room', 'аудитория', 'хона'],
  building: ['bino', 'building', 'корпус', 'здание', 'бино'],
  lecturer: ['oʻqituvchi', 'teacher', 'lecturer', 'преподаватель', 'ўқитувчи'],
  examType: ['nazorat turi', 'exam type', 'control type', 'вид контроля', 'назорат тури'],
  attempt: ['qaydnoma', 'urinish', 'attempt', 'sitting', 'пересдача', 'ведомость', 'қайднома'],
};

/** What each kind needs; a sheet without one of these columns is refused before any row is read. */
export const REQUIRED: Record<ImportKind, ImportField[]> = {
  attendance: ['subject', 'date'],
  timetable: ['group', 'subject', 'date'],
  exams: ['group', 'subject', 'date'],
};

const LOOKUP = new Map<string, ImportField>(
  (Object.entries(SYNONYMS) as [ImportField, string[]][]).flatMap(([field, names]) =>
    names.map((n) => [foldName(n), field] as [string, ImportField]),
  ),
);

export function fieldOfHeader(header: string): ImportField | null {
  const folded = foldName(header.replace(/[()*:]/g, ' '));
  return LOOKUP.get(folded) ?? null;
}

/** Column index → field for a header row; the first column wins when two mean the same. */
export function mapHeader(cells: readonly Cell[]): Map<ImportField, number> {
  const out = new Map<ImportField, number>();
  cells.forEach((c, i) => {
    const f = fieldOfHeader(textOf(c));
    if (f && !out.has(f)) out.set(f, i);
  });
  return out;
}

/** A date cell: an Excel serial (styles are not read), ISO, or `dd.mm.yyyy`. */
export function dateOf(cell: Cell | undefined): string | null {
  if (typeof cell === 'number') return excelSerialToIso(cell);
  const s = textOf(cell);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const date = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : dmy
      ? `${dmy[3]}-${(dmy[2] ?? '').padStart(2, '0')}-${(dmy[1] ?? '').padStart(2, '0')}`
      : null;
  // 31.02.2026 looks like a date but is none: reject it rather than let Date roll it into March.
  return date && isIsoDate(date) ? date : null;
}

/** A time cell: an Excel day fraction (0.354… = 08:30) or text. */
export function timeOf(cell: Cell | undefined): string {
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const minutes = Math.round(cell * 24 * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return normalizeTime(textOf(cell));
}

/** Hours: `2`, `2,5`, empty = 0; null when it is not a number. */
export function hoursOf(cell: Cell | undefined): number | null {
  if (cell === null || cell === undefined || textOf(cell) === '') return 0;
  const n = typeof cell === 'number' ? cell : Number(textOf(cell).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const TRAINING_NAMES: Record<string, string> = {
  maʼruza: '11',
  laboratoriya: '12',
  amaliy: '13',
  seminar: '14',
  trening: '15',
  'kurs ishi': '16',
  'mustaqil taʼlim': '17',
  лекция: '11',
  лабораторная: '12',
  практика: '13',
  практическое: '13',
  семинар: '14',
  lecture: '11',
  lab: '12',
  laboratory: '12',
  practice: '13',
  practical: '13',
};
const TRAINING = new Map(Object.entries(TRAINING_NAMES).map(([k, v]) => [foldName(k), v]));

/** `h_training_type` from a code (11–17) or a name; empty → lecture; null when unknown. */
export function trainingTypeOf(text: string): string | null {
  if (text === '') return '11';
  if (/^1[1-7]$/.test(text)) return text;
  return TRAINING.get(foldName(text)) ?? null;
}

const EXAM_NAMES: Record<string, string> = {
  jn: '11',
  joriy: '11',
  'joriy nazorat': '11',
  on: '12',
  oraliq: '12',
  'oraliq nazorat': '12',
  yn: '13',
  yakuniy: '13',
  'yakuniy nazorat': '13',
  текущий: '11',
  промежуточный: '12',
  итоговый: '13',
  current: '11',
  midterm: '12',
  final: '13',
};
const EXAMS = new Map(Object.entries(EXAM_NAMES).map(([k, v]) => [foldName(k), v]));

/** `h_exam_type` from a code (11–18) or a name; empty → final control. */
export function examTypeOf(text: string): string | null {
  if (text === '') return '13';
  if (/^1[1-8]$/.test(text)) return text;
  return EXAMS.get(foldName(text)) ?? null;
}

/** `h_final_exam_type`: sitting 1/2/3 or 11/12/13; empty → the first sitting. */
export function attemptOf(text: string): string | null {
  if (text === '') return '11';
  if (/^[123]$/.test(text)) return `1${text}`;
  if (/^1[123]$/.test(text)) return text;
  return null;
}

/** Semester 1…12 or its HEMIS code 11…22. */
export function semesterOf(text: string): string | null {
  if (/^([1-9]|1[0-2])$/.test(text)) return String(10 + Number(text));
  if (/^(1[1-9]|2[0-2])$/.test(text)) return text;
  const m = /^(\d{1,2})\s*-?\s*(semestr|semester|семестр)/i.exec(text);
  return m ? semesterOf(m[1] ?? '') : null;
}

/** `2025`, `2025-2026`, `2025/2026` → `2025` (HEMIS `educationYear.code`). */
export function educationYearOf(text: string): string | null {
  const m = /^(\d{4})(?:\s*[-/–]\s*(\d{4}))?$/.exec(text);
  if (!m) return null;
  if (m[2] && Number(m[2]) !== Number(m[1]) + 1) return null;
  return m[1] ?? null;
}

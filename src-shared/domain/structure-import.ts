import { foldName } from './search-key';
import { semesterCode, TRAINING_TYPES } from './structure-codes';

/**
 * Reading a curriculum's subjects from a spreadsheet: which column is which (Uzbek, Russian or
 * English headers, in either script) and what a cell means. Pure, so the tables in the test are
 * the specification; the job in src-main does the reading and the writing.
 */

export const SUBJECT_COLUMNS = [
  'semester',
  'code',
  'name',
  'credit',
  'hours11',
  'hours12',
  'hours13',
  'hours14',
  'hours15',
  'hours16',
  'hours17',
  'examFinish',
  'subjectType',
  'ratingGrade',
  'department',
] as const;
export type SubjectColumn = (typeof SUBJECT_COLUMNS)[number];

/** Folded header texts (see `foldName`: Cyrillic transliterated, apostrophes dropped, lower case). */
const SYNONYMS: Record<SubjectColumn, string[]> = {
  semester: ['semestr', 'semester', 'sem'],
  code: ['fan kodi', 'kodi', 'kod', 'code', 'subject code', 'kod predmeta', 'shifr'],
  name: [
    'fan nomi',
    'fanning nomi',
    'fan',
    'nomi',
    'subject',
    'subject name',
    'predmet',
    'naimenovanie predmeta',
    'naimenovaniye predmeta',
    'distsiplina',
    'fanlar',
  ],
  credit: ['kredit', 'credit', 'credits', 'kreditlar'],
  hours11: ['maruza', 'leksiya', 'leksii', 'lektsiya', 'lektsii', 'lecture', 'lectures'],
  hours12: ['laboratoriya', 'laboratornaya', 'laboratornye', 'lab', 'laboratory'],
  hours13: ['amaliy', 'amaliyot', 'amaliy mashgulot', 'praktika', 'prakticheskie', 'practice', 'practical'],
  hours14: ['seminar', 'seminary'],
  hours15: ['trening', 'training'],
  hours16: ['kurs ishi', 'kursovaya rabota', 'course work', 'coursework'],
  hours17: [
    'mustaqil talim',
    'mustaqil',
    'mustaqil ish',
    'samostoyatelnaya rabota',
    'samostoyatelnaya',
    'srs',
    'self study',
    'independent study',
  ],
  examFinish: [
    'nazorat shakli',
    'nazorat turi',
    'yakuniy nazorat',
    'imtihon turi',
    'exam form',
    'exam',
    'forma kontrolya',
    'kontrol',
  ],
  subjectType: ['fan turi', 'turi', 'type', 'subject type', 'tip', 'tip predmeta'],
  ratingGrade: ['reyting turi', 'qaydnoma turi', 'rating grade', 'rating type'],
  department: ['kafedra', 'chair', 'department'],
};

/** Maps header cells to columns: exact names first, then a header that begins with a known name (`Maʼruza (soat)`). */
export function detectSubjectColumns(headers: readonly string[]): Partial<Record<SubjectColumn, number>> {
  const folded = headers.map((h) => foldName(h));
  const out: Partial<Record<SubjectColumn, number>> = {};
  const taken = new Set<number>();
  const pass = (match: (header: string, syn: string) => boolean) => {
    for (const col of SUBJECT_COLUMNS) {
      if (out[col] !== undefined) continue;
      const syns = [...SYNONYMS[col]].sort((a, b) => b.length - a.length);
      const index = folded.findIndex((h, i) => !taken.has(i) && h !== '' && syns.some((s) => match(h, s)));
      if (index >= 0) {
        out[col] = index;
        taken.add(index);
      }
    }
  };
  pass((h, s) => h === s);
  pass((h, s) => h.startsWith(`${s} `));
  return out;
}

/** A header row must name at least the subject, its semester and its credit. */
export function isSubjectHeader(columns: Partial<Record<SubjectColumn, number>>): boolean {
  return columns.name !== undefined && columns.semester !== undefined && columns.credit !== undefined;
}

export type CellValue = string | number | null;

/** `3`, `3-semestr`, `III`, or the HEMIS code `13` → `'13'`. */
export function parseSemester(cell: CellValue): string | null {
  const text = String(cell ?? '')
    .trim()
    .toUpperCase();
  const roman: Record<string, number> = {
    I: 1,
    II: 2,
    III: 3,
    IV: 4,
    V: 5,
    VI: 6,
    VII: 7,
    VIII: 8,
    IX: 9,
    X: 10,
    XI: 11,
    XII: 12,
  };
  const r = /^([IVX]+)(\b|-|\s)/.exec(text);
  if (r && roman[r[1] as string]) return semesterCode(roman[r[1] as string] as number);
  const m = /^(\d{1,2})(\b|-|\s|\.)/.exec(`${text} `);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= 1 && n <= 12) return semesterCode(n);
  if (n >= 11 && n <= 22) return String(n);
  return null;
}

/** `4`, `4.5`, `4,5` → 4.5; null when it is not a positive number. */
export function parseNumber(cell: CellValue): number | null {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cell.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

const EXAM: Record<string, string> = {
  '11': '11',
  '12': '12',
  imtihon: '11',
  imtixon: '11',
  exam: '11',
  ekzamen: '11',
  yakuniy: '11',
  zachet: '12',
  zachyot: '12',
  sinov: '12',
  'credit test': '12',
  test: '12',
  'pass fail': '12',
  'kredit sinovi': '12',
};
const TYPE: Record<string, string> = {
  '11': '11',
  '12': '12',
  majburiy: '11',
  required: '11',
  mandatory: '11',
  core: '11',
  obyazatelnyy: '11',
  tanlov: '12',
  'tanlov fani': '12',
  elective: '12',
  'po vyboru': '12',
  'po viboru': '12',
  vibor: '12',
  obyazatelniy: '11',
  vybor: '12',
};
const RATING: Record<string, string> = {
  '11': '11',
  '12': '12',
  '13': '13',
  '14': '14',
  '15': '15',
  '16': '16',
  fan: '11',
  'kurs ishi': '12',
  'davlat imtihoni': '13',
  'malakaviy amaliyot': '14',
  amaliyot: '14',
  'bitiruv ishi': '15',
  'fan yakuniy': '16',
};

function lookup(table: Record<string, string>, cell: CellValue, fallback: string): string | null {
  const key = foldName(String(cell ?? ''));
  if (key === '') return fallback;
  return table[key] ?? null;
}

export const parseExamFinish = (cell: CellValue) => lookup(EXAM, cell, '11');
export const parseSubjectType = (cell: CellValue) => lookup(TYPE, cell, '11');
export const parseRatingGrade = (cell: CellValue) => lookup(RATING, cell, '11');

export interface SubjectRowIssue {
  column: SubjectColumn;
  key: string;
  params?: Record<string, string | number>;
}

export interface ParsedSubjectRow {
  semester: string;
  code: string;
  name: string;
  credit: number;
  hours: Record<string, number>;
  examFinish: string;
  subjectType: string;
  ratingGrade: string;
  department: string;
}

/** One spreadsheet row → a curriculum subject, or the problems of its cells (every one, not the first). */
export function parseSubjectRow(
  cells: readonly CellValue[],
  columns: Partial<Record<SubjectColumn, number>>,
): { row: ParsedSubjectRow | null; issues: SubjectRowIssue[] } {
  const cell = (c: SubjectColumn): CellValue =>
    columns[c] === undefined ? null : (cells[columns[c] as number] ?? null);
  const text = (c: SubjectColumn) => String(cell(c) ?? '').trim();
  const issues: SubjectRowIssue[] = [];
  const semester = parseSemester(cell('semester'));
  if (!semester)
    issues.push({
      column: 'semester',
      key: text('semester') ? 'validation.structure.import.semester' : 'validation.required',
    });
  const name = text('name');
  if (!name) issues.push({ column: 'name', key: 'validation.required' });
  else if (name.startsWith('=')) issues.push({ column: 'name', key: 'validation.structure.import.formula' });
  const credit = parseNumber(cell('credit'));
  if (credit === null || credit <= 0 || credit > 30) {
    issues.push({ column: 'credit', key: text('credit') ? 'validation.structure.credit' : 'validation.required' });
  }
  const hours: Record<string, number> = {};
  for (const t of TRAINING_TYPES) {
    const col = `hours${t}` as SubjectColumn;
    if (text(col) === '') continue;
    const h = parseNumber(cell(col));
    if (h === null || !Number.isInteger(h) || h > 2000)
      issues.push({ column: col, key: 'validation.structure.import.hours' });
    else if (h > 0) hours[t] = h;
  }
  const examFinish = parseExamFinish(cell('examFinish'));
  if (!examFinish) issues.push({ column: 'examFinish', key: 'validation.structure.import.examFinish' });
  const subjectType = parseSubjectType(cell('subjectType'));
  if (!subjectType) issues.push({ column: 'subjectType', key: 'validation.structure.import.subjectType' });
  const ratingGrade = parseRatingGrade(cell('ratingGrade'));
  if (!ratingGrade) issues.push({ column: 'ratingGrade', key: 'validation.structure.import.ratingGrade' });
  if (issues.length > 0) return { row: null, issues };
  return {
    row: {
      semester: semester as string,
      code: text('code'),
      name,
      credit: credit as number,
      hours,
      examFinish: examFinish as string,
      subjectType: subjectType as string,
      ratingGrade: ratingGrade as string,
      department: text('department'),
    },
    issues,
  };
}

/** A row with no text in any cell (spreadsheets end with a few). */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  return cells.every((c) => c === null || String(c).trim() === '');
}

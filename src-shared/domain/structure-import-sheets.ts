import { foldName } from './search-key';
import { EDUCATION_FORMS, EDUCATION_LANGS, EDUCATION_TYPES, STRUCTURE_TYPES } from './structure-codes';
import {
  EDUCATION_FORM_NAMES,
  EDUCATION_LANG_NAMES,
  EDUCATION_TYPE_NAMES,
  HEADER_SYNONYMS,
  REQUIRED_COLUMNS,
  STRUCTURE_IMPORT_COLUMNS,
  STRUCTURE_TYPE_NAMES,
  type ColumnMap,
  type StructureColumn,
  type StructureImportKind,
} from './structure-import-names';

/**
 * Reading the academic structure (departments, specialties, groups) from a spreadsheet: which
 * column is which (Uzbek in either script, Russian or English headers) and what a cell means.
 * Pure, so the tables in the test are the specification; the job in src-main resolves the
 * references (a parent, a faculty, a specialty…) against the database and writes.
 */

export {
  REQUIRED_COLUMNS,
  STRUCTURE_IMPORT_COLUMNS,
  STRUCTURE_IMPORT_KINDS,
  type ColumnMap,
  type StructureColumn,
  type StructureImportKind,
} from './structure-import-names';

/**
 * Maps header cells to columns: exact names first, then a header that begins with a known name
 * (`Kodi (8 raqam)`); the longest name wins, so a bare `Nomi` never takes `Nomi (kirill)`.
 */
export function detectStructureColumns(kind: StructureImportKind, headers: readonly string[]): ColumnMap {
  const folded = headers.map((h) => foldName(h));
  const synonyms = HEADER_SYNONYMS[kind];
  const columns = STRUCTURE_IMPORT_COLUMNS[kind] as readonly StructureColumn[];
  const out: ColumnMap = {};
  const taken = new Set<number>();
  for (const col of columns) {
    const index = folded.findIndex((h, i) => !taken.has(i) && h !== '' && (synonyms[col] ?? []).includes(h));
    if (index >= 0) {
      out[col] = index;
      taken.add(index);
    }
  }
  for (const [i, h] of folded.entries()) {
    if (taken.has(i) || h === '') continue;
    let best: { col: StructureColumn; length: number } | null = null;
    for (const col of columns) {
      if (out[col] !== undefined) continue;
      for (const s of synonyms[col] ?? []) {
        if (h.startsWith(`${s} `) && s.length > (best?.length ?? 0)) best = { col, length: s.length };
      }
    }
    if (best) {
      out[best.col] = i;
      taken.add(i);
    }
  }
  return out;
}

export function isStructureHeader(kind: StructureImportKind, columns: ColumnMap): boolean {
  return REQUIRED_COLUMNS[kind].every((c) => columns[c] !== undefined);
}

export type CellValue = string | number | null;

/**
 * A cell as text. A number is written without exponent or grouping: a code Excel stored as a
 * number (`60610100`) reads as the code. Leading zeros a number cannot hold come from the
 * reader, which formats a zero-padded cell (`00000000`) as its text.
 */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  }
  return cell.replace(/\s+/g, ' ').trim();
}

/** Folded names and codes of a classifier; the test checks every catalog name maps back to its code. */
function table(codes: readonly string[], names: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of codes) map.set(code, code);
  for (const [code, list] of Object.entries(names)) for (const n of list) map.set(foldName(n), code);
  return map;
}

const STRUCTURE_TYPE = table(STRUCTURE_TYPES, STRUCTURE_TYPE_NAMES);
const EDUCATION_TYPE = table(EDUCATION_TYPES, EDUCATION_TYPE_NAMES);
const EDUCATION_LANG = table(EDUCATION_LANGS, EDUCATION_LANG_NAMES);
const EDUCATION_FORM = table(EDUCATION_FORMS, EDUCATION_FORM_NAMES);

function lookup(map: Map<string, string>, cell: CellValue): string | null {
  return map.get(foldName(cellText(cell))) ?? null;
}

export const parseStructureType = (cell: CellValue) => lookup(STRUCTURE_TYPE, cell);
export const parseEducationType = (cell: CellValue) => lookup(EDUCATION_TYPE, cell);
export const parseEducationLang = (cell: CellValue) => lookup(EDUCATION_LANG, cell);
export const parseEducationForm = (cell: CellValue) => lookup(EDUCATION_FORM, cell);

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/** `2`, `2-kurs`, `II`, `2 курс`, or the HEMIS level code `12` → 2; null outside 1–6. */
export function parseCourse(cell: CellValue): number | null {
  const text = cellText(cell).toUpperCase();
  const roman = /^([IVX]+)(?=$|[\s-])/.exec(text);
  if (roman) return ROMAN[roman[1] as string] ?? null;
  const m = /^(\d{1,2})(?=$|[\s.-]|[^\d])/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  if (n >= 1 && n <= 6) return n;
  if (n >= 11 && n <= 16) return n - 10;
  return null;
}

/**
 * The education type a specialty code implies, when it is unambiguous: the 2020+ classifier
 * gives bachelor programmes 8-digit codes starting with 6 and master ones starting with 7;
 * the older one 7-digit `5…` (bachelor) and `5A…` (master).
 */
export function educationTypeOfCode(code: string): string | null {
  if (/^6\d{7}$/.test(code) || /^5\d{6}$/.test(code)) return '11';
  if (/^7\d{7}$/.test(code) || /^5A\d{6}$/i.test(code)) return '12';
  return null;
}

const SPECIALTY_CODE = /^[0-9A-Za-z.\-/]{1,20}$/;

export interface StructureRowIssue {
  column: StructureColumn;
  key: string;
  params?: Record<string, string | number>;
}

export interface StructureNames {
  nameUzLatn: string;
  nameUzCyrl: string;
  nameRu: string;
  nameEn: string;
}
export interface ParsedDepartment {
  code: string;
  names: StructureNames;
  structureType: string;
  parent: string;
}
export interface ParsedSpecialty {
  code: string;
  names: StructureNames;
  faculty: string;
  educationType: string;
}
export interface ParsedGroup {
  name: string;
  faculty: string;
  specialty: string;
  educationLang: string;
  educationForm: string;
  course: number;
  curriculum: string;
  tutor: string;
}
export type ParsedStructureRow<K extends StructureImportKind> = K extends 'departments'
  ? ParsedDepartment
  : K extends 'specialties'
    ? ParsedSpecialty
    : ParsedGroup;

type Reader = {
  text(c: StructureColumn): string;
  cell(c: StructureColumn): CellValue;
  issues: StructureRowIssue[];
};

function reader(cells: readonly CellValue[], columns: ColumnMap): Reader {
  const cell = (c: StructureColumn): CellValue =>
    columns[c] === undefined ? null : (cells[columns[c] as number] ?? null);
  return { cell, text: (c) => cellText(cell(c)), issues: [] };
}

/** A text cell that must be there, not a formula, and not longer than `max`. */
function required(r: Reader, c: StructureColumn, max: number): string {
  const value = r.text(c);
  if (!value) r.issues.push({ column: c, key: 'validation.required' });
  else if (value.startsWith('=')) r.issues.push({ column: c, key: 'validation.structure.import.formula' });
  else if (value.length > max) r.issues.push({ column: c, key: 'validation.tooLong', params: { max } });
  return value;
}

function optional(r: Reader, c: StructureColumn, max: number): string {
  return r.text(c) ? required(r, c, max) : '';
}

function names(r: Reader): StructureNames {
  return {
    nameUzLatn: required(r, 'name', 300),
    nameUzCyrl: optional(r, 'nameUzCyrl', 300),
    nameRu: optional(r, 'nameRu', 300),
    nameEn: optional(r, 'nameEn', 300),
  };
}

function classifier(r: Reader, c: StructureColumn, parse: (cell: CellValue) => string | null): string {
  const code = parse(r.cell(c));
  if (!code) {
    r.issues.push(
      r.text(c) ? { column: c, key: `validation.structure.import.${c}` } : { column: c, key: 'validation.required' },
    );
  }
  return code ?? '';
}

function parseDepartment(r: Reader): ParsedDepartment {
  return {
    code: required(r, 'code', 40),
    names: names(r),
    structureType: classifier(r, 'structureType', parseStructureType),
    parent: optional(r, 'parent', 300),
  };
}

function parseSpecialty(r: Reader): ParsedSpecialty {
  const code = r.text('code');
  if (!code) r.issues.push({ column: 'code', key: 'validation.required' });
  else if (!SPECIALTY_CODE.test(code)) r.issues.push({ column: 'code', key: 'validation.structure.specialtyCode' });
  // An empty type is taken from the code when the code says it; a type that is given must be known.
  const given = r.text('educationType');
  const educationType = given
    ? classifier(r, 'educationType', parseEducationType)
    : (educationTypeOfCode(code) ?? classifier(r, 'educationType', parseEducationType));
  return { code, names: names(r), faculty: required(r, 'faculty', 300), educationType };
}

function parseGroup(r: Reader): ParsedGroup {
  const name = required(r, 'name', 40);
  const specialty = required(r, 'specialty', 300);
  const course = parseCourse(r.cell('course'));
  if (course === null) {
    r.issues.push({
      column: 'course',
      key: r.text('course') ? 'validation.structure.import.course' : 'validation.required',
    });
  }
  return {
    name,
    faculty: optional(r, 'faculty', 300),
    specialty,
    educationLang: classifier(r, 'educationLang', parseEducationLang),
    educationForm: classifier(r, 'educationForm', parseEducationForm),
    course: course ?? 0,
    curriculum: optional(r, 'curriculum', 300),
    tutor: optional(r, 'tutor', 300),
  };
}

/** One spreadsheet row → a structure record, or every problem of its cells (not just the first). */
export function parseStructureRow<K extends StructureImportKind>(
  kind: K,
  cells: readonly CellValue[],
  columns: ColumnMap,
): { row: ParsedStructureRow<K> | null; issues: StructureRowIssue[] } {
  const r = reader(cells, columns);
  const row = kind === 'departments' ? parseDepartment(r) : kind === 'specialties' ? parseSpecialty(r) : parseGroup(r);
  return { row: r.issues.length > 0 ? null : (row as ParsedStructureRow<K>), issues: r.issues };
}

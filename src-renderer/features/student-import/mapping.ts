import type { ImportResultInfo } from '../../../src-shared/contract/students';
import { foldName } from '../../../src-shared/domain/search-key';
import { STUDENT_IMPORT_FIELDS, type StudentImportField } from '../../../src-shared/domain/student-headers';

/** One column of the file as the mapping table shows it: `field` null means "ignore". */
export type MappingColumn = ImportResultInfo['columns'][number];
export type Cell = string | number | null;

/** Columns that can carry a name: a row needs one of them, or the import writes nobody. */
const NAME_FIELDS: readonly StudentImportField[] = ['lastNameLat', 'lastNameCyr', 'fullName'];

/** Spreadsheet column letters (A … Z, AA …), as the person sees them in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Maps a column to a field (or to nothing). A field belongs to one column only: the backend reads
 * one value per field, so the column that had it before is set to "ignore".
 */
export function setColumnField(
  columns: readonly MappingColumn[],
  index: number,
  field: StudentImportField | null,
): MappingColumn[] {
  return columns.map((c) => {
    if (c.index === index) return { ...c, field };
    if (field !== null && c.field === field) return { ...c, field: null };
    return c;
  });
}

/**
 * Applies a saved preset (folded header text → field): columns whose header the preset knows take
 * its field; the others keep theirs unless the preset gave that field to another column.
 */
export function applyPreset(
  columns: readonly MappingColumn[],
  preset: Readonly<Record<string, string>>,
): { columns: MappingColumn[]; matched: number } {
  const byHeader = new Map<string, StudentImportField>();
  for (const [header, field] of Object.entries(preset)) {
    if ((STUDENT_IMPORT_FIELDS as readonly string[]).includes(field)) byHeader.set(foldName(header), field as never);
  }
  const assigned = new Map<number, StudentImportField>();
  const taken = new Set<StudentImportField>();
  for (const c of columns) {
    const field = c.header.trim() ? byHeader.get(foldName(c.header)) : undefined;
    if (field && !taken.has(field)) {
      assigned.set(c.index, field);
      taken.add(field);
    }
  }
  const next = columns.map((c) => {
    const field = assigned.get(c.index);
    if (field) return { ...c, field };
    return c.field && taken.has(c.field) ? { ...c, field: null } : c;
  });
  return { columns: next, matched: assigned.size };
}

/** The current mapping as a preset: header text → field, for columns that have a header and a field. */
export function presetOf(columns: readonly MappingColumn[]): Record<string, StudentImportField> {
  const out: Record<string, StudentImportField> = {};
  for (const c of columns) if (c.field && c.header.trim()) out[c.header.trim()] = c.field;
  return out;
}

/** The `mapping` input of `students.import`: column index → field. */
export function mappingInput(columns: readonly MappingColumn[]): Record<string, StudentImportField> {
  const out: Record<string, StudentImportField> = {};
  for (const c of columns) if (c.field) out[String(c.index)] = c.field;
  return out;
}

/** What keeps the mapping from being checked: no column mapped at all, or none with a name. */
export function mappingProblem(columns: readonly MappingColumn[]): 'nothingMapped' | 'noName' | null {
  if (!columns.some((c) => c.field)) return 'nothingMapped';
  if (!columns.some((c) => c.field && NAME_FIELDS.includes(c.field))) return 'noName';
  return null;
}

/** The first few non-empty values of a column in the sample rows, as text. */
export function sampleValues(sample: readonly { cells: readonly Cell[] }[], index: number, max = 3): string[] {
  const out: string[] = [];
  for (const row of sample) {
    const cell = row.cells[index];
    if (cell === null || cell === undefined || String(cell).trim() === '') continue;
    out.push(String(cell));
    if (out.length >= max) break;
  }
  return out;
}

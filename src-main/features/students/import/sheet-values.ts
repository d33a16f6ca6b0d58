/** Turning spreadsheet cells and rows into what the student import works with. */
import { detectHeaderMapping, type HeaderMapping } from '../../../../src-shared/domain/student-headers';
import type { Sqlite } from '../../../db/connection';
import type { students } from '../../registry/schema';
import type { Cell, SheetRow } from './read-sheet';

type StudentRow = typeof students.$inferSelect;

/** A cell as import text: numbers without exponent or `.0` (a PINFL typed as a number stays whole). */
export function textOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return cell.trim();
}

export interface GroupInfo {
  id: string;
  departmentId: string;
  specialtyId: string;
  course: number;
  educationForm: string;
  educationLang: string;
  educationType: string | null;
}

/** Groups by their name without spaces, upper case, as a spreadsheet may type it. */
export function loadGroups(db: Sqlite): Map<string, GroupInfo> {
  const rows = db
    .prepare(
      `select g.id, g.name, g.department_id, g.specialty_id, g.course, g.education_form, g.education_lang, s.education_type
         from groups g join specialties s on s.id = g.specialty_id`,
    )
    .all() as {
    id: string;
    name: string;
    department_id: string;
    specialty_id: string;
    course: number;
    education_form: string;
    education_lang: string;
    education_type: string | null;
  }[];
  return new Map(
    rows.map((g) => [
      g.name.replace(/\s+/g, '').toUpperCase(),
      {
        id: g.id,
        departmentId: g.department_id,
        specialtyId: g.specialty_id,
        course: g.course,
        educationForm: g.education_form,
        educationLang: g.education_lang,
        educationType: g.education_type,
      },
    ]),
  );
}

/** Splits `Familiya Ism Otasining ismi` (F.I.Sh. order, DOMAIN §5.4). */
export function splitFullName(full: string): [string, string, string] {
  const parts = full.trim().split(/\s+/);
  return [parts[0] ?? '', parts[1] ?? '', parts.slice(2).join(' ')];
}

const SNAKE = new Map<string, string>();
/** A `students` row as SQLite returns it (snake_case) in the shape drizzle gives (camelCase). */
export function studentFromRow(row: Record<string, unknown>): StudentRow {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    let c = SNAKE.get(k);
    if (!c) {
      c = k.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
      SNAKE.set(k, c);
    }
    out[c] = c === 'pinflCheckAccepted' ? v === 1 : v;
  }
  return out as StudentRow;
}

/** The row among the first few that names the most known columns (at least two). */
export function findHeader(rows: SheetRow[]): { index: number; mapping: HeaderMapping } | null {
  let best: { index: number; mapping: HeaderMapping } | null = null;
  rows.forEach((r, index) => {
    const mapping = detectHeaderMapping(r.cells.map((c) => textOf(c)));
    const n = Object.keys(mapping.columns).length;
    if (n >= 2 && (!best || n > Object.keys(best.mapping.columns).length)) best = { index, mapping };
  });
  return best;
}

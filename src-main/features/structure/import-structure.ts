import type { StructureImportResult } from '../../../src-shared/contract/structure';
import { isBlankRow } from '../../../src-shared/domain/structure-import';
import {
  cellText,
  detectStructureColumns,
  isStructureHeader,
  parseStructureRow,
  type ColumnMap,
  type ParsedDepartment,
  type ParsedGroup,
  type ParsedSpecialty,
  type ParsedStructureRow,
  type StructureColumn,
  type StructureImportKind,
} from '../../../src-shared/domain/structure-import-sheets';
import { AppError } from '../../../src-shared/errors';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { JobContext } from '../../jobs/job-runner';
import type { SheetRow } from '../students/import/read-sheet';
import { sameKey } from './common';
import { structureSheetRows } from './import-sheet';
import { groupMatchKey, writeGroups } from './import-structure-groups';
import { writeDepartments, writeSpecialties, type Planned, type RowIssue } from './import-structure-write';

/** A university has a few hundred departments and groups; a sheet far beyond that is the wrong file. */
const MAX_ROWS = 10_000;

/** The header row among the first ten (title rows above it are common), and its columns. */
function findHeader(kind: StructureImportKind, rows: SheetRow[]) {
  for (const [i, r] of rows.slice(0, 10).entries()) {
    const headers = r.cells.map((c) => cellText(c));
    const columns = detectStructureColumns(kind, headers);
    if (isStructureHeader(kind, columns)) return { index: i, columns, headers };
  }
  return null;
}

/** The key two rows of one file must not share: they would be the same record. */
function rowKey(kind: StructureImportKind, row: ParsedStructureRow<StructureImportKind>): string {
  if (kind === 'departments') return sameKey((row as ParsedDepartment).code);
  if (kind === 'specialties') {
    const s = row as ParsedSpecialty;
    return `${sameKey(s.code)}|${s.educationType}`;
  }
  return groupMatchKey((row as ParsedGroup).name);
}

async function readRows(data: Buffer, fileName: string, job: JobContext): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const r of structureSheetRows(data, fileName)) {
    rows.push(r);
    if (rows.length > MAX_ROWS) {
      throw new AppError('VALIDATION', 'error.structure.import.tooManyStructureRows', 'Too many rows', {
        params: { max: MAX_ROWS },
      });
    }
    if (rows.length % 500 === 0) {
      job.throwIfCancelled();
      await job.yield();
    }
  }
  return rows;
}

/** Thrown to roll a dry run (or a file with errors) back after counting what it would write. */
class Rollback extends Error {}

/**
 * Departments, specialties or groups from a spreadsheet, as a job. The whole file is one command:
 * a dry run runs the same writes and rolls them back, so its counts are exactly what the import
 * then does; a file with any bad row writes nothing and lists every problem by row and column.
 */
export async function importStructure(
  services: Services,
  actor: Actor,
  input: { kind: StructureImportKind; fileName: string; data: Buffer; dryRun: boolean },
  job: JobContext,
): Promise<StructureImportResult> {
  const { kind } = input;
  job.progress(0, 0, 'structureImport.step.reading');
  const rows = await readRows(input.data, input.fileName, job);
  job.throwIfCancelled();
  const header = findHeader(kind, rows);
  if (!header) {
    throw new AppError('VALIDATION', `error.structure.import.noHeader.${kind}`, `No header row for ${kind}`);
  }
  const columnName = (c: StructureColumn) => header.headers[(header.columns as ColumnMap)[c] ?? -1] || c;
  const result: StructureImportResult = {
    kind,
    fileName: input.fileName,
    dryRun: input.dryRun,
    written: false,
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
  };
  const issue = (i: RowIssue) => result.errors.push({ ...i, column: i.column ? columnName(i.column) : null });
  const planned: Planned<ParsedStructureRow<StructureImportKind>>[] = [];
  const seen = new Map<string, number>();
  for (const r of rows.slice(header.index + 1)) {
    if (isBlankRow(r.cells)) continue;
    result.rows++;
    const parsed = parseStructureRow(kind, r.cells, header.columns);
    for (const i of parsed.issues) issue({ row: r.row, ...i });
    if (!parsed.row) continue;
    const key = rowKey(kind, parsed.row);
    const first = seen.get(key);
    if (first !== undefined) {
      const column = kind === 'groups' ? 'name' : 'code';
      issue({ row: r.row, column, key: 'validation.structure.import.repeated', params: { row: first } });
      continue;
    }
    seen.set(key, r.row);
    planned.push({ row: r.row, data: parsed.row });
  }
  job.throwIfCancelled();
  job.progress(0, result.rows, 'structureImport.step.writing');
  try {
    runCommand(
      services.store,
      services.clock,
      actor,
      'structure.importStructure',
      { kind, fileName: input.fileName, rows: result.rows },
      (w) => {
        if (kind === 'departments') writeDepartments(w, planned as Planned<ParsedDepartment>[], result, issue);
        else if (kind === 'specialties') writeSpecialties(w, planned as Planned<ParsedSpecialty>[], result, issue);
        else writeGroups(w, planned as Planned<ParsedGroup>[], result, issue);
        if (input.dryRun || result.errors.length > 0) throw new Rollback();
      },
    );
    result.written = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  result.errors.sort((a, b) => a.row - b.row);
  job.progress(result.rows, result.rows, 'structureImport.step.done');
  return result;
}

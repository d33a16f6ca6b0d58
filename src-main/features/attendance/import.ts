import type { AttendanceImportResult } from '../../../src-shared/contract/attendance';
import type { Locale } from '../../../src-shared/contract/common';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { Sqlite } from '../../db/connection';
import type { JobContext } from '../../jobs/job-runner';
import { readSheet, type Cell, type SheetRow } from '../students/import/read-sheet';
import { mapHeader, REQUIRED, type ImportField, type ImportKind } from './import-columns';
import { attendanceRow, examRow, lessonRow, loadRowContext, type RowContext } from './import-rows';
import { addCounts, ATTENDANCE_SPEC, EXAM_SPEC, LESSON_SPEC, upsertRows, zeroUpsert } from './upsert';

/**
 * Excel/CSV import of absences, lessons or exams as a job. The header row is found among the first
 * ten rows by its known column names; a sheet without a required column is refused before any row
 * is read. Every row is checked; a rejected row is reported with its sheet row number, its column as
 * the file named it and a message in the user's language, and never written. Good rows go in
 * batch commands, so a cancel leaves whole batches and a re-import changes nothing more.
 */
export interface ImportJobInput {
  kind: ImportKind;
  fileName: string;
  data: Buffer;
  dryRun: boolean;
  locale: Locale;
  batchSize?: number;
}

const HEADER_SEARCH_ROWS = 10;
const DEFAULT_BATCH = 1000;
/** The result keeps every rejected row for the export; the screen shows the first ones. */
export const REJECTED_SHOWN = 500;

type Rejected = AttendanceImportResult['rejected'][number];
export type FullImportResult = Omit<AttendanceImportResult, 'rejected'> & { rejected: Rejected[] };

/** The row among the first few that names the most known columns (at least two): titles above it are skipped. */
function headerOf(rows: SheetRow[]): { index: number; columns: Map<ImportField, number> } | null {
  let best: { index: number; columns: Map<ImportField, number> } | null = null;
  for (const [index, r] of rows.entries()) {
    const columns = mapHeader(r.cells);
    if (columns.size >= 2 && (!best || columns.size > best.columns.size)) best = { index, columns };
  }
  return best;
}

function missingColumns(kind: ImportKind, columns: Map<ImportField, number>): ImportField[] {
  const missing = REQUIRED[kind].filter((f) => !columns.has(f));
  if (kind === 'attendance' && !columns.has('studentIdNumber') && !columns.has('pinfl'))
    missing.unshift('studentIdNumber');
  return missing;
}

export async function importAttendance(
  services: Services,
  actor: Actor,
  input: ImportJobInput,
  job: JobContext,
): Promise<FullImportResult> {
  const t = (key: string, params?: Record<string, string | number>) => translate(input.locale, key, params);
  const result: FullImportResult = {
    kind: input.kind,
    fileName: input.fileName,
    dryRun: input.dryRun,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejectedCount: 0,
    rejected: [],
  };
  const approxTotal = Math.max(1, Math.round(input.data.length / 50));
  const batchSize = input.batchSize ?? DEFAULT_BATCH;
  const now = services.clock.now();
  const ctx: RowContext = loadRowContext(services.store.reader, tashkentMoment(now).date, now.toISOString());
  const prepare = input.kind === 'attendance' ? attendanceRow : input.kind === 'timetable' ? lessonRow : examRow;
  const head: SheetRow[] = [];
  let header: { index: number; columns: Map<ImportField, number>; names: Map<ImportField, string> } | null = null;
  let batch: Record<string, unknown>[] = [];
  let batchNo = 0;

  const columnName = (f: string) => header?.names.get(f as ImportField) ?? t(`attendance.field.${f}`);
  const reject = (row: number, issues: FieldIssue[]) => {
    result.rejectedCount++;
    result.rejected.push({
      row,
      issues: issues.map((i) => ({
        column: columnName(i.path),
        key: i.key,
        ...(i.params ? { params: i.params } : {}),
        message: `${columnName(i.path)}: ${t(i.key, i.params)}`,
      })),
    });
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    batchNo++;
    job.throwIfCancelled();
    const apply = (db: Sqlite, w: Parameters<typeof upsertRows>[1]) => {
      const spec = input.kind === 'attendance' ? ATTENDANCE_SPEC : input.kind === 'timetable' ? LESSON_SPEC : EXAM_SPEC;
      return upsertRows(db, w, spec as typeof ATTENDANCE_SPEC, rows as never, now.getTime());
    };
    const counts = input.dryRun
      ? apply(services.store.reader, null)
      : runCommand(
          services.store,
          services.clock,
          actor,
          'attendance.import',
          { kind: input.kind, file: input.fileName, batch: batchNo, rows: rows.length },
          (w) => apply(w.sqlite, w),
        ).value;
    const sum = addCounts({ ...zeroUpsert(), ...result }, counts);
    result.created = sum.created;
    result.updated = sum.updated;
    // Rows kept because the office corrected them by hand are "unchanged" to the person importing.
    result.unchanged = sum.unchanged + sum.kept;
    job.progress(result.rows, Math.max(approxTotal, result.rows), 'attendance.step.rows');
    await job.yield();
  };

  const addRow = (r: SheetRow) => {
    if (!header || r.row <= (head[header.index]?.row ?? 0)) return;
    const cols = header.columns;
    const get = (f: ImportField): Cell | undefined => {
      const i = cols.get(f);
      return i === undefined ? undefined : r.cells[i];
    };
    if (r.cells.every((c) => c === null || String(c).trim() === '')) return;
    result.rows++;
    const p = prepare(get, ctx);
    if (p.row) batch.push(p.row as Record<string, unknown>);
    else reject(r.row, p.issues);
  };

  const start = () => {
    const found = headerOf(head);
    const missing = found ? missingColumns(input.kind, found.columns) : REQUIRED[input.kind];
    if (!found || missing.length > 0) {
      throw new AppError('VALIDATION', 'error.attendanceImportColumns', `Missing columns: ${missing.join(', ')}`, {
        params: { columns: missing.map((f) => t(`attendance.field.${f}`)).join(', '), file: input.fileName },
      });
    }
    const cells = head[found.index]?.cells ?? [];
    const names = new Map([...found.columns].map(([f, i]) => [f, String(cells[i] ?? '').trim()]));
    header = { ...found, names };
    for (const r of head) addRow(r);
  };

  for await (const r of readSheet(input.data, input.fileName)) {
    if (!header) {
      head.push(r);
      if (head.length >= HEADER_SEARCH_ROWS) start();
      continue;
    }
    addRow(r);
    if (batch.length >= batchSize) await flush();
  }
  if (!header) start();
  await flush();
  job.progress(result.rows, result.rows, 'attendance.step.done');
  return result;
}

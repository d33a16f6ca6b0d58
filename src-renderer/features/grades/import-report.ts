import type { GradesImportResult } from '../../../src-shared/contract/grades';
import type { ReportLine } from '../student-import/report-rows';

/**
 * Rejected rows as the report table shows them: the backend writes `Column: problem` (so the text
 * reads alone in logs); the table has a column of its own, so the prefix is taken off the message.
 */
export function gradeReportLines(result: Pick<GradesImportResult, 'rejected'>): ReportLine[] {
  return result.rejected.map((r) => {
    const column = r.column ?? '';
    const prefix = `${column}: `;
    return {
      row: r.row,
      column,
      message: column && r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message,
    };
  });
}

/** How many grades the real run would write after this dry run. */
export function toWrite(result: Pick<GradesImportResult, 'added' | 'replaced'>): number {
  return result.added + result.replaced;
}

/** Local GPA minus HEMIS's, signed to one place (`+0.3`, `−0.2`), or null when either is missing. */
export function gpaDelta(local: number | null, hemis: number | null): string | null {
  if (local === null || hemis === null) return null;
  const d = Math.round((local - hemis) * 10) / 10;
  if (d === 0) return '0.0';
  return `${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(1)}`;
}

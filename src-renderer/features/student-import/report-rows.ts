import type { ImportResultInfo } from '../../../src-shared/contract/students';
import type { I18n } from '../../app/i18n';

/** One problem of one row, as the report tables show it (and the .xlsx export writes it). */
export interface ReportLine {
  row: number;
  column: string;
  message: string;
}

type Tr = Pick<I18n, 'tKey' | 'tOr'>;

export function fieldLabel(tr: Tr, field: string): string {
  return tr.tOr(`importWizard.field.${field}`, field);
}

/**
 * The column of the file a field came from, as its header reads. A name part may have been typed in
 * the other script's column or split from a full-name column (the backend's `columnOf` rule).
 */
export function columnOfField(columns: ImportResultInfo['columns'], field: string): string | null {
  const header = (f: string) => columns.find((c) => c.field === f && c.header.trim())?.header.trim() ?? null;
  const base = field.replace(/Cyr$|Lat$/, '');
  return (
    header(field) ?? (base !== field ? (header(`${base}Lat`) ?? header(`${base}Cyr`) ?? header('fullName')) : null)
  );
}

/** Rejected rows, one line per problem, in the person's language (the job writes uz-Latn text). */
export function rejectedLines(result: ImportResultInfo, tr: Tr): ReportLine[] {
  return result.rejected.flatMap((r) =>
    r.issues.map((issue) => ({
      row: r.row,
      column: issue.column ?? columnOfField(result.columns, issue.field) ?? fieldLabel(tr, issue.field),
      message: tr.tKey(issue.key, issue.params),
    })),
  );
}

/** Warnings in the person's language, with their parameters (a group name, a row, a value). */
export function warningLines(result: ImportResultInfo, tr: Tr): ReportLine[] {
  return result.warnings.map((w) => ({
    row: w.row,
    column: w.column ?? columnOfField(result.columns, w.field) ?? fieldLabel(tr, w.field),
    message: tr.tKey(w.key, w.params),
  }));
}

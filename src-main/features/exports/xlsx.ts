import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

export interface XlsxColumn {
  key: string;
  header: string;
  width?: number;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  rows: Iterable<Record<string, unknown>>;
}

/** Excel forbids `: \\ / ? * [ ]` in sheet names and allows 31 characters. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  );
}

/** Text that a spreadsheet could take for a formula (CSV/formula injection, OWASP). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}

/**
 * Writes an .xlsx with exceljs's streaming writer. Every string is stored as a string cell; one
 * that starts like a formula additionally gets the text number format, so no spreadsheet (or a
 * later save as CSV) turns it into a formula.
 */
export async function writeXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Registrator';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length + 2),
    }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for (const record of sheet.rows) {
      const values: Record<string, unknown> = {};
      for (const c of sheet.columns) {
        const v = record[c.key];
        values[c.key] =
          v === undefined || v === null ? null : typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v;
      }
      const row = ws.addRow(values);
      sheet.columns.forEach((c, i) => {
        const v = values[c.key];
        if (typeof v === 'string' && looksLikeFormula(v)) row.getCell(i + 1).numFmt = '@';
      });
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

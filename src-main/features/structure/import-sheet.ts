import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { AppError } from '../../../src-shared/errors';
import { cellOf, readSheet, sheetsLast, type Cell, type SheetRow } from '../students/import/read-sheet';

const WorkbookReader = createRequire(import.meta.url)(
  'exceljs/lib/stream/xlsx/workbook-reader.js',
) as typeof ExcelJS.stream.xlsx.WorkbookReader;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * A number shown through a zero-padded format (`00000000`) as the text the user sees: a specialty
 * code typed as `06110100` in a cell Excel keeps as the number 6110100 must keep its zero.
 */
export function shownNumber(value: number, numFmt: string | undefined): Cell {
  const pad = /^"?(0+)"?$/.exec(numFmt?.trim() ?? '');
  if (pad && Number.isInteger(value) && value >= 0) return String(value).padStart((pad[1] as string).length, '0');
  return value;
}

/**
 * Rows of the first worksheet of an .xlsx, read with the cell styles (unlike the student import,
 * which ignores them for speed): structure lists are small and their codes need the number
 * formats. A .csv, an old .xls or anything else goes through the student import's reader.
 */
export async function* structureSheetRows(data: Buffer, fileName: string): AsyncGenerator<SheetRow> {
  if (!data.subarray(0, 4).equals(ZIP_MAGIC)) {
    yield* readSheet(data, fileName);
    return;
  }
  const reader = new WorkbookReader(Readable.from(sheetsLast(data)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      if (sheets > 1) continue;
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) {
          const value = values[c] ?? null;
          cells.push(typeof value === 'number' ? shownNumber(value, row.getCell(c).numFmt) : cellOf(value));
        }
        yield { row: row.number, cells };
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notWorkbook(fileName, err instanceof Error ? err.message : String(err));
  }
  if (sheets === 0) throw notWorkbook(fileName, 'no worksheet');
}

function notWorkbook(fileName: string, why: string): AppError {
  return new AppError('VALIDATION', 'error.importNotWorkbook', `${fileName} is not a readable workbook: ${why}`, {
    params: { file: fileName },
  });
}

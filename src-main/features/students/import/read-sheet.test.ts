import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../src-shared/errors';
import { csvRows, excelSerialToIso, readSheet, sheetsLast, xlsxRows, type SheetRow } from './read-sheet';
import { sheetWorkerRows, sheetWorkerStats } from './sheet-worker-host';

/** A real workbook with every kind of cell the reader normalises, long enough for many worker chunks. */
async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Talabalar');
  ws.addRow(['Talabalar roʻyxati']);
  ws.addRow(['№', 'Familiya', 'Ism', 'JSHSHIR', 'Tugʻilgan sana', 'Izoh', 'Faol']);
  for (let i = 0; i < rows; i++) {
    ws.addRow([
      i + 1,
      i % 5 === 0 ? { richText: [{ text: 'Joʻ' }, { text: `rayev${i}` }] } : `Qodirov${i}`,
      i % 7 === 0 ? { formula: 'A1&"x"', result: 'x' } : 'Bobur',
      31_204_057_890_000 + i,
      new Date(Date.UTC(2000 + (i % 8), i % 12, 1 + (i % 28))),
      i % 3 === 0 ? null : `izoh ${i}`,
      i % 2 === 0,
    ]);
  }
  wb.addWorksheet('Izohlar').addRow(['not a student']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function collect(rows: AsyncIterable<SheetRow>): Promise<SheetRow[]> {
  const out: SheetRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

async function failure(rows: AsyncIterable<SheetRow>): Promise<AppError> {
  try {
    await collect(rows);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('spreadsheet cells', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [38454, '2005-04-12'],
    [46354, '2026-11-28'],
    [0, null],
    [-5, null],
  ])('Excel serial %s is %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('splits CSV with quotes, semicolons and a BOM', () => {
    const rows = [...csvRows('\ufeffFamiliya;Ism;Izoh\r\n"Jo\'rayev";Bobur;"a ""quoted""; text"\n')];
    expect(rows).toEqual([
      { row: 1, cells: ['Familiya', 'Ism', 'Izoh'] },
      { row: 2, cells: ["Jo'rayev", 'Bobur', 'a "quoted"; text'] },
    ]);
  });
});

describe('a workbook with its worksheets last', () => {
  it('moves the sheet behind the shared strings and stays a zip that reads the same', async () => {
    const file = await workbook(200);
    // exceljs writes the sheet before sharedStrings.xml and workbook.xml, as Excel does.
    const before = (b: Buffer, first: string, then: string) => b.indexOf(first) < b.indexOf(then);
    expect(before(file, 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml')).toBe(true);
    const moved = sheetsLast(file);
    expect(moved.length).toBe(file.length);
    expect(before(moved, 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml')).toBe(true);
    expect(before(moved, 'xl/workbook.xml', 'xl/worksheets/sheet2.xml')).toBe(true);
    // A reader that follows the central directory (not the stream order) finds every part where it now is.
    const values = async (b: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b as unknown as ArrayBuffer);
      return wb.worksheets.map((ws) => ws.getSheetValues());
    };
    expect(await values(moved)).toEqual(await values(file));
    expect(sheetsLast(moved)).toBe(moved);
  });

  it('leaves anything it does not fully understand as it is', () => {
    const zipOfNothing = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a zip at all')]);
    for (const data of [Buffer.alloc(0), Buffer.from('Familiya;Ism\n'), zipOfNothing])
      expect(sheetsLast(data)).toBe(data);
  });
});

describe('reading an .xlsx in the sheet worker', () => {
  // 3,000 rows are six chunks: more than the worker may post ahead, so its credit is used up and given back.
  let made: Promise<Buffer> | undefined;
  const sample = async () => Buffer.from(await (made ??= workbook(3000)));

  it('gives the same rows as the in-thread reader, moving the bytes to the worker and leaving no thread', async () => {
    const file = await sample();
    const data = Buffer.from(file);
    const before = sheetWorkerStats().started;
    const viaWorker = await collect(readSheet(data, 'talabalar.xlsx'));
    expect(sheetWorkerStats()).toEqual({ started: before + 1, running: 0 });
    // Moved, not copied: the caller's buffer is detached.
    expect(data.length).toBe(0);
    const inThread = await collect(xlsxRows(Buffer.from(file), 'talabalar.xlsx'));
    expect(viaWorker).toHaveLength(3002);
    expect(viaWorker).toEqual(inThread);
    // Styles are not read: a date arrives as its Excel serial (the importer converts its date column).
    expect(viaWorker[2]).toEqual({
      row: 3,
      cells: [1, 'Joʻrayev0', '=A1&"x"', 31_204_057_890_000, 36526, null, 'TRUE'],
    });
  });

  it('stops the worker when the reader stops early (the preview reads a few rows)', async () => {
    const before = sheetWorkerStats().started;
    const rows: SheetRow[] = [];
    for await (const r of readSheet(await sample(), 'talabalar.xlsx')) {
      rows.push(r);
      if (rows.length === 15) break;
    }
    expect(rows.map((r) => r.row)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(sheetWorkerStats()).toEqual({ started: before + 1, running: 0 });
  });

  it('passes the reader error through as the same AppError', async () => {
    const before = sheetWorkerStats().started;
    const zipOfNothing = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not a zip at all')]);
    const err = await failure(readSheet(zipOfNothing, 'rasm.xlsx'));
    expect(err).toMatchObject({ code: 'VALIDATION', key: 'error.importNotWorkbook', params: { file: 'rasm.xlsx' } });
    const whole = await sample();
    const cut = await failure(readSheet(Buffer.from(whole.subarray(0, whole.length >> 1)), 'kesik.xlsx'));
    expect(cut).toMatchObject({ key: 'error.importNotWorkbook', params: { file: 'kesik.xlsx' } });
    expect(sheetWorkerStats()).toEqual({ started: before + 2, running: 0 });
  });

  it('reads in the calling thread when no worker can start, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = await workbook(100);
    const expected = await collect(xlsxRows(Buffer.from(file), 'a.xlsx'));
    const before = sheetWorkerStats().started;
    const missing = Buffer.from(file);
    expect(await collect(sheetWorkerRows(missing, 'a.xlsx', () => xlsxRows(missing, 'a.xlsx'), null))).toEqual(
      expected,
    );
    const broken = new URL('data:text/javascript,throw new Error("broken build")');
    const kept = Buffer.from(file);
    expect(await collect(sheetWorkerRows(kept, 'a.xlsx', () => xlsxRows(kept, 'a.xlsx'), broken))).toEqual(expected);
    expect(kept.length).toBe(file.length);
    expect(sheetWorkerStats()).toEqual({ started: before, running: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

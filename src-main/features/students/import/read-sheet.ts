import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { AppError } from '../../../../src-shared/errors';
import { sheetWorkerRows } from './sheet-worker-host';

/** A cell as the import sees it: text, a number, an ISO date, a formula marker, or empty. */
export type Cell = string | number | null;

export interface SheetRow {
  /** Row number as shown in the spreadsheet (header = 1). */
  row: number;
  cells: Cell[];
}

/**
 * Only exceljs's streaming reader, not the package: its index also loads the writers (archiver, jszip), and
 * the sheet worker loads whatever this module loads before it can read a row (~40 % longer start-up).
 */
const WorkbookReader = createRequire(import.meta.url)(
  'exceljs/lib/stream/xlsx/workbook-reader.js',
) as typeof ExcelJS.stream.xlsx.WorkbookReader;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function notWorkbook(fileName: string, why: string): AppError {
  return new AppError('VALIDATION', 'error.importNotWorkbook', `${fileName} is not a readable workbook: ${why}`, {
    params: { file: fileName },
  });
}

function isoOf(date: Date): string {
  // Excel dates have no zone: exceljs gives UTC midnight of the calendar day.
  return date.toISOString().slice(0, 10);
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with the 1900 leap-year bug (serial 60). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial) - (serial >= 61 ? 25569 : 25568);
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** Normalises an exceljs cell value; a formula becomes `=…` so name checks can reject it. */
export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const f = (value as { formula?: string; sharedFormula?: string }).formula ?? 'formula';
      return `=${f}`;
    }
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return null;
  }
  return String(value as unknown);
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * The same .xlsx with its worksheets moved behind the other parts. Excel and exceljs write a sheet before
 * sharedStrings.xml and workbook.xml, which the streaming reader needs first: it then inflates the whole sheet
 * into a temporary file and reads it again, and the first row comes only after that (~0.5 s for 50,000 rows,
 * with the importer waiting). Entries move as they are (no recompression) and the central directory follows
 * them, so the result is still a valid zip; anything unexpected (zip64, a zip comment, overlapping entries)
 * returns `data` itself.
 */
export function sheetsLast(data: Buffer): Buffer {
  try {
    const end = data.length - 22;
    if (end < 0 || data.readUInt32LE(end) !== END_OF_CENTRAL) return data;
    const count = data.readUInt16LE(end + 10);
    const centralStart = data.readUInt32LE(end + 16);
    if (centralStart + data.readUInt32LE(end + 12) !== end || count === 0xffff) return data;
    const entries: { sheet: boolean; local: number; central: number; size: number; moved: number }[] = [];
    for (let q = centralStart; q < end;) {
      if (data.readUInt32LE(q) !== CENTRAL_HEADER) return data;
      const nameEnd = q + 46 + data.readUInt16LE(q + 28);
      const name = data.toString('utf8', q + 46, nameEnd);
      entries.push({ sheet: WORKSHEET.test(name), local: data.readUInt32LE(q + 42), central: q, size: 0, moved: 0 });
      q = nameEnd + data.readUInt16LE(q + 30) + data.readUInt16LE(q + 32);
    }
    entries.sort((a, b) => a.local - b.local);
    if (entries.length !== count || entries[0]?.local !== 0) return data;
    for (const [i, e] of entries.entries()) {
      e.size = (entries[i + 1]?.local ?? centralStart) - e.local;
      if (e.size <= 0 || data.readUInt32LE(e.local) !== LOCAL_HEADER) return data;
    }
    const ordered = [...entries.filter((e) => !e.sheet), ...entries.filter((e) => e.sheet)];
    if (ordered.every((e, i) => e === entries[i])) return data;
    const out = Buffer.allocUnsafe(data.length);
    let at = 0;
    for (const e of ordered) {
      e.moved = at;
      at += data.copy(out, at, e.local, e.local + e.size);
    }
    // The central directory keeps its place (the entries fill the same bytes); only their offsets change.
    data.copy(out, at, centralStart);
    for (const e of entries) out.writeUInt32LE(e.moved, e.central + 42);
    return out;
  } catch {
    return data;
  }
}

/** Rows of the first worksheet, parsed in the calling thread (the sheet worker runs this too). */
export async function* xlsxRows(data: Buffer, fileName: string): AsyncGenerator<SheetRow> {
  const reader = new WorkbookReader(Readable.from(sheetsLast(data)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles would only tell which numbers are dates; the import knows its date column and reads
    // Excel serial dates there itself (see `excelSerialToIso`). Skipping them halves the parse cost.
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets++;
      // The first worksheet holds the list; later sheets (notes, pivots) are not students.
      if (sheets > 1) continue;
      for await (const row of worksheet) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellOf(values[c] ?? null));
        yield { row: row.number, cells };
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notWorkbook(fileName, err instanceof Error ? err.message : String(err));
  }
  if (sheets === 0) throw notWorkbook(fileName, 'no worksheet');
}

/** Splits CSV text (RFC 4180 quotes; `,` `;` or tab, whichever the header uses most). */
export function* csvRows(text: string): Generator<SheetRow> {
  const body = text.replace(/^\ufeff/, '');
  const firstLine = body.slice(0, body.indexOf('\n') >= 0 ? body.indexOf('\n') : body.length);
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  let row = 1;
  let cells: Cell[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    cells.push(field === '' ? null : field);
    field = '';
  };
  while (i < body.length) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endField();
      yield { row, cells };
      row++;
      cells = [];
    } else field += ch;
    i++;
  }
  if (field !== '' || cells.length > 0) {
    endField();
    yield { row, cells };
  }
}

/**
 * Rows of the first worksheet of an .xlsx, or of a .csv; anything else is a clear error.
 * An .xlsx is parsed in a worker thread while the caller works on the rows already read; its bytes
 * move to that thread (`data` is left empty once reading starts), so read any figure you need first.
 */
export async function* readSheet(data: Buffer, fileName: string): AsyncGenerator<SheetRow> {
  if (data.subarray(0, 4).equals(ZIP_MAGIC)) {
    yield* sheetWorkerRows(data, fileName, () => xlsxRows(data, fileName));
    return;
  }
  if (data.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new AppError('VALIDATION', 'error.importOldXls', `${fileName} is an old .xls file: save it as .xlsx`, {
      params: { file: fileName },
    });
  }
  const text = data.toString('utf8');
  if (text.includes('\u0000') || text.includes('\ufffd') || !/[,;\t]/.test(text.slice(0, 2000))) {
    throw notWorkbook(fileName, 'neither .xlsx nor CSV text');
  }
  yield* csvRows(text);
}

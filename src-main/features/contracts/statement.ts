import { foldApostrophes } from '../../../src-shared/domain/apostrophes';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import { excelSerialToIso, readSheet, xlsxRows, type Cell } from '../students/import/read-sheet';

/**
 * A bank statement as the finance office downloads it (.xlsx, or .csv): one payment a row, with columns
 * whose headers differ from bank to bank and language to language. We find the header row among the first
 * rows by the words in it (uz/ru/en) and read date, bank document number, amount, payer, purpose, contract
 * number and PINFL. A contract number or PINFL that has no column of its own is looked for in the purpose
 * ("Shartnoma № 12/2026 boʻyicha …", "ПИНФЛ 31203…").
 */

export interface StatementRow {
  row: number;
  paidOn: string;
  amount: number;
  bankDocument: string;
  payerName: string;
  purpose: string;
  contractNumber: string;
  pinfl: string;
}

type Column = keyof Omit<StatementRow, 'row'>;

/** Checked in this order: "Дата документа" is a date, "To'lov maqsadi" a purpose, not a payer. */
const HEADER_WORDS: [Column, string[]][] = [
  ['contractNumber', ['shartnoma', 'договор', 'contract']],
  ['pinfl', ['jshshir', 'jshir', 'pinfl', 'пинфл', 'жшшир']],
  ['purpose', ['maqsad', 'назначение', 'purpose', 'details', 'izoh']],
  ['payerName', ["to'lovchi", 'плательщик', 'payer', 'отправитель']],
  ['paidOn', ['sana', 'дата', 'date']],
  ['amount', ['summa', 'сумма', 'amount', 'miqdor']],
  ['bankDocument', ['hujjat', 'документ', 'document', 'doc', '№']],
];

const HEADER_SEARCH_ROWS = 15;

function columnOf(header: string): Column | null {
  const h = foldApostrophes(header).toLowerCase();
  for (const [column, words] of HEADER_WORDS) if (words.some((w) => h.includes(w))) return column;
  return null;
}

const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c).trim());

export function parseDate(cell: Cell | undefined): string | null {
  if (typeof cell === 'number') return cell > 20000 && cell < 80000 ? excelSerialToIso(cell) : null;
  const s = text(cell);
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  let iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(s);
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Whole soʻm, or null. Banks write "1 250 000,00", "1,250,000.00" or a number; tiyin are rounded half up,
 * since contracts and their schedules are whole soʻm.
 */
export function parseAmount(cell: Cell | undefined): number | null {
  let value: number;
  if (typeof cell === 'number') value = cell;
  else {
    let s = text(cell)
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(/(so'?m|сум|uzs)$/i, '');
    if (!/^\d[\d.,]*$/.test(s)) return null;
    // The last separator followed by one or two digits is the decimal mark; the others group thousands.
    const dec = /[.,](\d{1,2})$/.exec(s);
    const whole = dec ? s.slice(0, dec.index) : s;
    s = `${whole.replace(/[.,]/g, '')}${dec ? `.${dec[1]}` : ''}`;
    value = Number(s);
  }
  if (!Number.isFinite(value) || value <= 0) return null;
  return Math.floor(value + 0.5);
}

/** A contract number as printed ("12/2026", "QO-3/2026") named in a payment's purpose. */
export function numbersInPurpose(purpose: string): string[] {
  return [...purpose.matchAll(/(?:^|[^\p{L}\p{N}/-])((?:[\p{L}]{1,4}-)?\d{1,7}\/\d{4})(?![\p{N}/])/gu)].map(
    (m) => m[1]!,
  );
}

export function pinflInPurpose(purpose: string): string {
  return /(?:^|\D)(\d{14})(?!\d)/.exec(purpose)?.[1] ?? '';
}

/**
 * The statement's rows; a bad date or amount is collected (by row) rather than thrown at the first one, so
 * the office fixes the file once. Blank rows and rows without an amount and date (totals, signatures) are
 * ignored only after the last payment; inside the table they are errors.
 */
export async function readStatement(
  data: Buffer,
  fileName: string,
): Promise<{ rows: StatementRow[]; issues: FieldIssue[] }> {
  let columns: Map<number, Column> | null = null;
  const rows: StatementRow[] = [];
  const issues: FieldIssue[] = [];
  // A statement is small: the streaming reader on this thread, without the student import's worker.
  const isZip = data.subarray(0, 2).toString('latin1') === 'PK';
  for await (const { row, cells } of isZip ? xlsxRows(data, fileName) : readSheet(data, fileName)) {
    if (!columns) {
      if (row > HEADER_SEARCH_ROWS) break;
      const found = new Map<number, Column>();
      cells.forEach((c, i) => {
        const col = typeof c === 'string' ? columnOf(c) : null;
        if (col && ![...found.values()].includes(col)) found.set(i, col);
      });
      const kinds = [...found.values()];
      if (kinds.includes('paidOn') && kinds.includes('amount')) columns = found;
      continue;
    }
    const get = (col: Column) => {
      for (const [i, c] of columns!) if (c === col) return cells[i];
      return undefined;
    };
    if (cells.every((c) => text(c) === '')) continue;
    const paidOn = parseDate(get('paidOn'));
    const amount = parseAmount(get('amount'));
    // A totals line ("Jami", "Итого") has an amount but no date and no document: not a payment.
    if (!paidOn && !text(get('bankDocument')) && /jami|итого|total/i.test(cells.map(text).join(' '))) continue;
    if (!paidOn) issues.push({ path: `rows.${row}.date`, key: 'contracts.import.badDate', params: { row } });
    if (amount === null)
      issues.push({ path: `rows.${row}.amount`, key: 'contracts.import.badAmount', params: { row } });
    if (!paidOn || amount === null) continue;
    const purpose = text(get('purpose'));
    rows.push({
      row,
      paidOn,
      amount,
      bankDocument: text(get('bankDocument')),
      payerName: text(get('payerName')),
      purpose,
      contractNumber: text(get('contractNumber')).replace(/^№\s*/, ''),
      pinfl: text(get('pinfl')).replace(/\D/g, '') || pinflInPurpose(purpose),
    });
  }
  if (!columns)
    throw new AppError('VALIDATION', 'error.contracts.importNoHeader', `${fileName}: no date and amount columns`, {
      params: { file: fileName },
    });
  return { rows, issues };
}

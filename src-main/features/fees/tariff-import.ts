import type { TariffRowDraft } from '../../../src-shared/domain/fees-tariff';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Cell } from '../students/import/read-sheet';
import { structureSheetRows } from '../structure/import-sheet';

/**
 * Tariff rows from the finance office's sheet: columns specialty code, education form, price, foreign price,
 * specialty coefficient, credit price (a header row is skipped). A tariff sheet has a few hundred rows, so it
 * is read in one go, before the write; every bad row is reported by its sheet row number and nothing is
 * written unless all rows are good.
 */

const MAX_ROWS = 5000;

function text(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** A number typed with spaces or a decimal comma ("12 500 000", "1,5"); empty → null; anything else → NaN. */
function numberOf(cell: Cell | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  const cleaned = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return null;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

export async function readTariffSheet(data: Buffer, fileName: string): Promise<TariffRowDraft[]> {
  const rows: TariffRowDraft[] = [];
  const issues: FieldIssue[] = [];
  for await (const { row, cells } of structureSheetRows(data, fileName)) {
    const code = text(cells[0]);
    if (!code) continue;
    // The header ("Mutaxassislik kodi", "Specialty code" …) is the only row whose code is not digits.
    if (!/^\d+$/.test(code)) {
      if (rows.length === 0 && issues.length === 0) continue;
      issues.push({ path: `row.${row}`, key: 'fees.import.badCode', params: { row, value: code } });
      continue;
    }
    const form = text(cells[1]);
    if (!/^\d{2}$/.test(form))
      issues.push({ path: `row.${row}`, key: 'fees.import.badForm', params: { row, value: form } });
    const values = [cells[2], cells[3], cells[4], cells[5]].map(numberOf);
    const columns = ['price', 'foreignPrice', 'specialtyCoefficient', 'creditPrice'];
    values.forEach((v, i) => {
      if (v !== null && !(Number.isFinite(v) && v > 0))
        issues.push({
          path: `row.${row}`,
          key: 'fees.import.badNumber',
          params: { row, field: columns[i] as string, value: text([cells[2], cells[3], cells[4], cells[5]][i]) },
        });
    });
    const [price = null, foreignPrice = null, specialtyCoefficient = null, creditPrice = null] = values;
    rows.push({
      specialtyCode: code,
      educationForm: form,
      price,
      foreignPrice,
      specialtyCoefficient,
      increasedCoefficient: null,
      creditPrice,
    });
    if (rows.length > MAX_ROWS) {
      issues.push({ path: `row.${row}`, key: 'fees.import.tooMany', params: { row, max: MAX_ROWS } });
      break;
    }
  }
  if (issues.length === 0 && rows.length === 0) issues.push({ path: 'file', key: 'fees.import.empty' });
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'fees.import.failed', 'The tariff sheet has errors; nothing was imported', {
      params: { count: issues.length },
      details: { issues: issues.slice(0, 200) },
    });
  return rows;
}

/** The imported rows over the draft's rows: a specialty × form in the sheet replaces the draft's. */
export function mergeRows(current: TariffRowDraft[], imported: TariffRowDraft[]): TariffRowDraft[] {
  const byKey = new Map(current.map((r) => [`${r.specialtyCode}|${r.educationForm}`, r]));
  for (const r of imported) {
    const key = `${r.specialtyCode}|${r.educationForm}`;
    byKey.set(key, { ...r, increasedCoefficient: byKey.get(key)?.increasedCoefficient ?? null });
  }
  return [...byKey.values()];
}

import type { ChannelParsedInput, Locale } from '../../../src-shared/contract';
import { translate } from '../../../src-shared/i18n';
import type { Sqlite } from '../../db/connection';
import { writeXlsx, type XlsxSheet } from '../exports/xlsx';
import { facultyNames, movementStatistics, type MovementStatRow } from './statistics';

/** The classifier whose names a type's reason codes are (`h_expel_reason`, `h_academic_reason`). */
const REASON_SET: Record<string, string> = { expulsion: 'orders.expelReason', academicLeave: 'orders.leaveReason' };

export function reasonName(locale: Locale, type: string, reason: string): string {
  const set = REASON_SET[type];
  if (!reason || !set) return reason;
  const key = `${set}.${reason}`;
  const name = translate(locale, key);
  return name === key ? reason : name;
}

/** Every month `from`..`to` touches, so a month without movements shows as zeros, not as a gap. */
export function monthsBetween(from: string, to: string): string[] {
  // Month numbers as a count from year 0; a malformed month (the contract only checks the digits) is clamped.
  const index = (iso: string) => {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    return y * 12 + Math.min(Math.max(m, 1), 12) - 1;
  };
  const out: string[] = [];
  if (to < from) return out;
  for (let i = index(from); i <= index(to); i++) {
    out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

function movementsSheet(rows: MovementStatRow[], total: number, locale: Locale, faculty: Map<string, string>) {
  const t = (key: string) => translate(locale, key);
  const sheet: XlsxSheet = {
    name: t('orders.stats.sheet.movements'),
    columns: [
      { key: 'type', header: t('orders.stats.col.type'), width: 34 },
      { key: 'reason', header: t('orders.stats.col.reason'), width: 34 },
      { key: 'faculty', header: t('orders.stats.col.faculty'), width: 36 },
      { key: 'course', header: t('orders.stats.col.course'), width: 8 },
      { key: 'month', header: t('orders.stats.col.month'), width: 10 },
      { key: 'count', header: t('orders.stats.col.count'), width: 10 },
    ],
    rows: [
      ...rows.map((r) => ({
        type: t(`orders.type.${r.type}`),
        reason: reasonName(locale, r.type, r.reason),
        faculty: r.departmentId ? (faculty.get(r.departmentId) ?? r.departmentName) : t('orders.stats.noFaculty'),
        course: r.course,
        month: r.month,
        count: r.count,
      })),
      { type: t('orders.stats.total'), count: total },
    ],
  };
  return sheet;
}

/** Months down, movement types across, totals at the right and at the bottom: what the statistics issue charts. */
function byMonthSheet(rows: MovementStatRow[], months: string[], locale: Locale): XlsxSheet {
  const t = (key: string) => translate(locale, key);
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const cell = new Map<string, number>();
  for (const r of rows) cell.set(`${r.month}|${r.type}`, (cell.get(`${r.month}|${r.type}`) ?? 0) + r.count);
  const count = (month: string, type: string) => cell.get(`${month}|${type}`) ?? 0;
  const line = (month: string, label = month) => {
    const values: Record<string, unknown> = { month: label };
    let sum = 0;
    for (const type of types) {
      const n = month ? count(month, type) : months.reduce((s, m) => s + count(m, type), 0);
      values[`t:${type}`] = n;
      sum += n;
    }
    values.total = sum;
    return values;
  };
  return {
    name: t('orders.stats.sheet.byMonth'),
    columns: [
      { key: 'month', header: t('orders.stats.col.month'), width: 10 },
      ...types.map((type) => ({ key: `t:${type}`, header: t(`orders.type.${type}`), width: 18 })),
      { key: 'total', header: t('orders.stats.total'), width: 10 },
    ],
    rows: [...months.map((m) => line(m)), line('', t('orders.stats.total'))],
  };
}

/** The statistics as an .xlsx in the asked language: every count, then months × types. */
export async function exportMovementStatistics(
  db: Sqlite,
  input: ChannelParsedInput<'orders.exportStatistics'>,
): Promise<{ fileName: string; mimeType: string; data: string }> {
  const { rows, total } = movementStatistics(db, input);
  const faculty = facultyNames(
    db,
    [...new Set(rows.map((r) => r.departmentId).filter((id): id is string => id !== null))],
    input.lang,
  );
  const data = await writeXlsx([
    movementsSheet(rows, total, input.lang, faculty),
    byMonthSheet(rows, monthsBetween(input.from, input.to), input.lang),
  ]);
  return {
    fileName: `movements_${input.from}_${input.to}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: data.toString('base64'),
  };
}

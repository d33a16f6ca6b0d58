/** One counted cell of `orders.statistics`: applied movements of a type, reason, faculty, course and month. */
export interface StatRow {
  type: string;
  reason: string;
  departmentId: string | null;
  departmentName: string | null;
  course: number | null;
  /** YYYY-MM of the effective date. */
  month: string;
  count: number;
}

/** A table of counts: row labels down, column labels across, totals both ways. */
export interface Pivot {
  rows: { key: string; cells: number[]; total: number }[];
  columns: string[];
  columnTotals: number[];
  total: number;
}

/** Every month from `from` to `to` (ISO dates), so a quiet month shows as zeros, not as a gap. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  // 120 months at most: a mistyped year must not build a table of thousands of columns.
  while ((year < endYear || (year === endYear && month <= endMonth)) && months.length < 120) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Sums `count` into rows × columns. Columns come from `columns` when given (every month of the
 * period) else from the data, sorted; a value outside the given columns still counts in the totals.
 */
export function pivot(
  data: readonly StatRow[],
  rowOf: (r: StatRow) => string,
  columnOf: (r: StatRow) => string,
  columns?: readonly string[],
): Pivot {
  const cols = columns ? [...columns] : [...new Set(data.map(columnOf))].sort(compareKeys);
  const index = new Map(cols.map((c, i) => [c, i]));
  const rows = new Map<string, { key: string; cells: number[]; total: number }>();
  const columnTotals = cols.map(() => 0);
  let total = 0;
  for (const r of data) {
    const key = rowOf(r);
    let row = rows.get(key);
    if (!row) {
      row = { key, cells: cols.map(() => 0), total: 0 };
      rows.set(key, row);
    }
    const i = index.get(columnOf(r));
    if (i !== undefined) {
      row.cells[i] = (row.cells[i] ?? 0) + r.count;
      columnTotals[i] = (columnTotals[i] ?? 0) + r.count;
    }
    row.total += r.count;
    total += r.count;
  }
  return { rows: [...rows.values()], columns: cols, columnTotals, total };
}

/** Numbers as numbers ("2" before "10"), the rest alphabetically; the empty key (unknown) last. */
function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const [na, nb] = [Number(a), Number(b)];
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

/** Rows in a fixed order (order types as the app lists them), unknown ones after, biggest first. */
export function sortRows<R extends { key: string; total: number }>(rows: readonly R[], order: readonly string[]): R[] {
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  return [...rows].sort((a, b) => rank(a.key) - rank(b.key) || b.total - a.total || a.key.localeCompare(b.key));
}

/** Movements by type and reason with their count, largest first; movements without a reason are left out. */
export function byReason(data: readonly StatRow[]): { type: string; reason: string; count: number }[] {
  const sums = new Map<string, { type: string; reason: string; count: number }>();
  for (const r of data) {
    if (!r.reason) continue;
    const key = `${r.type}\u0000${r.reason}`;
    const entry = sums.get(key) ?? { type: r.type, reason: r.reason, count: 0 };
    entry.count += r.count;
    sums.set(key, entry);
  }
  return [...sums.values()].sort(
    (a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.reason.localeCompare(b.reason),
  );
}

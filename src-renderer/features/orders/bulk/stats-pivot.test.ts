import { describe, expect, it } from 'vitest';
import { academicYearStart, monthLabel } from './bulk-format';
import { byReason, monthsBetween, pivot, sortRows, type StatRow } from './stats-pivot';

const row = (over: Partial<StatRow>): StatRow => ({
  type: 'expulsion',
  reason: '',
  departmentId: 'f1',
  departmentName: 'Fizika',
  course: 1,
  month: '2026-09',
  count: 1,
  ...over,
});

describe('monthsBetween', () => {
  it.each([
    ['2025-09-01', '2026-01-15', ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']],
    ['2026-03-05', '2026-03-20', ['2026-03']],
    ['2026-04-01', '2026-03-31', []],
  ])('%s → %s', (from, to, months) => {
    expect(monthsBetween(from, to)).toEqual(months);
  });

  it('stops at ten years of columns when a year is mistyped', () => {
    expect(monthsBetween('1026-01-01', '2026-01-01')).toHaveLength(120);
  });
});

describe('pivot', () => {
  it('sums counts into rows × columns with totals both ways, empty months as zeros', () => {
    const data = [
      row({ type: 'expulsion', month: '2025-09', count: 2 }),
      row({ type: 'expulsion', month: '2025-11', count: 1 }),
      row({ type: 'academicLeave', month: '2025-09', count: 3 }),
      row({ type: 'expulsion', month: '2025-09', count: 4, course: 2 }),
    ];
    const p = pivot(
      data,
      (r) => r.type,
      (r) => r.month,
      ['2025-09', '2025-10', '2025-11'],
    );
    expect(p.columns).toEqual(['2025-09', '2025-10', '2025-11']);
    expect(p.rows).toEqual([
      { key: 'expulsion', cells: [6, 0, 1], total: 7 },
      { key: 'academicLeave', cells: [3, 0, 0], total: 3 },
    ]);
    expect(p.columnTotals).toEqual([9, 0, 1]);
    expect(p.total).toBe(10);
  });

  it('takes its columns from the data when none are given: numbers in order, the unknown last', () => {
    const data = [row({ course: 10 }), row({ course: null }), row({ course: 2, count: 5 })];
    const p = pivot(
      data,
      (r) => r.departmentId ?? '',
      (r) => (r.course === null ? '' : String(r.course)),
    );
    expect(p.columns).toEqual(['2', '10', '']);
    expect(p.rows).toEqual([{ key: 'f1', cells: [5, 1, 1], total: 7 }]);
  });

  it('counts a month outside the period in the totals, so the totals match the backend', () => {
    const p = pivot(
      [row({ month: '2024-01', count: 2 })],
      (r) => r.type,
      (r) => r.month,
      ['2025-09'],
    );
    expect(p.rows).toEqual([{ key: 'expulsion', cells: [0], total: 2 }]);
    expect(p.columnTotals).toEqual([0]);
    expect(p.total).toBe(2);
  });
});

describe('sortRows', () => {
  it('follows the given order, unknown keys after it, larger first', () => {
    const rows = [
      { key: 'zzz', total: 1 },
      { key: 'promotion', total: 2 },
      { key: 'yyy', total: 5 },
      { key: 'expulsion', total: 1 },
    ];
    expect(sortRows(rows, ['expulsion', 'academicLeave', 'promotion']).map((r) => r.key)).toEqual([
      'expulsion',
      'promotion',
      'yyy',
      'zzz',
    ]);
  });
});

describe('byReason', () => {
  it('adds up each type and reason over faculties, courses and months; no reason, no row', () => {
    const data = [
      row({ reason: '12', count: 2 }),
      row({ reason: '12', count: 1, course: 3, month: '2025-10' }),
      row({ type: 'academicLeave', reason: '12', count: 1 }),
      row({ type: 'promotion', reason: '', count: 40 }),
    ];
    expect(byReason(data)).toEqual([
      { type: 'expulsion', reason: '12', count: 3 },
      { type: 'academicLeave', reason: '12', count: 1 },
    ]);
  });
});

describe('dates of the statistics page', () => {
  it.each([
    ['2026-11-28', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['2026-08-31', '2025-09-01'],
    ['2026-01-10', '2025-09-01'],
  ])('the academic year of %s began on %s', (today, start) => {
    expect(academicYearStart(today)).toBe(start);
  });

  it('writes a month as the dates are written', () => {
    expect(monthLabel('2026-09')).toBe('09.2026');
  });
});

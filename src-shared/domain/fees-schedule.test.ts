import { describe, expect, it } from 'vitest';
import { buildPaymentSchedule, paymentStatus, type PaymentSchedule, type ScheduleInput } from './fees-schedule';

function schedule(input: Partial<ScheduleInput>): PaymentSchedule {
  const result = buildPaymentSchedule({
    total: 12_000_000,
    academicYearStart: 2025,
    firstYear: false,
    superContract: false,
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const rows = (s: PaymentSchedule) => s.instalments.map((i) => [i.dueDate, i.percent, i.cumulativeAmount, i.amount]);

describe('payment schedule: 25 / 50 / 75 / 100 % (PF-5953, VMQ 527)', () => {
  it('a first-year student pays the first quarter by 15 September', () => {
    expect(rows(schedule({ firstYear: true }))).toEqual([
      ['2025-09-15', 25, 3_000_000, 3_000_000],
      ['2026-01-01', 50, 6_000_000, 3_000_000],
      ['2026-04-01', 75, 9_000_000, 3_000_000],
      ['2026-07-01', 100, 12_000_000, 3_000_000],
    ]);
  });

  it('a later-year student by 1 October', () => {
    expect(schedule({}).instalments[0]?.dueDate).toBe('2025-10-01');
  });

  it('an odd total rounds half up and the last date asks for exactly the total', () => {
    expect(rows(schedule({ total: 10_845_001 }))).toEqual([
      ['2025-10-01', 25, 2_711_250, 2_711_250],
      ['2026-01-01', 50, 5_422_501, 2_711_251],
      ['2026-04-01', 75, 8_133_751, 2_711_250],
      ['2026-07-01', 100, 10_845_001, 2_711_250],
    ]);
  });

  it('a super-contract pays half up front', () => {
    expect(rows(schedule({ superContract: true, firstYear: true, total: 31_200_000 }))).toEqual([
      ['2025-09-15', 50, 15_600_000, 15_600_000],
      ['2026-04-01', 75, 23_400_000, 7_800_000],
      ['2026-07-01', 100, 31_200_000, 7_800_000],
    ]);
  });

  it('a contract clamped to 0 owes nothing on any date', () => {
    expect(schedule({ total: 0 }).instalments.every((i) => i.cumulativeAmount === 0)).toBe(true);
  });

  it.each<[string, Partial<ScheduleInput>, string]>([
    ['negative total', { total: -1 }, 'total'],
    ['total with tiyin', { total: 1_000_000.5 }, 'total'],
    ['no academic year', { academicYearStart: Number.NaN }, 'academicYearStart'],
  ])('%s is a problem', (_name, input, path) => {
    const result = buildPaymentSchedule({
      total: 12_000_000,
      academicYearStart: 2025,
      firstYear: false,
      superContract: false,
      ...input,
    });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([path]);
  });
});

describe('payment status on a day (feeds the document holds)', () => {
  const laterYear = schedule({});
  it.each<[string, number, string, number, boolean, string | null, string | null, number | null]>([
    // name, paid, today, debt, behind, overdueSince, next due date, next toPay
    ['before the first date, nothing paid', 0, '2025-09-20', 0, false, null, '2025-10-01', 3_000_000],
    ['on the due date itself: still on time', 0, '2025-10-01', 0, false, null, '2025-10-01', 3_000_000],
    ['the day after, nothing paid', 0, '2025-10-02', 3_000_000, true, '2025-10-01', '2025-10-01', 3_000_000],
    [
      'a partial payment leaves a debt',
      2_000_000,
      '2025-10-02',
      1_000_000,
      true,
      '2025-10-01',
      '2025-10-01',
      1_000_000,
    ],
    [
      'the quarter paid late, on 10 October: caught up',
      3_000_000,
      '2025-10-10',
      0,
      false,
      null,
      '2026-01-01',
      3_000_000,
    ],
    ['5 of 6 million by February', 5_000_000, '2026-02-01', 1_000_000, true, '2026-01-01', '2026-01-01', 1_000_000],
    [
      'far behind: the oldest missed date counts',
      2_000_000,
      '2026-04-02',
      7_000_000,
      true,
      '2025-10-01',
      '2025-10-01',
      1_000_000,
    ],
    [
      'paid ahead of the dates: the next open date is July',
      9_000_000,
      '2025-11-01',
      0,
      false,
      null,
      '2026-07-01',
      3_000_000,
    ],
    ['paid in full', 12_000_000, '2026-08-01', 0, false, null, null, null],
  ])('%s', (_name, paid, today, debt, behind, overdueSince, nextDate, nextToPay) => {
    const status = paymentStatus(laterYear, paid, today);
    expect(status.debt).toBe(debt);
    expect(status.behind).toBe(behind);
    expect(status.overdueSince).toBe(overdueSince);
    expect(status.next?.dueDate ?? null).toBe(nextDate);
    expect(status.next?.toPay ?? null).toBe(nextToPay);
    expect(status.remaining).toBe(12_000_000 - paid);
  });

  it('a payment after the due date clears the debt from that day on', () => {
    expect(paymentStatus(laterYear, 0, '2025-10-09')).toMatchObject({ behind: true, debt: 3_000_000 });
    expect(paymentStatus(laterYear, 3_000_000, '2025-10-10')).toMatchObject({ behind: false, debt: 0 });
  });

  it('first-year and later-year students fall behind on different days', () => {
    const firstYear = schedule({ firstYear: true });
    expect(paymentStatus(firstYear, 0, '2025-09-16').behind).toBe(true);
    expect(paymentStatus(laterYear, 0, '2025-09-16').behind).toBe(false);
  });

  it('marks the next instalment overdue when its date has passed', () => {
    expect(paymentStatus(laterYear, 0, '2025-10-02').next?.overdue).toBe(true);
    expect(paymentStatus(laterYear, 0, '2025-09-02').next?.overdue).toBe(false);
  });

  it('reads a timestamp by its date, counts an overpayment and ignores a negative sum', () => {
    expect(paymentStatus(laterYear, 0, '2025-10-01T23:30:00+05:00').behind).toBe(false);
    expect(paymentStatus(laterYear, 12_500_000, '2026-08-01')).toMatchObject({ remaining: 0, overpaid: 500_000 });
    expect(paymentStatus(laterYear, -100_000, '2025-10-02')).toMatchObject({ paid: 0, debt: 3_000_000 });
  });
});

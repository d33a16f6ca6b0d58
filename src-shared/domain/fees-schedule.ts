import type { FieldIssue } from '../errors';
import { requireWholeSom, type FeeOutcome } from './fees';

/**
 * The payment schedule of a yearly contract, DOMAIN §2.6 (PF-5953 of 02.03.2020, VMQ 527 of 18.08.2021): the
 * contract may be paid in four equal parts, cumulatively at least 25 % by 15 September (first-year students,
 * who sign in August–September) or 1 October (everyone else), 50 % by 1 January, 75 % by 1 April and 100 % by
 * 1 July. A super-contract must pay 50 % up front; we read "up front" as by the first due date and keep the
 * later dates [I, confirm with the finance office], so its schedule is 50 / 75 / 100 %.
 *
 * A date is "by": paying on the due date itself is on time; the student is behind from the next day.
 * Amounts are cumulative and whole soʻm (half up); the last one is exactly the total, so rounding never
 * leaves a soʻm unpaid or asks for one too many.
 */

export interface ScheduleInput {
  /** The contract amount in whole soʻm. */
  total: number;
  /** The calendar year the academic year starts in: 2025 for 2025–2026. */
  academicYearStart: number;
  firstYear: boolean;
  superContract: boolean;
}

export interface Instalment {
  /** ISO date `YYYY-MM-DD`. */
  dueDate: string;
  /** Cumulative share of the total due by `dueDate`. */
  percent: number;
  /** Cumulative amount due by `dueDate`. */
  cumulativeAmount: number;
  /** What this instalment adds to the previous one. */
  amount: number;
}

export interface PaymentSchedule {
  total: number;
  instalments: Instalment[];
}

export function scheduleProblems(input: ScheduleInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  requireWholeSom(issues, 'total', input.total, { allowZero: true });
  if (!Number.isInteger(input.academicYearStart) || input.academicYearStart < 2000 || input.academicYearStart > 2100)
    issues.push({ path: 'academicYearStart', key: 'validation.invalidValue' });
  return issues;
}

export function buildPaymentSchedule(input: ScheduleInput): FeeOutcome<PaymentSchedule> {
  const problems = scheduleProblems(input);
  if (problems.length > 0) return { ok: false, problems };

  const y = input.academicYearStart;
  const firstDate = input.firstYear ? `${y}-09-15` : `${y}-10-01`;
  const plan: [string, number][] = input.superContract
    ? [
        [firstDate, 50],
        [`${y + 1}-04-01`, 75],
        [`${y + 1}-07-01`, 100],
      ]
    : [
        [firstDate, 25],
        [`${y + 1}-01-01`, 50],
        [`${y + 1}-04-01`, 75],
        [`${y + 1}-07-01`, 100],
      ];

  let previous = 0;
  const instalments = plan.map(([dueDate, percent]) => {
    // Integer arithmetic: total × percent stays exact far beyond any contract, and + 50 is half up.
    const cumulativeAmount = percent === 100 ? input.total : Math.floor((input.total * percent + 50) / 100);
    const amount = cumulativeAmount - previous;
    previous = cumulativeAmount;
    return { dueDate, percent, cumulativeAmount, amount };
  });
  return { ok: true, total: input.total, instalments };
}

export interface PaymentStatus {
  paid: number;
  /** What the passed due dates require in total. */
  requiredByToday: number;
  /** What is overdue today: `requiredByToday − paid`, never below 0. Feeds the document holds. */
  debt: number;
  behind: boolean;
  /** The due date of the earliest passed instalment that is not covered. */
  overdueSince: string | null;
  /** The earliest instalment not fully covered (overdue or upcoming), with what is left to pay for it. */
  next: { dueDate: string; cumulativeAmount: number; toPay: number; overdue: boolean } | null;
  /** Left to pay on the whole contract. */
  remaining: number;
  overpaid: number;
}

/**
 * Where a student stands on `today` (ISO date or timestamp; only the date counts, in the office's calendar)
 * after paying `paidSoFar` soʻm in total. Refunds may make the sum negative; it counts as nothing paid.
 */
export function paymentStatus(schedule: PaymentSchedule, paidSoFar: number, today: string): PaymentStatus {
  const day = today.slice(0, 10);
  const paid = Math.max(0, paidSoFar);
  const passed = schedule.instalments.filter((i) => i.dueDate < day);
  const requiredByToday = passed.at(-1)?.cumulativeAmount ?? 0;
  const debt = Math.max(0, requiredByToday - paid);
  const firstUncovered = schedule.instalments.find((i) => i.cumulativeAmount > paid);
  return {
    paid,
    requiredByToday,
    debt,
    behind: debt > 0,
    overdueSince: debt > 0 ? (passed.find((i) => i.cumulativeAmount > paid)?.dueDate ?? null) : null,
    next: firstUncovered
      ? {
          dueDate: firstUncovered.dueDate,
          cumulativeAmount: firstUncovered.cumulativeAmount,
          toPay: firstUncovered.cumulativeAmount - paid,
          overdue: firstUncovered.dueDate < day,
        }
      : null,
    remaining: Math.max(0, schedule.total - paid),
    overpaid: Math.max(0, paid - schedule.total),
  };
}

import type { FieldIssue } from '../errors';
import { formatPlain, formatSom, requireWholeSom, roundSom, type FeeOutcome } from './fees';

/**
 * The re-study (qayta oʻqish) fee, DOMAIN §2.5: a debtor pays for the credits they did not earn,
 * `Σ credits_i × credit price`, where the credit price is the base contract amount ÷ 60 (the credits of a
 * year, NIZOM-824) unless a rector's order fixes it.
 *
 * The credit price is rounded to whole soʻm first (half up), as an order or a price list states "1 kredit
 * narxi"; each subject's line is rounded the same way and the total is the sum of the lines, so the printed
 * invoice adds up line by line (a total one soʻm off its lines would be questioned at the bank).
 *
 * `formula` reads "(6 + 4 + 5) × 200 000 = 3 000 000"; the message key of the line is `fees.restudy.formula`
 * {credits, creditPrice, amount}, and `creditPriceSource` tells the UI to say "÷ 60" or "by order".
 */

export const CREDITS_PER_YEAR = 60;

export interface RestudyTariff {
  /** The base contract (bazaviy toʻlov-kontrakt) of the student's specialty, form and year. */
  baseContractAmount?: number;
  /** A credit price fixed by a rector's order; wins over the derived one. */
  fixedCreditPrice?: number;
}

export interface DebtSubject {
  name: string;
  /** Credits of the subject; HEMIS allows halves (e.g. 4,5). */
  credits: number;
}

export interface RestudyFee {
  amount: number;
  creditPrice: number;
  creditPriceSource: 'fixed' | 'baseContract';
  perSubject: { name: string; credits: number; amount: number }[];
  formula: string;
}

export function restudyProblems(tariff: RestudyTariff, subjects: readonly DebtSubject[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (tariff.fixedCreditPrice !== undefined)
    requireWholeSom(issues, 'tariff.fixedCreditPrice', tariff.fixedCreditPrice);
  else requireWholeSom(issues, 'tariff.baseContractAmount', tariff.baseContractAmount);
  if (subjects.length === 0) issues.push({ path: 'subjects', key: 'fees.problem.noDebtSubjects' });
  subjects.forEach((s, i) => {
    if (!s.name.trim()) issues.push({ path: `subjects.${i}.name`, key: 'validation.required' });
    if (!(Number.isFinite(s.credits) && s.credits > 0 && s.credits <= CREDITS_PER_YEAR))
      issues.push({ path: `subjects.${i}.credits`, key: 'fees.problem.credits', params: { max: CREDITS_PER_YEAR } });
  });
  return issues;
}

export function calculateRestudyFee(tariff: RestudyTariff, subjects: readonly DebtSubject[]): FeeOutcome<RestudyFee> {
  const problems = restudyProblems(tariff, subjects);
  if (problems.length > 0) return { ok: false, problems };

  const fixed = tariff.fixedCreditPrice !== undefined;
  const creditPrice = fixed
    ? (tariff.fixedCreditPrice ?? 0)
    : roundSom((tariff.baseContractAmount ?? 0) / CREDITS_PER_YEAR);
  const perSubject = subjects.map((s) => ({
    name: s.name.trim(),
    credits: s.credits,
    amount: roundSom(s.credits * creditPrice),
  }));
  const amount = perSubject.reduce((sum, s) => sum + s.amount, 0);
  const credits = perSubject.map((s) => formatPlain(s.credits));
  const creditsText = credits.length > 1 ? `(${credits.join(' + ')})` : (credits[0] ?? '0');
  return {
    ok: true,
    amount,
    creditPrice,
    creditPriceSource: fixed ? 'fixed' : 'baseContract',
    perSubject,
    formula: `${creditsText} × ${formatSom(creditPrice)} = ${formatSom(amount)}`,
  };
}

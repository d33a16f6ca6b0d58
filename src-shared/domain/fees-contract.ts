import type { FieldIssue } from '../errors';
import {
  formatFactor,
  formatPercent,
  formatPlain,
  formatSom,
  requirePositive,
  requireWholeSom,
  roundSom,
  roundTiyin,
  type FeeOutcome,
} from './fees';

/**
 * The yearly tuition contract (toʻlov-shartnoma) amount, DOMAIN §2.6, as HEMIS computes it
 * (`FinanceController`, `CONFIG_COMMON_CONTRACT_CALCULATION`):
 *
 * - mode `coefficient` (HEMIS 11, legacy): stipend contract `coef × BHM × typeCoef`; without stipend
 *   `(coef × BHM − 12 × stipend) × typeCoef`;
 * - mode `sum` (HEMIS 12, current): without stipend `price × typeCoef`; stipend contract `+ 12 × stipend`;
 *   foreigners `foreignPrice × typeCoef`;
 * - increased types (16 ">56", 17 ">1") are further multiplied by the specialty's increased coefficient;
 * - then: − discount %, × months / 12, and a final-year stipend contract − 2 × stipend (the last two
 *   months of stipend are not paid to graduates).
 *
 * Part-time forms never carry a stipend part: their students get no stipend, so there is nothing to pay
 * back (coefficient mode) or to collect in advance (sum mode).
 *
 * Where HEMIS disagrees with itself we pick one rule and keep it: HEMIS applies the discount to the
 * stipend-free part for the base (11) and recommended (18) types but to the whole amount for the others.
 * We always discount the tuition part only, because the stipend part is money the OTM hands back to the
 * student every month; discounting it would make the OTM pay stipends it never received. For the base
 * type, which carries nearly all discounts, this equals HEMIS to the soʻm.
 *
 * Each step becomes a line of the calculation printed on the contract. Message keys (texts live in i18n)
 * and their params:
 * - `fees.step.base`              {coefficient, bhm}            specialty coefficient × BHM
 * - `fees.step.price`             {price}                       the specialty's contract price
 * - `fees.step.foreignPrice`      {price}                       the price for foreign citizens
 * - `fees.step.stipendDeduction`  {stipend, months: 12}         − 12 monthly stipends (coefficient mode)
 * - `fees.step.partTimeNoStipend` {educationForm}               part-time: no stipend part (value 0)
 * - `fees.step.typeCoef`          {contractType, coefficient}   × the contract type's coefficient
 * - `fees.step.increasedCoef`     {coefficient}                 × the increased-contract coefficient
 * - `fees.step.stipendAddition`   {stipend, months: 12}         + 12 monthly stipends (sum mode)
 * - `fees.step.discount`          {percent, base}               − percent of the tuition part `base`
 * - `fees.step.proRata`           {months, of: 12}              × months / 12
 * - `fees.step.finalYear`         {stipend, months: 2}          − 2 monthly stipends (graduates)
 * - `fees.step.clampedToZero`     {before}                      a negative result becomes 0
 * - `fees.step.rounding`          {before}                      to whole soʻm, half up
 */

export type ContractCalculationMode = 'coefficient' | 'sum';

/** `h_contract_type`: 11 base, 12–15 increased by points, 16 ">56", 17 ">1", 18 recommended, 19 foreign. */
export const CONTRACT_TYPES = ['11', '12', '13', '14', '15', '16', '17', '18', '19'] as const;
export type ContractTypeCode = (typeof CONTRACT_TYPES)[number];

/** The types HEMIS multiplies by the specialty's increased coefficient. */
const INCREASED_TYPES: readonly string[] = ['16', '17'];
const FOREIGN_CONTRACT_TYPE = '19';
const FOREIGN_CITIZEN = '12';

/**
 * `h_education_form` codes HEMIS knows. 12 kechki, 13 sirtqi, 14 maxsus sirtqi and 15 second degree
 * part-time are the part-time forms (HEMIS `EducationForm` constants); 18 is second degree full-time.
 */
const EDUCATION_FORMS: readonly string[] = ['11', '12', '13', '14', '15', '16', '17', '18'];
const PART_TIME_FORMS: readonly string[] = ['12', '13', '14', '15'];

/** `h_contract_summa_type`: 11 with stipend (stipendiyali), 12 without (stipendiyasiz). */
export type ContractSummaType = '11' | '12';
const WITH_STIPEND: ContractSummaType = '11';

/** The tariff of one specialty, form and year, as the finance office approves it. Amounts in whole soʻm. */
export interface ContractTariff {
  /** Printed on the contract and kept in its snapshot, so a later tariff change never rewrites it. */
  version: string;
  mode: ContractCalculationMode;
  /** Bazaviy hisoblash miqdori; used in coefficient mode only. */
  bhm?: number;
  /** The base monthly stipend (bazaviy stipendiya). */
  monthlyStipend: number;
  /** Coefficient mode: the specialty coefficient applied to BHM. */
  specialtyCoefficient?: number;
  /** Sum mode: the yearly price of the specialty. */
  price?: number;
  /** The yearly price for foreign citizens (both modes). */
  foreignPrice?: number;
  /** Multiplier per contract type; 11 is usually 1,0. */
  contractTypeCoefficients: Partial<Record<ContractTypeCode, number>>;
  /** The specialty's coefficient for the increased types 16 and 17. */
  increasedCoefficient?: number;
}

/** What the calculation needs to know about the student and the contract being drawn up. */
export interface ContractStudentFacts {
  /** `h_education_form`. */
  educationForm: string;
  contractType: ContractTypeCode;
  summaType: ContractSummaType;
  /** `h_citizenship_type`: 11 citizen, 12 foreign citizen, 13 stateless (pays as a resident). */
  citizenship: '11' | '12' | '13';
  finalYear: boolean;
  discountPercent: number;
  /** Months the contract covers, 12 for a full year; fewer for a student reinstated mid-year. */
  months: number;
}

export type ContractStepKey =
  | 'fees.step.base'
  | 'fees.step.price'
  | 'fees.step.foreignPrice'
  | 'fees.step.stipendDeduction'
  | 'fees.step.partTimeNoStipend'
  | 'fees.step.typeCoef'
  | 'fees.step.increasedCoef'
  | 'fees.step.stipendAddition'
  | 'fees.step.discount'
  | 'fees.step.proRata'
  | 'fees.step.finalYear'
  | 'fees.step.clampedToZero'
  | 'fees.step.rounding';

export interface FeeStep {
  key: ContractStepKey;
  params: Record<string, number | string>;
  /** The signed change this step made, in soʻm (an intermediate may carry tiyin). */
  value: number;
  amountAfter: number;
  /** The step in neutral notation, e.g. "4 050 000 × 1,5 = 6 075 000". */
  formula: string;
}

export interface ContractAmount {
  amount: number;
  steps: FeeStep[];
  /** All step formulas, joined by "; ", for a one-line rendering. */
  formula: string;
  tariffVersion: string;
}

export function isPartTimeForm(educationForm: string): boolean {
  return PART_TIME_FORMS.includes(educationForm);
}

export function isForeignContract(student: Pick<ContractStudentFacts, 'contractType' | 'citizenship'>): boolean {
  return student.contractType === FOREIGN_CONTRACT_TYPE || student.citizenship === FOREIGN_CITIZEN;
}

/** Problems of a tariff and student pair, by path (`tariff.bhm`, `student.months` …). */
export function contractProblems(tariff: ContractTariff, student: ContractStudentFacts): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const foreign = isForeignContract(student);
  if (!(CONTRACT_TYPES as readonly string[]).includes(student.contractType))
    issues.push({ path: 'student.contractType', key: 'validation.invalidValue' });
  if (!EDUCATION_FORMS.includes(student.educationForm))
    issues.push({ path: 'student.educationForm', key: 'validation.invalidValue' });
  if (student.summaType !== '11' && student.summaType !== '12')
    issues.push({ path: 'student.summaType', key: 'validation.invalidValue' });
  // HEMIS computes no stipend contract for foreigners: they receive no state stipend.
  if (foreign && student.summaType === WITH_STIPEND)
    issues.push({ path: 'student.summaType', key: 'fees.problem.foreignerStipend' });
  if (!Number.isInteger(student.months) || student.months < 1 || student.months > 12)
    issues.push({ path: 'student.months', key: 'fees.problem.months', params: { min: 1, max: 12 } });
  if (!(student.discountPercent >= 0 && student.discountPercent <= 100))
    issues.push({ path: 'student.discountPercent', key: 'fees.problem.percent', params: { min: 0, max: 100 } });

  if (!tariff.version.trim()) issues.push({ path: 'tariff.version', key: 'validation.required' });
  requireWholeSom(issues, 'tariff.monthlyStipend', tariff.monthlyStipend, { allowZero: true });
  if (foreign) requireWholeSom(issues, 'tariff.foreignPrice', tariff.foreignPrice);
  else if (tariff.mode === 'coefficient') {
    requireWholeSom(issues, 'tariff.bhm', tariff.bhm);
    requirePositive(issues, 'tariff.specialtyCoefficient', tariff.specialtyCoefficient);
  } else requireWholeSom(issues, 'tariff.price', tariff.price);
  requirePositive(
    issues,
    `tariff.contractTypeCoefficients.${student.contractType}`,
    tariff.contractTypeCoefficients[student.contractType],
  );
  if (INCREASED_TYPES.includes(student.contractType))
    requirePositive(issues, 'tariff.increasedCoefficient', tariff.increasedCoefficient);
  return issues;
}

/** Builds the steps one after another; `amount` stays exact until the final rounding. */
class StepLog {
  readonly steps: FeeStep[] = [];
  amount = 0;

  push(key: ContractStepKey, params: FeeStep['params'], amountAfter: number, formula: string): void {
    const value = roundTiyin(amountAfter - this.amount);
    this.amount = amountAfter;
    this.steps.push({ key, params, value, amountAfter: roundTiyin(amountAfter), formula });
  }

  multiply(key: ContractStepKey, params: FeeStep['params'], factor: number): void {
    const after = this.amount * factor;
    this.push(key, params, after, `${formatSom(this.amount)} × ${formatFactor(factor)} = ${formatSom(after)}`);
  }
}

/** The contract amount with the steps that led to it, or the problems that stop it. */
export function calculateContract(tariff: ContractTariff, student: ContractStudentFacts): FeeOutcome<ContractAmount> {
  const problems = contractProblems(tariff, student);
  if (problems.length > 0) return { ok: false, problems };

  const log = new StepLog();
  const stipend = tariff.monthlyStipend;
  const yearOfStipends = 12 * stipend;
  const foreign = isForeignContract(student);
  const partTime = isPartTimeForm(student.educationForm);
  const wantsStipend = student.summaType === WITH_STIPEND && !partTime;
  // The part of the running amount that is stipend money; it passes through the coefficients in
  // coefficient mode (HEMIS multiplies the whole bracket) and is never discounted (see the header).
  let stipendShare = 0;

  if (foreign) {
    const price = tariff.foreignPrice ?? 0;
    log.push('fees.step.foreignPrice', { price }, price, formatSom(price));
  } else if (tariff.mode === 'coefficient') {
    const coefficient = tariff.specialtyCoefficient ?? 0;
    const bhm = tariff.bhm ?? 0;
    const gross = coefficient * bhm;
    log.push(
      'fees.step.base',
      { coefficient, bhm },
      gross,
      `${formatPlain(coefficient)} × ${formatSom(bhm)} = ${formatSom(gross)}`,
    );
    if (wantsStipend) stipendShare = yearOfStipends;
    else if (!partTime) {
      const after = gross - yearOfStipends;
      log.push(
        'fees.step.stipendDeduction',
        { stipend, months: 12 },
        after,
        `${formatSom(gross)} − 12 × ${formatSom(stipend)} = ${formatSom(after)}`,
      );
    }
  } else {
    const price = tariff.price ?? 0;
    log.push('fees.step.price', { price }, price, formatSom(price));
  }
  if (partTime) log.push('fees.step.partTimeNoStipend', { educationForm: student.educationForm }, log.amount, '');

  const typeCoefficient = tariff.contractTypeCoefficients[student.contractType] ?? 1;
  log.multiply(
    'fees.step.typeCoef',
    { contractType: student.contractType, coefficient: typeCoefficient },
    typeCoefficient,
  );
  stipendShare *= typeCoefficient;
  if (INCREASED_TYPES.includes(student.contractType)) {
    const increased = tariff.increasedCoefficient ?? 1;
    log.multiply('fees.step.increasedCoef', { coefficient: increased }, increased);
    stipendShare *= increased;
  }

  if (wantsStipend && tariff.mode === 'sum' && !foreign) {
    const before = log.amount;
    const after = before + yearOfStipends;
    log.push(
      'fees.step.stipendAddition',
      { stipend, months: 12 },
      after,
      `${formatSom(before)} + 12 × ${formatSom(stipend)} = ${formatSom(after)}`,
    );
    stipendShare = yearOfStipends;
  }

  if (student.discountPercent > 0) {
    const before = log.amount;
    const base = Math.max(0, before - stipendShare);
    const after = before - (base * student.discountPercent) / 100;
    const percent = formatPercent(student.discountPercent);
    const operand = base === before ? percent : `${percent} × ${formatSom(base)}`;
    log.push(
      'fees.step.discount',
      { percent: student.discountPercent, base: roundTiyin(base) },
      after,
      `${formatSom(before)} − ${operand} = ${formatSom(after)}`,
    );
  }

  if (student.months !== 12) {
    const before = log.amount;
    const after = (before * student.months) / 12;
    log.push(
      'fees.step.proRata',
      { months: student.months, of: 12 },
      after,
      `${formatSom(before)} × ${student.months} / 12 = ${formatSom(after)}`,
    );
  }

  if (student.finalYear && stipendShare > 0) {
    const before = log.amount;
    const after = before - 2 * stipend;
    log.push(
      'fees.step.finalYear',
      { stipend, months: 2 },
      after,
      `${formatSom(before)} − 2 × ${formatSom(stipend)} = ${formatSom(after)}`,
    );
  }

  if (log.amount < 0) {
    const before = log.amount;
    log.push('fees.step.clampedToZero', { before: roundTiyin(before) }, 0, `${formatSom(before)} → 0`);
  }
  const rounded = roundSom(log.amount);
  if (rounded !== log.amount) {
    const before = log.amount;
    log.push(
      'fees.step.rounding',
      { before: roundTiyin(before) },
      rounded,
      `${formatSom(before)} → ${formatSom(rounded)}`,
    );
  }

  return {
    ok: true,
    amount: rounded,
    steps: log.steps,
    formula: log.steps
      .map((s) => s.formula)
      .filter(Boolean)
      .join('; '),
    tariffVersion: tariff.version,
  };
}

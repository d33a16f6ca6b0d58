import type { FieldIssue } from '../errors';
import { CONTRACT_TYPES, type ContractCalculationMode, type ContractTypeCode } from './fees-contract';

/**
 * A tariff table as the office edits it (DOMAIN §2.5–2.6): one academic year, one calculation mode, the BHM
 * and monthly stipend, the contract-type coefficients, the discounts it grants, and a row per specialty ×
 * education form. A draft may be incomplete; publishing freezes it, so publishing demands everything the
 * calculators of its mode will read (a published tariff that cannot compute a contract is worse than none).
 *
 * Problems name the row by specialty code and form in their params (`{specialty, form, field}`), because the
 * office reads "60410100, sirtqi: price missing", not "rows.17.price". Message keys: `fees.problem.row*`,
 * `fees.problem.wholeSom`, `fees.problem.percent`, `fees.problem.duplicateRow`, `fees.problem.duplicateDiscount`,
 * `fees.problem.noRows`, `validation.required`, `validation.tooSmall`.
 */

/** `2026-2027`: the academic year a tariff, a contract and a calculation belong to. */
export const EDUCATION_YEAR_PATTERN = /^(\d{4})-(\d{4})$/;

export function isEducationYear(value: string): boolean {
  const m = EDUCATION_YEAR_PATTERN.exec(value);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** The academic year starts in September: 2026-11-28 → `2026-2027`, 2027-03-01 → `2026-2027`. */
export function educationYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** `2026-2027` → 2026, the calendar year it starts in (HEMIS `educationYear.code`). */
export function educationYearStart(educationYear: string): number {
  return Number(educationYear.slice(0, 4));
}

export function shiftEducationYear(educationYear: string, by: number): string {
  const start = educationYearStart(educationYear) + by;
  return `${start}-${start + 1}`;
}

export interface TariffDiscount {
  /** The office's short code, e.g. `ORPHAN`; unique within a table. */
  code: string;
  names: { uzLatn: string; uzCyrl: string; ru: string; en: string };
  percent: number;
}

export interface TariffRowDraft {
  specialtyCode: string;
  educationForm: string;
  price: number | null;
  foreignPrice: number | null;
  specialtyCoefficient: number | null;
  increasedCoefficient: number | null;
  creditPrice: number | null;
}

export interface TariffDraft {
  mode: ContractCalculationMode;
  bhm: number | null;
  monthlyStipend: number | null;
  contractTypeCoefficients: Partial<Record<ContractTypeCode, number>>;
  discounts: TariffDiscount[];
  rows: TariffRowDraft[];
}

/** A row the office left wholly blank is not part of the tariff (the editor offers every specialty × form). */
export function isBlankRow(row: TariffRowDraft): boolean {
  return (
    row.price === null &&
    row.foreignPrice === null &&
    row.specialtyCoefficient === null &&
    row.increasedCoefficient === null &&
    row.creditPrice === null
  );
}

type RowMoneyField = 'price' | 'foreignPrice' | 'creditPrice';
type RowFactorField = 'specialtyCoefficient' | 'increasedCoefficient';

/**
 * What is wrong with a tariff. `forPublish: false` checks only the values typed (a draft may be saved half
 * filled); `forPublish: true` also demands the fields its mode needs.
 */
export function tariffProblems(draft: TariffDraft, { forPublish }: { forPublish: boolean }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const money = (path: string, value: number | null, required: boolean, allowZero = false) => {
    if (value === null || !Number.isFinite(value)) {
      if (required) issues.push({ path, key: 'validation.required' });
    } else if (!Number.isInteger(value)) issues.push({ path, key: 'fees.problem.wholeSom' });
    else if (allowZero ? value < 0 : value <= 0)
      issues.push({ path, key: 'validation.tooSmall', params: { min: allowZero ? 0 : 1 } });
  };
  money('bhm', draft.bhm, forPublish && draft.mode === 'coefficient');
  money('monthlyStipend', draft.monthlyStipend, forPublish, true);

  for (const type of CONTRACT_TYPES) {
    const value = draft.contractTypeCoefficients[type];
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      issues.push({ path: `contractTypeCoefficients.${type}`, key: 'validation.tooSmall', params: { min: 0 } });
  }
  if (forPublish && draft.contractTypeCoefficients['11'] === undefined)
    issues.push({ path: 'contractTypeCoefficients.11', key: 'validation.required' });

  const discountCodes = new Set<string>();
  draft.discounts.forEach((d, i) => {
    if (!d.code.trim()) issues.push({ path: `discounts.${i}.code`, key: 'validation.required' });
    else if (discountCodes.has(d.code.trim()))
      issues.push({ path: `discounts.${i}.code`, key: 'fees.problem.duplicateDiscount', params: { code: d.code } });
    discountCodes.add(d.code.trim());
    if (!d.names.uzLatn.trim()) issues.push({ path: `discounts.${i}.names.uzLatn`, key: 'validation.required' });
    if (!(d.percent > 0 && d.percent <= 100))
      issues.push({ path: `discounts.${i}.percent`, key: 'fees.problem.percent', params: { min: 0, max: 100 } });
  });

  const rows = draft.rows.filter((r) => !isBlankRow(r));
  if (forPublish && rows.length === 0) issues.push({ path: 'rows', key: 'fees.problem.noRows' });
  const keys = new Set<string>();
  draft.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const named = { specialty: row.specialtyCode, form: row.educationForm };
    const key = `${row.specialtyCode}|${row.educationForm}`;
    if (keys.has(key)) issues.push({ path: `rows.${i}`, key: 'fees.problem.duplicateRow', params: named });
    keys.add(key);
    const rowMoney = (field: RowMoneyField, required: boolean) => {
      const value = row[field];
      const path = `rows.${i}.${field}`;
      const params = { ...named, field };
      if (value === null || !Number.isFinite(value)) {
        if (required) issues.push({ path, key: 'fees.problem.rowRequired', params });
      } else if (!Number.isInteger(value)) issues.push({ path, key: 'fees.problem.rowWholeSom', params });
      else if (value <= 0) issues.push({ path, key: 'fees.problem.rowPositive', params });
    };
    const rowFactor = (field: RowFactorField, required: boolean) => {
      const value = row[field];
      const path = `rows.${i}.${field}`;
      const params = { ...named, field };
      if (value === null || !Number.isFinite(value)) {
        if (required) issues.push({ path, key: 'fees.problem.rowRequired', params });
      } else if (value <= 0) issues.push({ path, key: 'fees.problem.rowPositive', params });
    };
    rowMoney('price', forPublish && draft.mode === 'sum');
    rowMoney('foreignPrice', false);
    rowMoney('creditPrice', false);
    rowFactor('specialtyCoefficient', forPublish && draft.mode === 'coefficient');
    rowFactor('increasedCoefficient', false);
  });
  return issues;
}

import type { ChannelInput } from '../../../src-shared/contract';
import type { TariffDetail } from '../../../src-shared/contract/fees';
import { CONTRACT_TYPES, type ContractTypeCode } from '../../../src-shared/domain/fees-contract';
import { formatSom } from '../../../src-shared/domain/fees';
import { amountText, parseAmount } from './fee-format';

/**
 * The tariff editor's state: every number as the text typed (so "12 500 000" and "1,5" can be typed as
 * people write them), turned into the draft input on save. A text that is not a number stops the save
 * with the cell marked, rather than reaching the server as nothing.
 */

export const ROW_FIELDS = [
  'price',
  'foreignPrice',
  'specialtyCoefficient',
  'increasedCoefficient',
  'creditPrice',
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

export interface RowState {
  specialtyCode: string;
  specialtyName: string;
  educationForm: string;
  values: Record<RowField, string>;
}

export interface DiscountState {
  code: string;
  uzLatn: string;
  uzCyrl: string;
  ru: string;
  en: string;
  percent: string;
}

export interface TariffForm {
  mode: 'coefficient' | 'sum';
  bhm: string;
  monthlyStipend: string;
  note: string;
  coefficients: Record<ContractTypeCode, string>;
  discounts: DiscountState[];
  rows: RowState[];
}

const MONEY_FIELDS: readonly RowField[] = ['price', 'foreignPrice', 'creditPrice'];

/** Sums grouped as documents print them ("12 500 000"); the parser reads the grouping back. */
const moneyText = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatSom(value));

export function formOf(d: TariffDetail): TariffForm {
  return {
    mode: d.mode,
    bhm: moneyText(d.bhm),
    monthlyStipend: moneyText(d.monthlyStipend),
    note: d.note,
    coefficients: Object.fromEntries(
      CONTRACT_TYPES.map((c) => [c, amountText(d.contractTypeCoefficients[c])]),
    ) as Record<ContractTypeCode, string>,
    discounts: d.discounts.map((x) => ({ code: x.code, ...x.names, percent: amountText(x.percent) })),
    rows: d.rows.map((r) => ({
      specialtyCode: r.specialtyCode,
      specialtyName: r.specialtyName,
      educationForm: r.educationForm,
      values: Object.fromEntries(
        ROW_FIELDS.map((f) => [f, MONEY_FIELDS.includes(f) ? moneyText(r[f]) : amountText(r[f])]),
      ) as Record<RowField, string>,
    })),
  };
}

/** Cells whose text is not a number: `bhm`, `rows.3.price`, `discounts.0.percent`, `contractTypeCoefficients.12`. */
export function badCells(form: TariffForm): Set<string> {
  const bad = new Set<string>();
  const check = (path: string, text: string) => {
    if (Number.isNaN(parseAmount(text))) bad.add(path);
  };
  check('bhm', form.bhm);
  check('monthlyStipend', form.monthlyStipend);
  for (const c of CONTRACT_TYPES) check(`contractTypeCoefficients.${c}`, form.coefficients[c]);
  form.discounts.forEach((d, i) => check(`discounts.${i}.percent`, d.percent));
  form.rows.forEach((r, i) => ROW_FIELDS.forEach((f) => check(`rows.${i}.${f}`, r.values[f])));
  return bad;
}

export function draftInput(id: string, form: TariffForm): ChannelInput<'fees.saveDraft'> {
  const coefficients: Partial<Record<ContractTypeCode, number>> = {};
  for (const c of CONTRACT_TYPES) {
    const value = parseAmount(form.coefficients[c]);
    if (value !== null) coefficients[c] = value;
  }
  return {
    id,
    mode: form.mode,
    bhm: parseAmount(form.bhm),
    monthlyStipend: parseAmount(form.monthlyStipend),
    note: form.note,
    contractTypeCoefficients: coefficients,
    discounts: form.discounts.map((d) => ({
      code: d.code,
      names: { uzLatn: d.uzLatn, uzCyrl: d.uzCyrl, ru: d.ru, en: d.en },
      percent: parseAmount(d.percent) ?? 0,
    })),
    rows: form.rows.map((r) => ({
      specialtyCode: r.specialtyCode,
      educationForm: r.educationForm,
      price: parseAmount(r.values.price),
      foreignPrice: parseAmount(r.values.foreignPrice),
      specialtyCoefficient: parseAmount(r.values.specialtyCoefficient),
      increasedCoefficient: parseAmount(r.values.increasedCoefficient),
      creditPrice: parseAmount(r.values.creditPrice),
    })),
  };
}

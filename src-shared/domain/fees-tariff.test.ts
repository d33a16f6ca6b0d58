import { describe, expect, it } from 'vitest';
import {
  educationYearOf,
  isEducationYear,
  shiftEducationYear,
  tariffProblems,
  type TariffDraft,
  type TariffRowDraft,
} from './fees-tariff';

describe('academic years', () => {
  it.each([
    ['2026-11-28', '2026-2027'],
    ['2026-09-01', '2026-2027'],
    ['2026-08-31', '2025-2026'],
    ['2027-03-01', '2026-2027'],
  ])('%s is in %s', (date, year) => {
    expect(educationYearOf(date)).toBe(year);
  });

  it('checks the shape and the step of a year', () => {
    expect(['2026-2027', '2026-2028', '26-27', '2026/2027'].map(isEducationYear)).toEqual([true, false, false, false]);
    expect(shiftEducationYear('2026-2027', -1)).toBe('2025-2026');
  });
});

const ROW: TariffRowDraft = {
  specialtyCode: '60410100',
  educationForm: '13',
  price: null,
  foreignPrice: null,
  specialtyCoefficient: null,
  increasedCoefficient: null,
  creditPrice: null,
};
const SUM: TariffDraft = {
  mode: 'sum',
  bhm: null,
  monthlyStipend: 598_000,
  contractTypeCoefficients: { 11: 1 },
  discounts: [],
  rows: [{ ...ROW, price: 9_000_000 }],
};
const named = (field: string) => ({ specialty: '60410100', form: '13', field });

describe('tariff problems', () => {
  it.each<[string, Partial<TariffDraft>, boolean, { path: string; key: string }[]]>([
    ['a complete sum tariff', {}, true, []],
    [
      'a blank row is not part of the tariff, so none is left',
      { rows: [ROW] },
      true,
      [{ path: 'rows', key: 'fees.problem.noRows' }],
    ],
    ['a draft may lack prices', { rows: [{ ...ROW, foreignPrice: 20_000_000 }] }, false, []],
    [
      'publishing a sum tariff needs the price of every row',
      { rows: [{ ...ROW, foreignPrice: 20_000_000 }] },
      true,
      [{ path: 'rows.0.price', key: 'fees.problem.rowRequired' }],
    ],
    [
      'coefficient mode needs BHM and the specialty coefficient, not the price',
      { mode: 'coefficient', rows: [{ ...ROW, foreignPrice: 20_000_000 }] },
      true,
      [
        { path: 'bhm', key: 'validation.required' },
        { path: 'rows.0.specialtyCoefficient', key: 'fees.problem.rowRequired' },
      ],
    ],
    [
      'whole soʻm, positive, no duplicate rows',
      {
        rows: [
          { ...ROW, price: 9_000_000.5 },
          { ...ROW, price: 9_000_000, creditPrice: 0 },
        ],
      },
      false,
      [
        { path: 'rows.0.price', key: 'fees.problem.rowWholeSom' },
        { path: 'rows.1', key: 'fees.problem.duplicateRow' },
        { path: 'rows.1.creditPrice', key: 'fees.problem.rowPositive' },
      ],
    ],
    [
      'discounts: a code once, a percent within 0–100, and the base type coefficient to publish',
      {
        contractTypeCoefficients: { 12: 0 },
        discounts: [
          { code: 'A', names: { uzLatn: 'Yetim', uzCyrl: '', ru: '', en: '' }, percent: 50 },
          { code: 'A', names: { uzLatn: '', uzCyrl: '', ru: '', en: '' }, percent: 150 },
        ],
      },
      true,
      [
        { path: 'contractTypeCoefficients.12', key: 'validation.tooSmall' },
        { path: 'contractTypeCoefficients.11', key: 'validation.required' },
        { path: 'discounts.1.code', key: 'fees.problem.duplicateDiscount' },
        { path: 'discounts.1.names.uzLatn', key: 'validation.required' },
        { path: 'discounts.1.percent', key: 'fees.problem.percent' },
      ],
    ],
  ])('%s', (_name, patch, forPublish, expected) => {
    const problems = tariffProblems({ ...SUM, ...patch }, { forPublish });
    expect(problems.map(({ path, key }) => ({ path, key }))).toEqual(expected);
  });

  it('names the row by specialty code and form', () => {
    const [problem] = tariffProblems({ ...SUM, rows: [{ ...ROW, price: -1 }] }, { forPublish: false });
    expect(problem?.params).toEqual(named('price'));
  });
});

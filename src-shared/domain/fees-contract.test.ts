import { describe, expect, it } from 'vitest';
import { THIN_SPACE } from './fees';
import {
  calculateContract,
  type ContractAmount,
  type ContractStudentFacts,
  type ContractTariff,
} from './fees-contract';

const thin = (text: string) => text.replace(/_/g, THIN_SPACE);

/**
 * Figures: BHM 375 000 soʻm from 1 Aug 2024 and 412 000 from 1 Aug 2025 (Presidential decrees as reported by
 * the Ministry of Justice and the press); a base monthly stipend of 600 000 and the prices are illustrative.
 */
const COEFFICIENT_2024: ContractTariff = {
  version: 'coef-2024-2025',
  mode: 'coefficient',
  bhm: 375_000,
  monthlyStipend: 600_000,
  specialtyCoefficient: 30,
  foreignPrice: 30_000_000,
  contractTypeCoefficients: { 11: 1, 12: 1.25, 16: 1, 17: 1, 18: 1, 19: 1 },
  increasedCoefficient: 1.5,
};
const COEFFICIENT_2025: ContractTariff = { ...COEFFICIENT_2024, version: 'coef-2025-2026', bhm: 412_000 };
const SUM_2025: ContractTariff = {
  version: 'sum-2025-2026',
  mode: 'sum',
  monthlyStipend: 600_000,
  price: 12_000_000,
  foreignPrice: 36_000_000,
  contractTypeCoefficients: { 11: 1, 16: 1, 17: 1, 19: 1 },
  increasedCoefficient: 2,
};

const FULL_TIME_NO_STIPEND: ContractStudentFacts = {
  educationForm: '11',
  contractType: '11',
  summaType: '12',
  citizenship: '11',
  finalYear: false,
  discountPercent: 0,
  months: 12,
};
const WITH_STIPEND: Partial<ContractStudentFacts> = { summaType: '11' };
const FOREIGNER: Partial<ContractStudentFacts> = { citizenship: '12', contractType: '19' };

type Case = [string, ContractTariff, Partial<ContractStudentFacts>, number, string];

function calculate(tariff: ContractTariff, facts: Partial<ContractStudentFacts>): ContractAmount {
  const result = calculateContract(tariff, { ...FULL_TIME_NO_STIPEND, ...facts });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

const COEFFICIENT_CASES: Case[] = [
  [
    'full-time, stipend contract',
    COEFFICIENT_2024,
    WITH_STIPEND,
    11_250_000,
    '30 × 375_000 = 11_250_000; 11_250_000 × 1,0 = 11_250_000',
  ],
  [
    'full-time, without stipend: 12 stipends deducted',
    COEFFICIENT_2024,
    {},
    4_050_000,
    '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,0 = 4_050_000',
  ],
  [
    'BHM 412 000 (2025–2026), without stipend',
    COEFFICIENT_2025,
    {},
    5_160_000,
    '30 × 412_000 = 12_360_000; 12_360_000 − 12 × 600_000 = 5_160_000; 5_160_000 × 1,0 = 5_160_000',
  ],
  [
    'sirtqi (13): no stipend deduction',
    { ...COEFFICIENT_2024, specialtyCoefficient: 18 },
    { educationForm: '13' },
    6_750_000,
    '18 × 375_000 = 6_750_000; 6_750_000 × 1,0 = 6_750_000',
  ],
  [
    'second degree part-time (15) asking for a stipend contract: none, and the discount takes the whole',
    COEFFICIENT_2024,
    { educationForm: '15', summaType: '11', discountPercent: 10 },
    10_125_000,
    thin('30 × 375_000 = 11_250_000; 11_250_000 × 1,0 = 11_250_000; 11_250_000 − 10_% = 10_125_000'),
  ],
  [
    'second degree full-time (18) is deducted like any full-time form',
    COEFFICIENT_2024,
    { educationForm: '18' },
    4_050_000,
    '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,0 = 4_050_000',
  ],
  [
    'increased by points (12): × type coefficient 1,25',
    COEFFICIENT_2024,
    { contractType: '12' },
    5_062_500,
    '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,25 = 5_062_500',
  ],
  [
    'increased ">56" (16): × increased coefficient',
    COEFFICIENT_2024,
    { contractType: '16' },
    6_075_000,
    '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,0 = 4_050_000; ' +
      '4_050_000 × 1,5 = 6_075_000',
  ],
  [
    'increased ">1" (17), stipend contract',
    COEFFICIENT_2024,
    { contractType: '17', summaType: '11' },
    16_875_000,
    '30 × 375_000 = 11_250_000; 11_250_000 × 1,0 = 11_250_000; 11_250_000 × 1,5 = 16_875_000',
  ],
  [
    '25 % discount and 7 months (reinstated in December)',
    COEFFICIENT_2024,
    { discountPercent: 25, months: 7 },
    1_771_875,
    '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,0 = 4_050_000; ' +
      '4_050_000 − 25_% = 3_037_500; 3_037_500 × 7 / 12 = 1_771_875',
  ],
  [
    'final year, stipend contract: − 2 stipends',
    COEFFICIENT_2024,
    { summaType: '11', finalYear: true },
    10_050_000,
    '30 × 375_000 = 11_250_000; 11_250_000 × 1,0 = 11_250_000; 11_250_000 − 2 × 600_000 = 10_050_000',
  ],
  [
    'final year, stipend contract, 10 % off the tuition part only (as HEMIS does for the base type)',
    COEFFICIENT_2024,
    { summaType: '11', finalYear: true, discountPercent: 10 },
    9_645_000,
    '30 × 375_000 = 11_250_000; 11_250_000 × 1,0 = 11_250_000; 11_250_000 − 10_% × 4_050_000 = 10_845_000; ' +
      '10_845_000 − 2 × 600_000 = 9_645_000',
  ],
  [
    'final year without stipend: nothing to deduct',
    COEFFICIENT_2024,
    { finalYear: true },
    4_050_000,
    '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,0 = 4_050_000',
  ],
  [
    'stipends above the base amount clamp to 0',
    { ...COEFFICIENT_2024, specialtyCoefficient: 10 },
    {},
    0,
    '10 × 375_000 = 3_750_000; 3_750_000 − 12 × 600_000 = −3_450_000; −3_450_000 × 1,0 = −3_450_000; ' +
      '−3_450_000 → 0',
  ],
  [
    'one month of a final year clamps to 0',
    COEFFICIENT_2024,
    { summaType: '11', finalYear: true, months: 1 },
    0,
    '30 × 375_000 = 11_250_000; 11_250_000 × 1,0 = 11_250_000; 11_250_000 × 1 / 12 = 937_500; ' +
      '937_500 − 2 × 600_000 = −262_500; −262_500 → 0',
  ],
  [
    'foreign citizen: the foreign price',
    COEFFICIENT_2024,
    FOREIGNER,
    30_000_000,
    '30_000_000; 30_000_000 × 1,0 = 30_000_000',
  ],
];

const SUM_CASES: Case[] = [
  ['full-time, without stipend', SUM_2025, {}, 12_000_000, '12_000_000; 12_000_000 × 1,0 = 12_000_000'],
  [
    'full-time, stipend contract: + 12 stipends',
    SUM_2025,
    WITH_STIPEND,
    19_200_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 + 12 × 600_000 = 19_200_000',
  ],
  [
    'kechki (12) asking for a stipend contract: no add-on',
    SUM_2025,
    { educationForm: '12', summaType: '11' },
    12_000_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000',
  ],
  [
    'foreigner (type 19) with a 20 % discount',
    SUM_2025,
    { ...FOREIGNER, discountPercent: 20 },
    28_800_000,
    '36_000_000; 36_000_000 × 1,0 = 36_000_000; 36_000_000 − 20_% = 28_800_000',
  ],
  [
    'foreign citizen on a base contract: foreign price, base coefficient',
    SUM_2025,
    { citizenship: '12' },
    36_000_000,
    '36_000_000; 36_000_000 × 1,0 = 36_000_000',
  ],
  [
    'increased ">1" (17), without stipend',
    SUM_2025,
    { contractType: '17' },
    24_000_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 × 2,0 = 24_000_000',
  ],
  [
    'increased ">56" (16), stipend contract: stipends added after the coefficients',
    SUM_2025,
    { contractType: '16', summaType: '11' },
    31_200_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 × 2,0 = 24_000_000; ' +
      '24_000_000 + 12 × 600_000 = 31_200_000',
  ],
  [
    '50 % discount on a stipend contract discounts the tuition only',
    SUM_2025,
    { summaType: '11', discountPercent: 50 },
    13_200_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 + 12 × 600_000 = 19_200_000; ' +
      '19_200_000 − 50_% × 12_000_000 = 13_200_000',
  ],
  [
    '5 months',
    SUM_2025,
    { months: 5 },
    5_000_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 × 5 / 12 = 5_000_000',
  ],
  [
    'final year, stipend contract',
    SUM_2025,
    { summaType: '11', finalYear: true },
    18_000_000,
    '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 + 12 × 600_000 = 19_200_000; ' +
      '19_200_000 − 2 × 600_000 = 18_000_000',
  ],
  [
    'a third of a soʻm rounds down at the end',
    { ...SUM_2025, price: 12_500_000 },
    { months: 5 },
    5_208_333,
    '12_500_000; 12_500_000 × 1,0 = 12_500_000; 12_500_000 × 5 / 12 = 5_208_333,33; 5_208_333,33 → 5_208_333',
  ],
  [
    'half a soʻm rounds up at the end',
    { ...SUM_2025, price: 12_000_006 },
    { months: 7 },
    7_000_004,
    '12_000_006; 12_000_006 × 1,0 = 12_000_006; 12_000_006 × 7 / 12 = 7_000_003,5; 7_000_003,5 → 7_000_004',
  ],
];

describe.each([
  ['coefficient mode (HEMIS 11)', COEFFICIENT_CASES],
  ['sum mode (HEMIS 12)', SUM_CASES],
])('contract amount, %s', (_mode, cases) => {
  it.each(cases)('%s → %s', (_name, tariff, facts, amount, formula) => {
    const result = calculate(tariff, facts);
    expect(result.amount).toBe(amount);
    expect(result.formula).toBe(thin(formula));
    expect(result.tariffVersion).toBe(tariff.version);
  });

  it.each(cases)('%s: the steps chain and end at the amount', (_name, tariff, facts, amount) => {
    const { steps } = calculate(tariff, facts);
    let running = 0;
    for (const step of steps) {
      expect(step.amountAfter).toBeCloseTo(running + step.value, 2);
      running = step.amountAfter;
    }
    expect(steps.at(-1)?.amountAfter).toBe(amount);
    expect(Number.isInteger(amount)).toBe(true);
  });
});

describe('contract steps carry message keys and params', () => {
  it('names every step of a busy coefficient-mode contract', () => {
    const { steps } = calculate(COEFFICIENT_2024, {
      summaType: '11',
      contractType: '16',
      discountPercent: 10,
      months: 5,
      finalYear: true,
    });
    expect(steps.map((s) => s.key)).toEqual([
      'fees.step.base',
      'fees.step.typeCoef',
      'fees.step.increasedCoef',
      'fees.step.discount',
      'fees.step.proRata',
      'fees.step.finalYear',
    ]);
    expect(steps[0]?.params).toEqual({ coefficient: 30, bhm: 375_000 });
    // The discount base is the tuition part: (11 250 000 − 7 200 000) × 1,0 × 1,5.
    expect(steps[3]?.params).toEqual({ percent: 10, base: 6_075_000 });
    expect(steps[3]?.value).toBe(-607_500);
  });

  it('says why a part-time contract has no stipend part', () => {
    const { steps } = calculate(SUM_2025, { educationForm: '14', summaType: '11' });
    expect(steps.map((s) => s.key)).toEqual(['fees.step.price', 'fees.step.partTimeNoStipend', 'fees.step.typeCoef']);
    expect(steps[1]).toMatchObject({ value: 0, params: { educationForm: '14' }, formula: '' });
  });

  it('says so when it clamps and when it rounds', () => {
    const clamped = calculate({ ...COEFFICIENT_2024, specialtyCoefficient: 10 }, {});
    expect(clamped.steps.at(-1)).toMatchObject({ key: 'fees.step.clampedToZero', params: { before: -3_450_000 } });
    const rounded = calculate({ ...SUM_2025, price: 12_500_000 }, { months: 5 });
    expect(rounded.steps.at(-1)).toMatchObject({ key: 'fees.step.rounding', params: { before: 5_208_333.33 } });
  });
});

describe('contract problems instead of exceptions', () => {
  const { bhm: _bhm, ...noBhm } = COEFFICIENT_2024;
  const { price: _price, ...noPrice } = SUM_2025;
  const { increasedCoefficient: _inc, ...noIncreased } = COEFFICIENT_2024;
  it.each<[string, ContractTariff, Partial<ContractStudentFacts>, string, string]>([
    ['BHM missing', noBhm, {}, 'tariff.bhm', 'validation.required'],
    ['BHM zero', { ...COEFFICIENT_2024, bhm: 0 }, {}, 'tariff.bhm', 'validation.tooSmall'],
    ['BHM with tiyin', { ...COEFFICIENT_2024, bhm: 375_000.5 }, {}, 'tariff.bhm', 'fees.problem.wholeSom'],
    [
      'no specialty coefficient',
      { ...COEFFICIENT_2024, specialtyCoefficient: 0 },
      {},
      'tariff.specialtyCoefficient',
      'validation.tooSmall',
    ],
    ['sum mode without a price', noPrice, {}, 'tariff.price', 'validation.required'],
    ['negative stipend', { ...SUM_2025, monthlyStipend: -1 }, {}, 'tariff.monthlyStipend', 'validation.tooSmall'],
    [
      'foreigner without a foreign price',
      { ...SUM_2025, foreignPrice: undefined },
      FOREIGNER,
      'tariff.foreignPrice',
      'validation.required',
    ],
    [
      'type without a coefficient',
      SUM_2025,
      { contractType: '13' },
      'tariff.contractTypeCoefficients.13',
      'validation.required',
    ],
    [
      'increased type without the coefficient',
      noIncreased,
      { contractType: '16' },
      'tariff.increasedCoefficient',
      'validation.required',
    ],
    ['no tariff version', { ...SUM_2025, version: ' ' }, {}, 'tariff.version', 'validation.required'],
    ['0 months', SUM_2025, { months: 0 }, 'student.months', 'fees.problem.months'],
    ['13 months', SUM_2025, { months: 13 }, 'student.months', 'fees.problem.months'],
    ['half a month', SUM_2025, { months: 6.5 }, 'student.months', 'fees.problem.months'],
    ['discount over 100 %', SUM_2025, { discountPercent: 120 }, 'student.discountPercent', 'fees.problem.percent'],
    ['negative discount', SUM_2025, { discountPercent: -5 }, 'student.discountPercent', 'fees.problem.percent'],
    ['unknown education form', SUM_2025, { educationForm: '99' }, 'student.educationForm', 'validation.invalidValue'],
    [
      'foreigner on a stipend contract',
      SUM_2025,
      { ...FOREIGNER, summaType: '11' },
      'student.summaType',
      'fees.problem.foreignerStipend',
    ],
  ])('%s → %s', (_name, tariff, facts, path, key) => {
    const result = calculateContract(tariff, { ...FULL_TIME_NO_STIPEND, ...facts });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ path, key }));
  });

  it('lists every problem at once', () => {
    const result = calculateContract(
      { ...COEFFICIENT_2024, bhm: 0 },
      { ...FULL_TIME_NO_STIPEND, months: 0, discountPercent: 101 },
    );
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      'student.months',
      'student.discountPercent',
      'tariff.bhm',
    ]);
  });
});

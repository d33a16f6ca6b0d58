import { describe, expect, it } from 'vitest';
import { THIN_SPACE } from './fees';
import { calculateContract } from './fees-contract';
import { calculateRestudyFee, type DebtSubject, type RestudyTariff } from './fees-restudy';

const thin = (text: string) => text.replace(/_/g, THIN_SPACE);

const THREE_DEBTS: DebtSubject[] = [
  { name: 'Oliy matematika', credits: 6 },
  { name: 'Fizika', credits: 4 },
  { name: 'Dasturlash asoslari', credits: 5 },
];

describe('re-study fee: Σ credits × credit price (DOMAIN §2.5)', () => {
  it.each<[string, RestudyTariff, DebtSubject[], number, number[], number, string]>([
    [
      'base contract 12 000 000 ÷ 60 = 200 000 a credit',
      { baseContractAmount: 12_000_000 },
      THREE_DEBTS,
      200_000,
      [1_200_000, 800_000, 1_000_000],
      3_000_000,
      '(6 + 4 + 5) × 200_000 = 3_000_000',
    ],
    [
      '12 500 000 ÷ 60 = 208 333,33 → 208 333 a credit, lines add up',
      { baseContractAmount: 12_500_000 },
      THREE_DEBTS,
      208_333,
      [1_249_998, 833_332, 1_041_665],
      3_124_995,
      '(6 + 4 + 5) × 208_333 = 3_124_995',
    ],
    [
      'a rector’s order fixes 250 000 a credit',
      { baseContractAmount: 12_000_000, fixedCreditPrice: 250_000 },
      THREE_DEBTS,
      250_000,
      [1_500_000, 1_000_000, 1_250_000],
      3_750_000,
      '(6 + 4 + 5) × 250_000 = 3_750_000',
    ],
    [
      'half credits round each line half up',
      { baseContractAmount: 12_500_000 },
      [{ name: 'Kurs ishi', credits: 4.5 }],
      208_333,
      [937_499],
      937_499,
      '4,5 × 208_333 = 937_499',
    ],
  ])('%s', (_name, tariff, subjects, creditPrice, lines, amount, formula) => {
    const result = calculateRestudyFee(tariff, subjects);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.creditPrice).toBe(creditPrice);
    expect(result.perSubject.map((s) => s.amount)).toEqual(lines);
    expect(result.perSubject.map((s) => s.name)).toEqual(subjects.map((s) => s.name));
    expect(result.amount).toBe(amount);
    expect(result.formula).toBe(thin(formula));
  });

  it('says where the credit price came from', () => {
    const derived = calculateRestudyFee({ baseContractAmount: 12_000_000 }, THREE_DEBTS);
    const fixed = calculateRestudyFee({ fixedCreditPrice: 250_000 }, THREE_DEBTS);
    expect(derived.ok && derived.creditPriceSource).toBe('baseContract');
    expect(fixed.ok && fixed.creditPriceSource).toBe('fixed');
  });

  it('takes the base contract from the contract calculator', () => {
    const base = calculateContract(
      {
        version: 'coef-2024-2025',
        mode: 'coefficient',
        bhm: 375_000,
        monthlyStipend: 600_000,
        specialtyCoefficient: 30,
        contractTypeCoefficients: { 11: 1 },
      },
      {
        educationForm: '11',
        contractType: '11',
        summaType: '12',
        citizenship: '11',
        finalYear: false,
        discountPercent: 0,
        months: 12,
      },
    );
    if (!base.ok) throw new Error('base contract');
    const fee = calculateRestudyFee({ baseContractAmount: base.amount }, THREE_DEBTS);
    // 4 050 000 ÷ 60 = 67 500 a credit; 15 credits.
    expect(fee.ok && [fee.creditPrice, fee.amount]).toEqual([67_500, 1_012_500]);
  });

  it.each<[string, RestudyTariff, DebtSubject[], string, string]>([
    ['no debt subjects', { baseContractAmount: 12_000_000 }, [], 'subjects', 'fees.problem.noDebtSubjects'],
    ['no base contract', {}, THREE_DEBTS, 'tariff.baseContractAmount', 'validation.required'],
    [
      'a fixed price with tiyin',
      { fixedCreditPrice: 200_000.5 },
      THREE_DEBTS,
      'tariff.fixedCreditPrice',
      'fees.problem.wholeSom',
    ],
    [
      'zero credits',
      { baseContractAmount: 12_000_000 },
      [{ name: 'Fizika', credits: 0 }],
      'subjects.0.credits',
      'fees.problem.credits',
    ],
    [
      'a nameless subject',
      { baseContractAmount: 12_000_000 },
      [{ name: ' ', credits: 4 }],
      'subjects.0.name',
      'validation.required',
    ],
  ])('%s → %s', (_name, tariff, subjects, path, key) => {
    const result = calculateRestudyFee(tariff, subjects);
    expect(result.ok ? [] : result.problems).toContainEqual(expect.objectContaining({ path, key }));
  });
});

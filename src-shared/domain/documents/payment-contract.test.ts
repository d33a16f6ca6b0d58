import { describe, expect, it } from 'vitest';
import type { ContractCalculation } from '../../contract/contracts-models';
import type { IssueMeta } from './document-type';
import { paymentContract } from './payment-contract';
import type { ContractDocExtra } from './payment-contract-parts';
import { restudyContract } from './restudy-contract';
import { modelText, sampleSource } from './sample-source';
import type { DocModel } from './model';

/** The page's text in one string, thin spaces as plain ones. */
const textOf = (model: DocModel) => modelText(model).join('\n').replaceAll(NB, ' ');

const META: IssueMeta = { registerNumber: '12/2026', issuedOn: '2026-11-28', qr: null, logo: '' };
const NB = '\u202f';
const inputs: ContractCalculation['inputs'] = {
  specialtyCode: '60410100',
  educationForm: '11',
  citizenship: '11',
  course: 2,
  contractType: '11',
  summaType: '12',
  discountPercent: 0,
  months: 12,
  finalYear: false,
  firstYear: false,
};
const schedule = [
  { dueDate: '2026-10-01', percent: 25, cumulativeAmount: 3_000_000, amount: 3_000_000 },
  { dueDate: '2027-07-01', percent: 100, cumulativeAmount: 12_000_000, amount: 9_000_000 },
];
const extra = (calculation: Partial<ContractCalculation>): ContractDocExtra => ({
  contractId: 'c1',
  kind: calculation.kind ?? 'twoParty',
  contractDate: '2026-11-28',
  calculation: {
    kind: 'twoParty',
    educationYear: '2026-2027',
    tariffLabel: '2026-2027 v2',
    tariffTableId: 't',
    amount: 12_000_000,
    formula: `12${NB}000${NB}000 × 1,0 = 12${NB}000${NB}000`,
    steps: [],
    restudy: null,
    inputs,
    payer: null,
    ...calculation,
  },
  schedule,
  stir: '201234567',
  bankDetails: ['H/r 2020 8000 0000 0000 0001, MFO 00873'],
});

describe('payment contract', () => {
  it.each([
    ['uz-Latn', 'Shartnoma summasi: 12 000 000 (Oʻn ikki million soʻm).', 'Tarif: 2026-2027 v2', 'STIR: 201234567'],
    ['ru', 'Сумма договора: 12 000 000 (Двенадцать миллионов сумов).', 'Тариф: 2026-2027 v2', 'ИНН: 201234567'],
    ['en', 'Contract amount: 12 000 000 (Twelve million soum).', 'Tariff: 2026-2027 v2', 'Tax ID (STIR): 201234567'],
  ] as const)('prints amount in words, tariff version, schedule and requisites in %s', (lang, amount, tariff, stir) => {
    const model = paymentContract.layout(paymentContract.build(sampleSource({}, extra({})), lang), META);
    const text = textOf(model);
    for (const s of [amount, tariff, stir, '12/2026', '01.10.2026', '01.07.2027', 'MFO 00873'])
      expect(text).toContain(s);
  });

  it('names the payer of a three-party contract among the parties and the signatures', () => {
    const x = extra({ kind: 'threeParty', payer: { name: '“Agro Invest” MChJ', details: 'STIR 301112223' } });
    const model = paymentContract.layout(
      paymentContract.build(sampleSource({}, { ...x, kind: 'threeParty' }), 'uz-Latn'),
      META,
    );
    const signatures = model.blocks.find((b) => b.kind === 'signatures');
    expect(signatures?.kind === 'signatures' && signatures.rows.map((r) => r.name)).toContain('“Agro Invest” MChJ');
    expect(textOf(model)).toContain('uch tomonlama');
  });

  it('a re-study contract lists the subjects with credits and the credit price', () => {
    const x = extra({
      kind: 'restudy',
      amount: 2_000_000,
      restudy: {
        creditPrice: 200_000,
        creditPriceSource: 'fixed',
        subjects: [
          { name: 'Fizika', credits: 4, amount: 800_000 },
          { name: 'Oliy matematika', credits: 6, amount: 1_200_000 },
        ],
      },
    });
    const model = restudyContract.layout(
      restudyContract.build(sampleSource({}, { ...x, kind: 'restudy' }), 'uz-Latn'),
      META,
    );
    const table = model.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => ('cells' in r ? r.cells.slice(1) : []))).toEqual([
      ['Fizika', '4', `800${NB}000`],
      ['Oliy matematika', '6', `1${NB}200${NB}000`],
      ['Jami', '10', `2${NB}000${NB}000`],
    ]);
    expect(textOf(model)).toContain('1 kredit narxi: 200 000 soʻm (rektor buyrugʻi bilan belgilangan)');
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../src-shared/contract';
import { THIN_SPACE } from '../../../src-shared/domain/fees';
import type { AppErrorShape, Envelope } from '../../../src-shared/errors';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { runCommand, SYSTEM_ACTOR } from '../../commands/run-command';
import { writeDemoFees } from './demo';

/**
 * Tariffs and the calculators through the channels, on a real SQLite file: the worked examples of the pure
 * formulas (`fees-contract.test.ts`: BHM 375 000, coefficient 30, stipend 600 000; price 12 000 000) end to end.
 * One backend for the file; the tests run in order and build on each other (year 2025-2026 in coefficient mode,
 * 2026-2027 in sum mode, then a second version of 2026-2027).
 */

let h: Harness;
let f: OrderFixture;
const SPECIALTY = '60410100';
const thin = (text: string) => text.replace(/_/g, THIN_SPACE);

beforeAll(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterAll(() => h.dispose());

async function failure<T>(p: Promise<Envelope<T>>): Promise<AppErrorShape> {
  const res = await p;
  if (res.ok) throw new Error('expected a failure');
  return res.error;
}

type Detail = ChannelOutput<'fees.tariff'>;
const row = (values: Partial<Detail['rows'][number]> = {}) => ({
  specialtyCode: SPECIALTY,
  educationForm: '11',
  price: null,
  foreignPrice: null,
  specialtyCoefficient: null,
  increasedCoefficient: null,
  creditPrice: null,
  ...values,
});
const save = (d: Detail, values: Record<string, unknown>) =>
  h.call(
    'fees.saveDraft',
    {
      id: d.id,
      mode: d.mode,
      bhm: d.bhm,
      monthlyStipend: d.monthlyStipend,
      contractTypeCoefficients: d.contractTypeCoefficients,
      discounts: d.discounts,
      rows: d.rows.map(({ specialtyName: _name, ...r }) => r),
      ...values,
    },
    h.adminToken,
  );

describe('tariff tables: draft → publish → frozen → a new version in force', () => {
  let sum: Detail;

  it('a draft offers every registry specialty × form to fill, and names what publishing still needs', async () => {
    sum = await h.ok('fees.createDraft', { educationYear: '2026-2027', copy: false, mode: 'sum' }, h.adminToken);
    expect(sum).toMatchObject({ version: 1, label: '2026-2027 v1', status: 'draft', rowCount: 0 });
    expect(sum.rows).toEqual([expect.objectContaining(row({ specialtyName: 'Iqtisodiyot' }))]);
    expect(sum.problems).toContainEqual({ path: 'rows', key: 'fees.problem.noRows' });
  });

  it('refuses wrong values, naming the row by specialty and form, and writes nothing', async () => {
    const error = await failure(save(sum, { rows: [row({ price: 12_000_000.5, foreignPrice: -1 })] }));
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'fees.error.tariffInvalid' });
    expect(error.details?.issues).toEqual([
      {
        path: 'rows.0.price',
        key: 'fees.problem.rowWholeSom',
        params: { specialty: SPECIALTY, form: '11', field: 'price' },
      },
      {
        path: 'rows.0.foreignPrice',
        key: 'fees.problem.rowPositive',
        params: { specialty: SPECIALTY, form: '11', field: 'foreignPrice' },
      },
    ]);
    expect((await h.ok('fees.tariff', { id: sum.id }, h.adminToken)).rowCount).toBe(0);
  });

  it('the counter may read tariffs but not edit them', async () => {
    const counter = await h.signInAs('front_office');
    expect((await h.ok('fees.tariffs', { educationYear: '2026-2027' }, counter)).items).toHaveLength(1);
    expect(await failure(save(sum, {}).then(() => h.call('fees.publish', { id: sum.id }, counter)))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('publishes a complete draft; the published table is frozen for the app and for SQL', async () => {
    await h.ok(
      'fees.saveDraft',
      {
        id: sum.id,
        mode: 'sum',
        bhm: null,
        monthlyStipend: 600_000,
        contractTypeCoefficients: { 11: 1, 16: 1, 17: 1, 19: 1 },
        discounts: [{ code: 'F20', names: { uzLatn: 'Xorijiy hamkor', uzCyrl: '', ru: '', en: '' }, percent: 20 }],
        rows: [row({ price: 12_000_000, foreignPrice: 36_000_000, increasedCoefficient: 2 })],
      },
      h.adminToken,
    );
    sum = await h.ok('fees.publish', { id: sum.id }, h.adminToken);
    expect(sum).toMatchObject({ status: 'published', inForce: true, rowCount: 1, publishedBy: 'admin', problems: [] });
    expect(await failure(save(sum, { monthlyStipend: 1 }))).toMatchObject({
      code: 'CONFLICT',
      key: 'fees.error.published',
    });
    expect(await failure(h.call('fees.deleteDraft', { id: sum.id }, h.adminToken))).toMatchObject({ code: 'CONFLICT' });
    const writer = h.backend.services.store.writer;
    expect(() => writer.prepare('update tariff_rows set price = 1 where table_id = ?').run(sum.id)).toThrow(
      /never edited/,
    );
    expect(() => writer.prepare('update tariff_tables set bhm = 1 where id = ?').run(sum.id)).toThrow(/never edited/);
  });

  it('a coefficient-mode tariff of the previous year needs BHM and the specialty coefficient to publish', async () => {
    const coef = await h.ok(
      'fees.createDraft',
      { educationYear: '2025-2026', copy: false, mode: 'coefficient' },
      h.adminToken,
    );
    const saved = await h.ok(
      'fees.saveDraft',
      {
        id: coef.id,
        mode: 'coefficient',
        bhm: null,
        monthlyStipend: 600_000,
        contractTypeCoefficients: { 11: 1, 12: 1.25, 16: 1, 17: 1, 18: 1, 19: 1 },
        discounts: [],
        rows: [row({ foreignPrice: 30_000_000, increasedCoefficient: 1.5, creditPrice: 150_000 })],
      },
      h.adminToken,
    );
    expect(saved.problems.map((p) => p.path)).toEqual(['bhm', 'rows.0.specialtyCoefficient']);
    expect(await failure(h.call('fees.publish', { id: coef.id }, h.adminToken))).toMatchObject({
      key: 'fees.error.tariffInvalid',
      details: { issues: saved.problems },
    });
    await save(saved, {
      bhm: 375_000,
      rows: [
        row({ specialtyCoefficient: 30, foreignPrice: 30_000_000, increasedCoefficient: 1.5, creditPrice: 150_000 }),
      ],
    });
    expect((await h.ok('fees.publish', { id: coef.id }, h.adminToken)).label).toBe('2025-2026 v1');
  });
});

const contract = (input: Record<string, unknown>) => h.ok('fees.calculateContract', input, h.adminToken);

describe('fees.calculateContract on the worked examples', () => {
  it.each([
    [
      'coefficient mode, a visitor, 25 % off and 7 months',
      {
        educationYear: '2025-2026',
        facts: { specialtyCode: SPECIALTY, educationForm: '11' },
        discountPercent: 25,
        months: 7,
      },
      1_771_875,
      '30 × 375_000 = 11_250_000; 11_250_000 − 12 × 600_000 = 4_050_000; 4_050_000 × 1,0 = 4_050_000; ' +
        '4_050_000 − 25_% = 3_037_500; 3_037_500 × 7 / 12 = 1_771_875',
    ],
    [
      'sum mode, a stipend contract with 50 % off the tuition only',
      { facts: { specialtyCode: SPECIALTY, educationForm: '11' }, summaType: '11', discountPercent: 50 },
      13_200_000,
      '12_000_000; 12_000_000 × 1,0 = 12_000_000; 12_000_000 + 12 × 600_000 = 19_200_000; ' +
        '19_200_000 − 50_% × 12_000_000 = 13_200_000',
    ],
    [
      "sum mode, a foreigner with the tariff's 20 % discount",
      {
        facts: { specialtyCode: SPECIALTY, educationForm: '11', citizenship: '12' },
        contractType: '19',
        discountCode: 'F20',
      },
      28_800_000,
      '36_000_000; 36_000_000 × 1,0 = 36_000_000; 36_000_000 − 20_% = 28_800_000',
    ],
  ])('%s', async (_name, input, amount, formula) => {
    const result = await contract(input);
    expect({ amount: result.amount, formula: result.formula }).toEqual({ amount, formula: thin(formula) });
  });

  it('takes the facts of a student from the registry: a final-year stipend contract loses two stipends', async () => {
    const result = await contract({ studentId: f.students.finalDebt.id, educationYear: '2025-2026', summaType: '11' });
    expect(result).toMatchObject({
      amount: 10_050_000,
      tariffVersion: '2025-2026 v1',
      facts: { specialtyCode: SPECIALTY, educationForm: '11', course: 4, finalYear: true, group: 'IQT-22' },
    });
    expect(result.steps.map((s) => s.key)).toEqual(['fees.step.base', 'fees.step.typeCoef', 'fees.step.finalYear']);
    expect(result.steps[2]).toMatchObject({
      params: { stipend: 600_000, months: 2 },
      formula: thin('11_250_000 − 2 × 600_000 = 10_050_000'),
    });
  });

  it('says which year has no tariff, or which specialty and form the tariff lacks', async () => {
    const facts = { specialtyCode: SPECIALTY, educationForm: '11' };
    expect(
      await failure(h.call('fees.calculateContract', { educationYear: '2024-2025', facts }, h.adminToken)),
    ).toMatchObject({
      code: 'VALIDATION',
      key: 'fees.error.noTariff',
      params: { year: '2024-2025' },
    });
    const missingRow = { specialtyCode: '60110100', educationForm: '13' };
    expect(await failure(h.call('fees.calculateContract', { facts: missingRow }, h.adminToken))).toMatchObject({
      key: 'fees.error.noTariffRow',
      params: { year: '2026-2027', version: '2026-2027 v1', specialty: '60110100', form: '13' },
    });
    expect(
      await failure(h.call('fees.calculateContract', { facts, discountCode: 'NONE' }, h.adminToken)),
    ).toMatchObject({
      key: 'fees.error.unknownDiscount',
    });
  });

  it('a new published version is in force; the old one stays as it was', async () => {
    const v2 = await h.ok('fees.createDraft', { educationYear: '2026-2027' }, h.adminToken);
    expect(v2.rows).toEqual([expect.objectContaining({ price: 12_000_000, foreignPrice: 36_000_000 })]);
    await save(v2, { rows: [row({ price: 13_000_000, foreignPrice: 36_000_000, increasedCoefficient: 2 })] });
    await h.ok('fees.publish', { id: v2.id }, h.adminToken);
    const result = await contract({ studentId: f.students.good.id });
    expect(result).toMatchObject({ amount: 13_000_000, tariffVersion: '2026-2027 v2', educationYear: '2026-2027' });
    const list = await h.ok('fees.tariffs', { educationYear: '2026-2027' }, h.adminToken);
    expect(list.items.map((t) => [t.label, t.status, t.inForce])).toEqual([
      ['2026-2027 v2', 'published', true],
      ['2026-2027 v1', 'published', false],
    ]);
    expect(list.years).toEqual(['2026-2027', '2025-2026']);
    const draft = await h.ok('fees.createDraft', { educationYear: '2026-2027' }, h.adminToken);
    await h.ok('fees.deleteDraft', { id: draft.id }, h.adminToken);
    expect(await failure(h.call('fees.tariff', { id: draft.id }, h.adminToken))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('fees.calculateRestudy from the debtor’s records', () => {
  it('preselects every debt: Σ credits × base price ÷ 60', async () => {
    const debts = await h.ok('fees.restudyDebts', { id: f.students.weak.id }, h.adminToken);
    expect(debts.items.map((d) => [d.name.uzLatn, d.credits, d.semester])).toEqual([
      ['Fizika', 4, '11'],
      ['Oliy matematika', 6, '11'],
    ]);
    const all = await h.ok('fees.calculateRestudy', { studentId: f.students.weak.id }, h.adminToken);
    // 2026-2027 v2: 13 000 000 ÷ 60 = 216 666,67 → 216 667 a credit.
    expect(all).toMatchObject({
      amount: 2_166_670,
      creditPrice: 216_667,
      creditPriceSource: 'baseContract',
      baseContractAmount: 13_000_000,
      tariffVersion: '2026-2027 v2',
      formula: thin('(4 + 6) × 216_667 = 2_166_670'),
    });
    expect(all.lines.map((l) => l.amount)).toEqual([866_668, 1_300_002]);
  });

  it('the counter may deselect a subject; a credit price fixed by order wins', async () => {
    const [fizika] = (await h.ok('fees.restudyDebts', { id: f.students.weak.id }, h.adminToken)).items;
    const one = await h.ok(
      'fees.calculateRestudy',
      { studentId: f.students.weak.id, educationYear: '2025-2026', recordIds: [fizika!.recordId] },
      h.adminToken,
    );
    expect(one).toMatchObject({ amount: 600_000, creditPriceSource: 'fixed', formula: thin('4 × 150_000 = 600_000') });
  });

  it('refuses a subject that is not a debt, and a student without debts', async () => {
    const good = f.students.good.id;
    expect(await failure(h.call('fees.calculateRestudy', { studentId: good }, h.adminToken))).toMatchObject({
      key: 'fees.error.cannotCalculate',
      details: { issues: [{ path: 'subjects', key: 'fees.problem.noDebtSubjects' }] },
    });
    expect(
      await failure(
        h.call('fees.calculateRestudy', { studentId: f.students.weak.id, recordIds: [good] }, h.adminToken),
      ),
    ).toMatchObject({ key: 'fees.error.notADebt' });
  });
});

describe('the demo tariffs', () => {
  it('publish the current year in sum mode and the previous one in coefficient mode, for every specialty × form', async () => {
    runCommand(h.backend.services.store, h.clock, SYSTEM_ACTOR, 'demo.fees', {}, (w) =>
      writeDemoFees(w, { seed: 7, today: '2026-11-28', login: 'demo' }),
    );
    const now = await contract({ studentId: f.students.good.id, summaType: '11' });
    expect(now.tariffVersion).toBe('2026-2027 v3');
    expect(now.steps.map((s) => s.key)).toEqual(['fees.step.price', 'fees.step.typeCoef', 'fees.step.stipendAddition']);
    const price = now.steps[0]!.amountAfter;
    expect(price).toBeGreaterThanOrEqual(9_000_000);
    expect(price).toBeLessThanOrEqual(25_000_000);
    expect(now.amount).toBe(price + 12 * 598_000);
    const before = await contract({ studentId: f.students.good.id, educationYear: '2025-2026' });
    expect(before).toMatchObject({ tariffVersion: '2025-2026 v2' });
    expect(before.steps[0]).toMatchObject({ key: 'fees.step.base', params: { bhm: 375_000 } });
  });
});

describe('tariff rows from an Excel sheet', () => {
  async function sheet(rows: (string | number | null)[][]): Promise<string> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Tarif');
    ws.addRow(['Mutaxassislik kodi', 'Taʼlim shakli', 'Narx', 'Xorijiy', 'Koeffitsient', 'Kredit narxi']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
  }

  it('names every bad row and imports nothing; a good sheet fills the draft', async () => {
    const draft = await h.ok('fees.createDraft', { educationYear: '2027-2028', copy: false }, h.adminToken);
    const bad = await sheet([
      [SPECIALTY, '11', 14_000_000, null, null, null],
      [SPECIALTY, 'kunduzgi', 'oʻn million', null, null, null],
    ]);
    const error = await failure(
      h.call('fees.importRows', { id: draft.id, fileName: 't.xlsx', data: bad }, h.adminToken),
    );
    expect(error).toMatchObject({ key: 'fees.import.failed', params: { count: 2 } });
    expect(error.details?.issues).toEqual([
      { path: 'row.3', key: 'fees.import.badForm', params: { row: 3, value: 'kunduzgi' } },
      { path: 'row.3', key: 'fees.import.badNumber', params: { row: 3, field: 'price', value: 'oʻn million' } },
    ]);
    const good = await sheet([
      [SPECIALTY, '11', '14 000 000', 40_000_000, null, 230_000],
      ['60110100', '13', 9_500_000, null, null, null],
    ]);
    const done = await h.ok('fees.importRows', { id: draft.id, fileName: 't.xlsx', data: good }, h.adminToken);
    expect(done.imported).toBe(2);
    expect(done.rowCount).toBe(2);
    expect(done.rows.find((r) => r.specialtyCode === SPECIALTY)).toMatchObject({
      price: 14_000_000,
      foreignPrice: 40_000_000,
      creditPrice: 230_000,
    });
  });
});

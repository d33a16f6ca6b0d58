import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { SAMPLE_INPUTS } from '../../../test/support/sample-inputs';
import { uuidv7 } from '../../../src-shared/domain/uuid';

/**
 * Contracts end to end through the channels on a real database: a published tariff (inserted as the fees
 * screens would publish it: `2026-2027 v2`, sum mode, 12 000 000 a year for the fixture's specialty, so a
 * credit costs 200 000), a two-party and a re-study contract drawn up and read back from their DOCX, a bank
 * statement matched by number, PINFL and purpose text, and the document hold it lifts. The test clock stands
 * at 28.11.2026: the first instalment (25 % by 01.10.2026) is due, the second (01.01.2027) is not.
 */

const NBSP = '\u202f';
const som = (s: string) => s.replaceAll(' ', NBSP);

async function docxText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

async function statement(rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Koʻchirma');
  ws.addRow(['Bank koʻchirmasi 01.11.2026 – 30.11.2026']);
  ws.addRow(['Sana', 'Hujjat raqami', 'Summa', 'Toʻlovchi', 'Toʻlov maqsadi', 'Shartnoma raqami', 'JShShIR']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('contracts: draw, print, import payments, balance, hold', () => {
  let h: Harness;
  let f: OrderFixture;
  let front: string;
  let back: string;
  const count = (table: string) =>
    (h.backend.services.store.reader.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

  beforeAll(async () => {
    h = await startHarness();
    const db = h.backend.services.store.writer;
    f = seedOrders(db);
    db.prepare('update students set pinfl = ? where id = ?').run('31203995270011', f.students.good.id);
    db.prepare('update students set pinfl = ? where id = ?').run('41506995270022', f.students.weak.id);
    const table = uuidv7();
    db.prepare(
      `insert into tariff_tables (id, education_year, version, status, mode, monthly_stipend, contract_type_coefficients,
         created_by, created_at) values (?, '2026-2027', 2, 'draft', 'sum', 500000, '{"11":1}', 'test', ?)`,
    ).run(table, '2026-11-01T00:00:00Z');
    db.prepare(
      `insert into tariff_rows (id, table_id, specialty_code, education_form, price) values (?, ?, '60410100', '11', 12000000)`,
    ).run(uuidv7(), table);
    db.prepare(`update tariff_tables set status = 'published' where id = ?`).run(table);
    await h.ok(
      'institution.update',
      {
        ...SAMPLE_INPUTS['institution.update'],
        nameUzLatn: 'Fargʻona davlat universiteti',
        stir: '201234567',
        signatories: [{ role: 'rector', position: 'Rektor', fullName: 'A. Rektorov' }],
      },
      h.adminToken,
    );
    front = await h.signInAs('front_office');
    back = await h.signInAs('back_office');
  });
  afterAll(() => h.dispose());

  it('refuses without a published tariff, naming the year', async () => {
    const res = await h.call(
      'contracts.calculate',
      { studentId: f.students.good.id, kind: 'twoParty', educationYear: '2025-2026' },
      front,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.key).toBe('error.contracts.noTariff');
      expect(res.error.params).toEqual({ year: '2025-2026' });
    }
    const payer = await h.call('contracts.calculate', { studentId: f.students.good.id, kind: 'threeParty' }, front);
    expect(!payer.ok && payer.error.details?.issues?.[0]?.key).toBe('contracts.problem.payerRequired');
  });

  let twoPartyId = '';
  let restudyId = '';

  it('draws a two-party contract: amount, formula, tariff version, schedule and register number on the DOCX', async () => {
    // The finance side keeps the institution's bank requisites; the counter may read them, not change them.
    const refused = await h.call('contracts.saveBankDetails', { lines: ['H/r: 1'] }, front);
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const bank = await h.ok(
      'contracts.saveBankDetails',
      { lines: ['  Gʻaznachilik H/r: 23402000300100001010 ', '', "MFO: 00014, Toshkent sh. bo'limi"] },
      back,
    );
    expect(bank.lines).toEqual(['Gʻaznachilik H/r: 23402000300100001010', 'MFO: 00014, Toshkent sh. boʻlimi']);
    expect((await h.ok('contracts.bankDetails', {}, front)).lines).toEqual(bank.lines);
    const { contract, document } = await h.ok(
      'contracts.draw',
      { studentId: f.students.good.id, kind: 'twoParty', summaType: '12' },
      front,
    );
    twoPartyId = contract.id;
    expect(contract.number).toBe('1/2026');
    expect(document.registerNumber).toBe('1/2026');
    expect(contract.amount).toBe(12_000_000);
    expect(contract.tariffVersion).toBe('2026-2027 v2');
    expect(contract.schedule.map((i) => [i.dueDate, i.cumulativeAmount])).toEqual([
      ['2026-10-01', 3_000_000],
      ['2027-01-01', 6_000_000],
      ['2027-04-01', 9_000_000],
      ['2027-07-01', 12_000_000],
    ]);
    expect(contract.balance).toMatchObject({ paid: 0, requiredByToday: 3_000_000, debt: 3_000_000, behind: true });

    const docx = await h.ok('documents.render', { id: document.id, format: 'docx' }, front);
    const text = await docxText(docx.data);
    expect(text).toContain('1/2026');
    expect(text).toContain(`Shartnoma summasi: ${som('12 000 000')} (Oʻn ikki million soʻm).`);
    expect(text).toContain(`Formula: ${som('12 000 000')}; ${som('12 000 000')} × 1,0 = ${som('12 000 000')}`);
    expect(text).toContain('Tarif: 2026-2027 v2');
    for (const date of ['01.10.2026', '01.01.2027', '01.04.2027', '01.07.2027']) expect(text).toContain(date);
    expect(text).toContain('STIR: 201234567');
    expect(text).toContain('Gʻaznachilik H/r: 23402000300100001010');
    expect(text).toContain('MFO: 00014, Toshkent sh. boʻlimi');
    // The contract document is not issued a second time through the generic channel.
    const again = await h.call(
      'documents.issue',
      { type: 'payment-contract', studentId: f.students.good.id, lang: 'uz-Latn', params: { contractId: contract.id } },
      front,
    );
    expect(!again.ok && again.error.key).toBe('error.contracts.documentIssued');
  });

  it('draws a re-study contract for the student’s debts: subjects, credit price and formula', async () => {
    const debts = await h.ok('contracts.debtSubjects', { studentId: f.students.weak.id }, front);
    expect(debts.map((d) => d.credits).sort()).toEqual([4, 6]);
    const { contract, document } = await h.ok(
      'contracts.draw',
      { studentId: f.students.weak.id, kind: 'restudy', lang: 'ru' },
      front,
    );
    restudyId = contract.id;
    expect(contract.number).toBe('QO-1/2026');
    expect(contract.amount).toBe(2_000_000);
    expect(contract.calculation.formula).toBe(`(4 + 6) × ${som('200 000')} = ${som('2 000 000')}`);
    const text = await docxText((await h.ok('documents.render', { id: document.id, format: 'docx' }, front)).data);
    expect(text).toContain('QO-1/2026');
    expect(text).toContain(`Цена 1 кредита: ${som('200 000')} сум (базовый контракт ÷ 60)`);
    expect(text).toContain('Тариф: 2026-2027 v2');
    expect(text).toContain('Два миллиона сумов');
  });

  it('lists the debtor and holds the certificate of enrolment', async () => {
    const list = await h.ok('contracts.debtors', {}, back);
    expect(list.items.map((d) => [d.number, d.debt])).toEqual([['1/2026', 3_000_000]]);
    const preview = await h.ok(
      'documents.preview',
      { type: 'enrolment', studentId: f.students.good.id, lang: 'uz-Latn' },
      front,
    );
    expect(preview.holds.map((x) => x.rule)).toContain('contractDebt');
  });

  it('refuses a statement with a bad row and writes nothing', async () => {
    const before = [count('payments'), count('payment_imports')];
    const data = await statement([
      ['20.11.2026', '101', 1_000_000, 'Aliyev B.', 'Kontrakt', '1/2026', ''],
      ['31.11.2026', '102', 'bir million', 'Aliyev B.', 'Kontrakt', '1/2026', ''],
    ]);
    const res = await h.call('contracts.importPayments', { fileName: 'bad.xlsx', data }, back);
    expect(!res.ok && res.error.key).toBe('error.contracts.importBadRows');
    expect(!res.ok && res.error.details?.issues?.map((i) => i.path)).toEqual(['rows.4.date', 'rows.4.amount']);
    expect([count('payments'), count('payment_imports')]).toEqual(before);
  });

  it('matches by contract number, PINFL and purpose text, reports the rest, skips a re-import', async () => {
    const data = await statement([
      ['2026-11-20', '101', '11 000 000,00', 'Aliyev Bobur', 'Kontrakt toʻlovi', '1/2026', ''],
      ['2026-11-21', '102', 1_000_000, 'Aliyev Bobur', 'Kontrakt toʻlovi', '', '31203995270011'],
      ['2026-11-22', '103', 2_000_000, 'Karimova D.', 'Shartnoma № QO-1/2026 boʻyicha qayta oʻqish', '', ''],
      ['2026-11-22', '104', 500_000, 'Nomaʼlum', 'Kontrakt', '999/2026', ''],
      ['2026-11-23', '105', 700_000, 'Nomaʼlum', 'Kontrakt', '', '12345678901234'],
    ]);
    const first = await h.ok('contracts.importPayments', { fileName: 'noyabr.xlsx', data }, back);
    expect(first).toMatchObject({ rowsTotal: 5, matched: 3, skipped: 0, amountMatched: 14_000_000 });
    expect(first.unmatched.map((u) => [u.row, u.reason])).toEqual([
      [6, 'noContract'],
      [7, 'pinflUnknown'],
    ]);
    const second = await h.ok('contracts.importPayments', { fileName: 'noyabr.xlsx', data }, back);
    expect(second).toMatchObject({ matched: 0, skipped: 3 });

    const detail = await h.ok('contracts.get', { id: twoPartyId }, front);
    expect(detail.payments.map((p) => p.matchedBy)).toEqual(['contractNumber', 'pinfl']);
    expect(detail.balance).toMatchObject({ paid: 12_000_000, debt: 0, remaining: 0, behind: false });
    const restudy = await h.ok('contracts.get', { id: restudyId }, front);
    expect(restudy.balance.paid).toBe(2_000_000);
    expect((await h.ok('contracts.imports', {}, back)).total).toBe(2);
  });

  it('releases the hold once paid; cancelling voids the printed contract', async () => {
    const preview = await h.ok(
      'documents.preview',
      { type: 'enrolment', studentId: f.students.good.id, lang: 'uz-Latn' },
      front,
    );
    expect(preview.holds.map((x) => x.rule)).not.toContain('contractDebt');
    expect((await h.ok('contracts.debtors', {}, back)).total).toBe(0);

    const cancelled = await h.ok('contracts.cancel', { id: restudyId, reason: 'Talaba arizasi' }, front);
    expect(cancelled.status).toBe('cancelled');
    const doc = await h.ok('documents.get', { id: cancelled.documentId! }, front);
    expect(doc.status).toBe('void');
    const student = await h.ok('contracts.studentBalance', { studentId: f.students.good.id }, front);
    expect(student.total).toMatchObject({ paid: 12_000_000, debt: 0 });
  });
});

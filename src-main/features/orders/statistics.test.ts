import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { translate } from '../../../src-shared/i18n';
import { startBulkBed, type BulkBed } from './bulk-fixtures';
import { monthsBetween, reasonName } from './statistics-export';

let bed: BulkBed;
beforeEach(async () => {
  bed = await startBulkBed();
});
afterEach(() => bed.h.dispose());

const range = { from: '2026-09-01', to: '2026-12-31' };

/** Two applied orders through the channels: an expulsion of two (own wish, non-payment) and a leave. */
async function applyCoupleOfOrders() {
  const { good, weak, firstYear, finalGood } = bed.f.students;
  const expulsion = await bed.h.ok(
    'orders.saveDraft',
    {
      type: 'expulsion',
      lines: [
        { studentId: good.id, effectiveDate: '2026-10-05', reason: '16' },
        { studentId: weak.id, effectiveDate: '2026-10-05', reason: '11' },
      ],
    },
    bed.token,
  );
  await bed.approveAndApply(expulsion.id, '12-T', '2026-10-04');
  const leave = await bed.h.ok(
    'orders.saveDraft',
    {
      type: 'academicLeave',
      lines: [{ studentId: firstYear.id, effectiveDate: '2026-11-10', reason: '13', leaveUntil: '2027-09-01' }],
    },
    bed.token,
  );
  await bed.approveAndApply(leave.id, '13-T', '2026-11-09');
  // A draft moves nobody: it is not counted.
  await bed.h.ok(
    'orders.saveDraft',
    { type: 'expulsion', lines: [{ studentId: finalGood.id, effectiveDate: '2026-10-05', reason: '11' }] },
    bed.token,
  );
}

/** An applied order and its movement written directly: the movement left another faculty in course 3. */
function movementFromAnotherFaculty(effectiveDate: string): string {
  const otherFaculty = uuidv7();
  bed.exec(
    `insert into departments (id, code, name_uz_latn, name_ru, structure_type) values (?, 'F2', 'Tarix fakulteti', 'Исторический факультет', '11')`,
    otherFaculty,
  );
  const student = bed.f.students.finalDebt.id;
  bed.exec(
    `insert into orders (id, type, status, created_by, created_at, updated_at) values ('o-old', 'transfer', 'draft', 't', '', '')`,
  );
  bed.exec(
    `insert into order_lines (id, order_id, student_id, position, effective_date, reason) values ('l-old', 'o-old', ?, 0, ?, '')`,
    student,
    effectiveDate,
  );
  bed.exec("update orders set status = 'applied', number = '5-K', order_date = ? where id = 'o-old'", effectiveDate);
  bed.exec(
    `insert into student_movements (id, student_id, kind, before, after, effective_date, order_id, created_by, created_at)
     values ('m-old', ?, 'transfer', ?, '{}', ?, 'o-old', 't', '')`,
    student,
    JSON.stringify({ status: '11', course: 3, departmentId: otherFaculty }),
    effectiveDate,
  );
  return otherFaculty;
}

describe('movement statistics', () => {
  it('counts applied movements by type, reason, faculty, course and month', async () => {
    await applyCoupleOfOrders();
    const faculty = { departmentId: bed.f.facultyId, departmentName: 'Iqtisodiyot fakulteti' };
    const stats = await bed.h.ok('orders.statistics', range, bed.token);
    expect(stats).toEqual({
      rows: [
        { type: 'expulsion', reason: '11', ...faculty, course: 2, month: '2026-10', count: 1 },
        { type: 'expulsion', reason: '16', ...faculty, course: 2, month: '2026-10', count: 1 },
        { type: 'academicLeave', reason: '13', ...faculty, course: 1, month: '2026-11', count: 1 },
      ],
      total: 3,
    });
    // The range is inclusive and by effective date.
    expect((await bed.h.ok('orders.statistics', { from: '2026-10-06', to: '2026-11-10' }, bed.token)).total).toBe(1);
    expect((await bed.h.ok('orders.statistics', { from: '2026-10-05', to: '2026-10-05' }, bed.token)).total).toBe(2);
  });

  it("counts a movement for the faculty it left (its 'before'), and filters by faculty", async () => {
    const other = movementFromAnotherFaculty('2026-09-15');
    const all = await bed.h.ok('orders.statistics', range, bed.token);
    expect(all.rows).toEqual([
      {
        type: 'transfer',
        reason: '',
        departmentId: other,
        departmentName: 'Tarix fakulteti',
        course: 3,
        month: '2026-09',
        count: 1,
      },
    ]);
    expect((await bed.h.ok('orders.statistics', { ...range, departmentId: other }, bed.token)).total).toBe(1);
    expect((await bed.h.ok('orders.statistics', { ...range, departmentId: bed.f.facultyId }, bed.token)).total).toBe(0);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const res = await bed.h.call('orders.statistics', { from: '2026-12-01', to: '2026-11-01' }, bed.token);
    expect(res.ok ? null : [res.error.code, res.error.details?.issues]).toEqual([
      'VALIDATION',
      [{ path: 'to', key: 'validation.orders.dateRange' }],
    ]);
  });
});

describe('movement statistics in Excel', () => {
  it('writes the counts with names in the asked language, a totals row and months × types', async () => {
    await applyCoupleOfOrders();
    const other = movementFromAnotherFaculty('2026-09-15');
    const file = await bed.h.ok('orders.exportStatistics', { ...range, lang: 'ru' }, bed.token);
    expect(file.fileName).toBe('movements_2026-09-01_2026-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    const ru = (key: string) => translate('ru', key);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      ru('orders.stats.sheet.movements'),
      ru('orders.stats.sheet.byMonth'),
    ]);
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .slice(1)
        .map((row) => Array.from((row as unknown[]).slice(1), (v) => v ?? null));

    const [movements, byMonth] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(values(movements)).toEqual([
      ['Вид движения', 'Причина', 'Факультет', 'Курс', 'Месяц', 'Количество'],
      [ru('orders.type.transfer'), null, 'Исторический факультет', 3, '2026-09', 1],
      [ru('orders.type.expulsion'), ru('orders.expelReason.11'), 'Iqtisodiyot fakulteti', 2, '2026-10', 1],
      [ru('orders.type.expulsion'), ru('orders.expelReason.16'), 'Iqtisodiyot fakulteti', 2, '2026-10', 1],
      [ru('orders.type.academicLeave'), ru('orders.leaveReason.13'), 'Iqtisodiyot fakulteti', 1, '2026-11', 1],
      ['Итого', null, null, null, null, 4],
    ]);
    expect(ru('orders.type.expulsion')).not.toBe(translate('uz-Latn', 'orders.type.expulsion'));
    expect(values(byMonth)).toEqual([
      ['Месяц', ru('orders.type.academicLeave'), ru('orders.type.expulsion'), ru('orders.type.transfer'), 'Итого'],
      ['2026-09', 0, 0, 1, 1],
      ['2026-10', 0, 2, 0, 2],
      ['2026-11', 1, 0, 0, 1],
      ['2026-12', 0, 0, 0, 0],
      ['Итого', 1, 2, 1, 4],
    ]);
    expect(bed.rows('select id from departments where name_uz_latn = ?', 'Tarix fakulteti')).toEqual([{ id: other }]);
  });
});

describe('statistics helpers', () => {
  it.each([
    ['2026-09-01', '2026-12-31', ['2026-09', '2026-10', '2026-11', '2026-12']],
    ['2026-11-15', '2027-02-01', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-05-31', '2026-05-01', []],
  ])('months from %s to %s', (from, to, expected) => {
    expect(monthsBetween(from, to)).toEqual(expected);
  });

  it.each([
    ['expulsion', '16', translate('en', 'orders.expelReason.16')],
    ['academicLeave', '12', translate('en', 'orders.leaveReason.12')],
    ['expulsion', '99', '99'],
    ['promotion', '', ''],
    ['transfer', 'ariza', 'ariza'],
  ])('%s reason %s reads %s', (type, code, expected) => {
    expect(reasonName('en', type, code)).toBe(expected);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../src-shared/contract';
import { DEFAULT_SCHOLARSHIP_RULES } from '../../../src-shared/domain/scholarships';
import { startBulkBed, type BulkBed } from '../orders/bulk-fixtures';

/**
 * The scholarship list and order through the channels, on the order fixture (one faculty; groups in courses
 * 1, 2 and 4; even-numbered people on a grant). The stipend asked for is the spring half of 2025–2026, so a
 * second-year is judged by semester 3 (code 13) of 2025 and a first-year by semester 1 (code 11, which the
 * fixture already has).
 */
let bed: BulkBed;
const spring = { educationYear: '2025', half: 2 } as const;
type Preview = ChannelOutput<'scholarships.preview'>;

beforeAll(async () => {
  bed = await startBulkBed();
  const { good, weak, onLeave } = bed.f.students;
  const [mat, fiz] = bed.f.academic.subjects;
  const result = (studentId: string, subject: typeof mat, grade: number | null) =>
    bed.exec(
      `insert into academic_records (id, student_id, subject_id, semester, education_year, credit, grade, rating_grade,
         marking_system, source, is_current, created_by, created_at)
       values (lower(hex(randomblob(16))), ?, ?, '13', '2025', ?, ?, '11', '13', 'manual', 1, 't', '2026-01-20')`,
      studentId,
      subject!.subjectId,
      subject!.credit,
      grade,
    );
  result(good.id, mat, 5);
  result(good.id, fiz, 5);
  result(weak.id, mat, 5);
  result(weak.id, fiz, null);
  result(onLeave.id, mat, 5);
  // The year's published tariff: a base stipend of 1 000 000 soʻm a month.
  bed.exec(
    `insert into tariff_tables (id, education_year, version, status, mode, monthly_stipend, created_by, created_at)
     values ('t1', '2025-2026', 1, 'published', 'sum', 1000000, 't', '2025-08-01')`,
  );
});
afterAll(() => bed.h.dispose());

const names = (list: { studentId: string }[]) => {
  const byId = new Map(Object.values(bed.f.students).map((s) => [s.id, s.name]));
  return list.map((s) => byId.get(s.studentId));
};
const reasonsOf = (p: Preview, studentId: string) =>
  p.excluded.find((s) => s.studentId === studentId)?.reasons.map((r) => [r.key.split('.').pop(), r.params ?? {}]);

describe('the scholarship list', () => {
  it('includes grant students without debts with their rate and amount, and says why the others get none', async () => {
    const p = await bed.h.ok('scholarships.preview', spring, bed.token);
    const { good, weak, unknown, onLeave, finalGood, expelled } = bed.f.students;
    expect(p.amountSource).toEqual({ kind: 'tariff', label: '2025-2026 v1', monthlyStipend: 1_000_000 });
    expect(p.included.map((s) => [names([s])[0], s.rate, s.amount, s.semester])).toEqual([
      ['Rahimov Jasur', '11', 1_000_000, '11'],
      ['Aliyev Bobur', '14', 1_200_000, '13'],
    ]);
    expect(p.included.find((s) => s.studentId === good.id)?.grades).toEqual([5, 5]);
    expect(reasonsOf(p, weak.id)).toEqual([
      ['notGrant', { paymentForm: '12' }],
      ['debts', { count: 1 }],
    ]);
    expect(reasonsOf(p, unknown.id)).toEqual([['noGrades', {}]]);
    expect(reasonsOf(p, onLeave.id)).toEqual([
      ['onLeave', {}],
      ['notGrant', { paymentForm: '12' }],
    ]);
    expect(reasonsOf(p, finalGood.id)).toEqual([['noGrades', {}]]);
    // Expelled students are not candidates at all.
    expect([...p.included, ...p.excluded].some((s) => s.studentId === expelled.id)).toBe(false);
    expect(p.totals).toMatchObject({ included: 2, excluded: 5, amount: 2_200_000 });
    expect(p.totals.byRate).toEqual([
      { rate: '11', count: 1, amount: 1_000_000 },
      { rate: '14', count: 1, amount: 1_200_000 },
    ]);
  });

  it('narrows to a course and exports the list, read back from the .xlsx', async () => {
    const course2 = await bed.h.ok('scholarships.preview', { ...spring, course: 2 }, bed.token);
    expect(names(course2.included)).toEqual(['Aliyev Bobur']);
    const file = await bed.h.ok('scholarships.export', { ...spring, course: 2, lang: 'en' }, bed.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Included', 'Excluded', 'Totals']);
    const included = book.getWorksheet('Included')!;
    expect(included.getRow(2).getCell(2).value).toBe('Aliyev Bobur');
    expect(included.getRow(2).getCell(8).value).toBe('Excellent grades (state grant)');
    expect(included.getRow(2).getCell(9).value).toBe(1_200_000);
    const excluded = book.getWorksheet('Excluded')!;
    const reasons = [2, 3, 4].map((r) => String(excluded.getRow(r).getCell(8).value));
    expect(reasons).toContain('Not a state-grant student (Tuition contract); Academic debts (1)');
    expect(reasons).toContain('On academic leave; Not a state-grant student (Tuition contract)');
    const totals = book.getWorksheet('Totals')!;
    const labels = totals.getColumn(1).values.slice(2).map(String);
    expect(labels).toContain('Academic debts');
  });

  it('follows the saved rules and refuses bad ones by field', async () => {
    const bad = await bed.h.call(
      'scholarships.saveRules',
      { rules: { ...DEFAULT_SCHOLARSHIP_RULES, minGrade: 4, excellentMinGrade: 3 } },
      bed.token,
    );
    expect(bad.ok ? null : bad.error.details).toEqual({
      issues: [{ path: 'excellentMinGrade', key: 'scholarships.error.excellentGrade' }],
    });
    await bed.h.ok(
      'scholarships.saveRules',
      { rules: { ...DEFAULT_SCHOLARSHIP_RULES, excellentEnabled: false } },
      bed.token,
    );
    const p = await bed.h.ok('scholarships.preview', { ...spring, course: 2 }, bed.token);
    expect(p.included.map((s) => [s.rate, s.amount])).toEqual([['11', 1_000_000]]);
    const reset = await bed.h.ok('scholarships.saveRules', { rules: null }, bed.token);
    expect(reset).toEqual({ rules: DEFAULT_SCHOLARSHIP_RULES, isDefault: true });
  });
});

describe('the scholarship order', () => {
  it('is drafted through the order workflow, updated by a re-run, refused once approved', async () => {
    const first = await bed.h.ok('scholarships.draftOrder', { ...spring, effectiveDate: null }, bed.token);
    expect(first).toMatchObject({ students: 2, updated: false });
    const order = await bed.h.ok('orders.get', { id: first.orderId }, bed.token);
    expect(order.type).toBe('scholarship');
    expect(order.status).toBe('draft');
    // No curriculum gives semester dates here: the spring half starts on 1 February.
    expect(order.lines.map((l) => [l.fullName, l.reason, l.note.replace(/\s/g, ' '), l.effectiveDate])).toEqual([
      ['Rahimov Jasur', '11', '1 000 000', '2026-02-01'],
      ['Aliyev Bobur', '14', '1 200 000', '2026-02-01'],
    ]);
    expect(order.lines.every((l) => l.problems.length === 0)).toBe(true);
    const item = order.text['uz-Latn'].paragraphs.flatMap((p) => p.items).map((i) => i.text.replace(/\s/g, ' '));
    expect(item).toContain(
      'Aliyev Bobur (davlat granti) — aʼlo baholar uchun oshirilgan stipendiya, oyiga 1 200 000 soʻm',
    );
    const ru = order.text.ru.paragraphs.flatMap((p) => p.items).map((i) => i.text.replace(/\s/g, ' '));
    expect(ru).toContain('Rahimov Jasur (государственный грант) — базовая стипендия, 1 000 000 сум в месяц');
    const decree = bed.rows(`select count(*) as n from orders where type = 'scholarship'`)[0]!.n;
    expect(decree).toBe(1);

    // A run over one course now sees those students in the other run's order.
    const course1 = await bed.h.ok('scholarships.preview', { ...spring, course: 1 }, bed.token);
    expect(course1.included).toEqual([]);
    expect(course1.excluded[0]!.reasons.map((r) => r.key)).toEqual(['scholarships.reason.inOtherOrder']);

    const again = await bed.h.ok('scholarships.draftOrder', { ...spring, effectiveDate: '2026-02-02' }, bed.token);
    expect(again).toEqual({ orderId: first.orderId, students: 2, updated: true });
    const preview = await bed.h.ok('scholarships.preview', spring, bed.token);
    expect(preview.order).toEqual({ id: first.orderId, status: 'draft', number: null });
    expect(bed.rows('select effective_date as d from order_lines where order_id = ?', first.orderId)).toEqual([
      { d: '2026-02-02' },
      { d: '2026-02-02' },
    ]);

    await bed.h.ok(
      'orders.approve',
      {
        id: first.orderId,
        number: '77-S',
        orderDate: '2026-01-30',
        signerName: 'B. Rektorov',
        signerPosition: 'Rektor',
      },
      bed.token,
    );
    const refused = await bed.h.call('scholarships.draftOrder', spring, bed.token);
    expect(refused.ok ? null : [refused.error.code, refused.error.key]).toEqual([
      'CONFLICT',
      'scholarships.error.orderApproved',
    ]);
  });

  it('refuses a list nobody is on, and an unknown faculty', async () => {
    const nobody = await bed.h.call('scholarships.draftOrder', { ...spring, course: 4 }, bed.token);
    expect(nobody.ok ? null : nobody.error.key).toBe('scholarships.error.nobody');
    const unknown = await bed.h.call(
      'scholarships.preview',
      { ...spring, departmentId: '01900000-0000-7000-8000-000000000000' },
      bed.token,
    );
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCurriculum, startBulkBed, type BulkBed } from './bulk-fixtures';

let bed: BulkBed;
beforeEach(async () => {
  bed = await startBulkBed();
});
afterEach(() => bed.h.dispose());

const plan = () => bed.h.ok('orders.graduationPlan', { departmentId: bed.f.facultyId }, bed.token);
const outcomes = (p: Awaited<ReturnType<typeof plan>>) =>
  p.students.map((s) => [s.fullName, s.outcome, s.key, s.orderNumber]);
const create = (token: string) =>
  bed.h.call(
    'orders.graduationCreate',
    { departmentId: bed.f.facultyId, effectiveDate: '2026-06-30', token },
    bed.token,
  );

describe('graduation dry run', () => {
  it('lists the final year only: a subject without a result blocks, debts block, earlier courses are not listed', async () => {
    // Both have MAT and FIZ only; the course work, history and the state exam are still missing.
    expect(outcomes(await plan())).toEqual([
      ['Ergashev Oʻktam', 'blocked', 'orders.bulk.blocked.missingResults', null],
      ['Toʻxtayeva Shahnoza', 'blocked', 'orders.bulk.blocked.debts', null],
    ]);
    completeCurriculum(bed, bed.f.students.finalGood.id);
    completeCurriculum(bed, bed.f.students.finalDebt.id);
    const p = await plan();
    expect(outcomes(p)).toEqual([
      ['Ergashev Oʻktam', 'graduate', null, null],
      ['Toʻxtayeva Shahnoza', 'blocked', 'orders.bulk.blocked.debts', null],
    ]);
    expect(p.students.map((s) => s.debts)).toEqual([0, 1]);
  });

  it('a failed state exam (outside the GPA sums) still blocks graduation', async () => {
    completeCurriculum(bed, bed.f.students.finalGood.id, { DAV: 2 });
    expect(outcomes(await plan())[0]).toEqual([
      'Ergashev Oʻktam',
      'blocked',
      'orders.bulk.blocked.missingResults',
      null,
    ]);
  });

  it('a final-year student on academic leave is blocked', async () => {
    completeCurriculum(bed, bed.f.students.finalGood.id);
    bed.exec("update students set status = '13' where id = ?", bed.f.students.finalGood.id);
    expect(outcomes(await plan())[0]).toEqual(['Ergashev Oʻktam', 'blocked', 'orders.bulk.blocked.onLeave', null]);
  });
});

describe('graduation orders and the graduate list', () => {
  it('drafts one graduation order; a second create adds nobody; the stale token is refused', async () => {
    completeCurriculum(bed, bed.f.students.finalGood.id);
    const p = await plan();
    const res = await create(p.token);
    expect(res.ok && res.data.graduating).toBe(1);
    expect(
      bed.rows(
        `select o.type, o.status, o.run_key as runKey, l.student_id as studentId, l.effective_date as effectiveDate
           from orders o join order_lines l on l.order_id = o.id`,
      ),
    ).toEqual([
      {
        type: 'graduation',
        status: 'draft',
        runKey: `graduation:${bed.f.facultyId}:all:2026`,
        studentId: bed.f.students.finalGood.id,
        effectiveDate: '2026-06-30',
      },
    ]);
    expect((await create(p.token)).ok).toBe(false);
    const again = await plan();
    expect(outcomes(again)[0]).toEqual(['Ergashev Oʻktam', 'already', null, null]);
    const second = await create(again.token);
    expect(second.ok && second.data).toEqual({ orderIds: [], graduating: 0 });
    expect(bed.rows('select count(*) as n from orders')).toEqual([{ n: 1 }]);
  });

  it('after the order is applied the graduate appears in the list with the order number and date', async () => {
    completeCurriculum(bed, bed.f.students.finalGood.id);
    const created = await create((await plan()).token);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    await bed.approveAndApply(created.data.orderIds[0]!, '77-B', '2026-06-28');
    expect(bed.rows('select status from students where id = ?', bed.f.students.finalGood.id)).toEqual([
      { status: '14' },
    ]);
    // Graduated students leave the run; the one with debts is still there.
    expect(outcomes(await plan())).toEqual([['Toʻxtayeva Shahnoza', 'blocked', 'orders.bulk.blocked.debts', null]]);

    const list = await bed.h.ok('orders.graduates', {}, bed.token);
    expect(list.total).toBe(1);
    expect(list.items).toEqual([
      {
        studentId: bed.f.students.finalGood.id,
        fullName: 'Ergashev Oʻktam',
        studentIdNumber: bed.f.students.finalGood.idNumber,
        departmentName: 'Iqtisodiyot fakulteti',
        specialtyName: 'Iqtisodiyot',
        groupName: 'IQT-22',
        educationForm: '11',
        paymentForm: '11',
        // All years: MAT 5 × 6, FIZ 4 × 4, course work 5 × 2, history 5 × 5 (the state exam is not counted) = 81 / 17.
        gpa: 4.8,
        orderNumber: '77-B',
        orderDate: '2026-06-28',
        graduatedOn: '2026-06-30',
      },
    ]);
    const find = async (filter: Record<string, unknown>) =>
      (await bed.h.ok('orders.graduates', filter, bed.token)).items.map((g) => g.fullName);
    expect(await find({ year: 2026 })).toEqual(['Ergashev Oʻktam']);
    expect(await find({ year: 2025 })).toEqual([]);
    expect(await find({ departmentId: bed.f.facultyId })).toEqual(['Ergashev Oʻktam']);
    expect(await find({ search: 'ergash' })).toEqual(['Ergashev Oʻktam']);
    expect(await find({ search: 'oktam ergashev' })).toEqual(['Ergashev Oʻktam']);
    expect(await find({ search: bed.f.students.finalGood.idNumber })).toEqual(['Ergashev Oʻktam']);
    expect(await find({ search: 'karimova' })).toEqual([]);
  });

  it('lists a graduate taken over without an order, and pages the list', async () => {
    for (const key of ['finalDebt', 'firstYear'] as const) {
      bed.exec("update students set status = '14' where id = ?", bed.f.students[key].id);
    }
    bed.exec(
      `insert into student_movements (id, student_id, kind, effective_date, created_by, created_at)
       values ('m1', ?, 'graduation', '2025-06-30', 'hemis', '2025-07-01T00:00:00Z')`,
      bed.f.students.finalDebt.id,
    );
    const all = await bed.h.ok('orders.graduates', {}, bed.token);
    expect(all.items.map((g) => [g.fullName, g.graduatedOn, g.orderNumber])).toEqual([
      ['Toʻxtayeva Shahnoza', '2025-06-30', null],
      ['Rahimov Jasur', '', null],
    ]);
    const page = await bed.h.ok('orders.graduates', { limit: 1, offset: 1 }, bed.token);
    expect([page.total, page.items.map((g) => g.fullName)]).toEqual([2, ['Rahimov Jasur']]);
  });
});

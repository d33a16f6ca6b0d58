import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBulkBed, type BulkBed } from './bulk-fixtures';

let bed: BulkBed;
beforeEach(async () => {
  bed = await startBulkBed();
});
afterEach(() => bed.h.dispose());

const plan = (course = 2, extra: Record<string, unknown> = {}) =>
  bed.h.ok('orders.promotionPlan', { departmentId: bed.f.facultyId, course, ...extra }, bed.token);
const outcomes = (p: Awaited<ReturnType<typeof plan>>) =>
  p.students.map((s) => [s.fullName, s.outcome, s.key, s.orderNumber]);
const create = (token: string, course = 2) =>
  bed.h.call(
    'orders.promotionCreate',
    { departmentId: bed.f.facultyId, course, effectiveDate: '2026-09-01', token },
    bed.token,
  );

describe('promotion dry run', () => {
  it('classifies everyone of the course: promoted, repeating, on leave, without results', async () => {
    const p = await plan();
    // The harness day is 2026-11-28 and no academic year is marked current: the run belongs to 2026-2027.
    expect(p.educationYear).toBe('2026');
    expect(outcomes(p)).toEqual([
      ['Aliyev Bobur', 'promote', null, null],
      ['Joʻrayev Sanjar', 'blocked', 'orders.bulk.blocked.noResults', null],
      ['Karimova Dilnoza', 'repeat', null, null],
      ['Qodirova Nodira', 'blocked', 'orders.bulk.blocked.onLeave', null],
    ]);
    const weak = p.students.find((s) => s.studentId === bed.f.students.weak.id)!;
    expect([weak.gpa, weak.debts, weak.groupName, weak.course]).toEqual([2, 2, 'IQT-24', 2]);
  });

  it('lists the final year as blocked (graduation instead) and leaves the expelled out', async () => {
    expect(outcomes(await plan(4))).toEqual([
      ['Ergashev Oʻktam', 'blocked', 'orders.bulk.blocked.finalYear', null],
      ['Toʻxtayeva Shahnoza', 'blocked', 'orders.bulk.blocked.finalYear', null],
    ]);
    expect(outcomes(await plan(1))).toEqual([['Rahimov Jasur', 'promote', null, null]]);
  });

  it('takes the academic year marked current, and filters by education form', async () => {
    bed.exec("insert into education_years (code, name, current) values ('2025', '2025-2026', 1)");
    const p = await plan();
    expect(p.educationYear).toBe('2025');
    expect((await plan(2, { educationForm: '13' })).students).toEqual([]);
    expect((await plan(2, { educationForm: '11' })).students).toHaveLength(4);
  });

  it('blocks a student in another open movement order', async () => {
    await bed.h.ok(
      'orders.saveDraft',
      {
        type: 'expulsion',
        lines: [{ studentId: bed.f.students.good.id, effectiveDate: '2026-12-01', reason: '11' }],
      },
      bed.token,
    );
    expect(outcomes(await plan())[0]).toEqual(['Aliyev Bobur', 'blocked', 'orders.bulk.blocked.openOrder', null]);
  });

  it('answers an unknown faculty with NOT_FOUND naming the field', async () => {
    const res = await bed.h.call(
      'orders.promotionPlan',
      { departmentId: '01900000-0000-7000-8000-000000000000', course: 2 },
      bed.token,
    );
    expect(res.ok ? null : [res.error.code, res.error.details?.issues]).toEqual([
      'NOT_FOUND',
      [{ path: 'departmentId', key: 'validation.orders.unknownFaculty' }],
    ]);
  });
});

describe('promotion orders from the plan', () => {
  it('refuses a stale plan and writes nothing', async () => {
    const p = await plan();
    // A grade comes in after the dry run: Sanjar now has results, the plan no longer holds.
    const [mat] = bed.f.academic.subjects;
    bed.exec(
      `insert into academic_records (id, student_id, subject_id, curriculum_subject_id, semester, education_year, credit,
         grade, rating_grade, marking_system, source, is_current, created_by, created_at)
       values ('late-grade', ?, ?, ?, ?, '2025', ?, 4, '11', '13', 'manual', 1, 'test', '2026-11-28T09:00:00Z')`,
      bed.f.students.unknown.id,
      mat!.subjectId,
      mat!.id,
      mat!.semester,
      mat!.credit,
    );
    const before = bed.auditCount();
    const res = await create(p.token);
    expect(res.ok ? null : [res.error.code, res.error.key]).toEqual(['CONFLICT', 'error.orders.bulkPlanChanged']);
    expect(bed.rows('select count(*) as n from orders')).toEqual([{ n: 0 }]);
    expect(bed.auditCount()).toBe(before);
  });

  it('drafts one promotion and one repeat-year order in one audited command; a second run adds nobody', async () => {
    const p = await plan();
    const before = bed.auditCount();
    const res = await create(p.token);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect([res.data.promoted, res.data.repeating, res.data.orderIds.length]).toEqual([1, 1, 2]);
    expect(bed.auditCount()).toBe(before + 1);
    const orders = bed.rows(
      `select o.id, o.type, o.status, o.run_key as runKey, o.department_id as departmentId,
              group_concat(l.student_id) as students, max(l.effective_date) as effectiveDate
         from orders o join order_lines l on l.order_id = o.id group by o.id order by o.type`,
    );
    const runKey = `promotion:${bed.f.facultyId}:all:2:2026`;
    const common = { status: 'draft', runKey, departmentId: bed.f.facultyId, effectiveDate: '2026-09-01' };
    expect(orders.map(({ id: _id, ...o }) => o)).toEqual([
      { type: 'promotion', students: bed.f.students.good.id, ...common },
      { type: 'repeatYear', students: bed.f.students.weak.id, ...common },
    ]);
    expect(new Set(res.data.orderIds)).toEqual(new Set(orders.map((o) => o.id)));

    // The plan now shows both as already in the run; its token is new, and a create with it adds nothing.
    const again = await plan();
    expect(outcomes(again).filter(([, outcome]) => outcome === 'already')).toEqual([
      ['Aliyev Bobur', 'already', null, null],
      ['Karimova Dilnoza', 'already', null, null],
    ]);
    expect(again.token).not.toBe(p.token);
    expect((await create(p.token)).ok).toBe(false);
    const second = await create(again.token);
    expect(second.ok && second.data).toEqual({ orderIds: [], promoted: 0, repeating: 0 });
    expect(bed.rows('select count(*) as n from orders')).toEqual([{ n: 2 }]);
    expect(bed.auditCount()).toBe(before + 1);

    // A run over all faculties of the same year does not take them again either.
    const all = await bed.h.ok('orders.promotionPlan', { course: 2 }, bed.token);
    expect(all.students.filter((s) => s.outcome === 'promote' || s.outcome === 'repeat')).toEqual([]);
  });

  it('after both orders are applied nobody is promoted twice and the repeaters are already done', async () => {
    const p = await plan();
    const created = await create(p.token);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const [promotionId, repeatId] = bed
      .rows("select id from orders order by case type when 'promotion' then 0 else 1 end")
      .map((r) => r.id as string);
    await bed.approveAndApply(promotionId!, '101-T');
    await bed.approveAndApply(repeatId!, '102-T');
    expect(
      bed.rows(
        'select id, course, status from students where id in (?, ?) order by last_name_lat',
        ...[bed.f.students.good.id, bed.f.students.weak.id],
      ),
    ).toEqual([
      { id: bed.f.students.good.id, course: 3, status: '11' },
      { id: bed.f.students.weak.id, course: 2, status: '11' },
    ]);

    const after = await plan();
    expect(outcomes(after)).toEqual([
      ['Joʻrayev Sanjar', 'blocked', 'orders.bulk.blocked.noResults', null],
      ['Karimova Dilnoza', 'already', null, '102-T'],
      ['Qodirova Nodira', 'blocked', 'orders.bulk.blocked.onLeave', null],
    ]);
    const second = await create(after.token);
    expect(second.ok && second.data).toEqual({ orderIds: [], promoted: 0, repeating: 0 });
    // Bobur is in course 3 now: that course's run of the same year knows he was promoted already.
    const third = await plan(3);
    expect(outcomes(third)).toEqual([['Aliyev Bobur', 'already', null, '101-T']]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderLineInput } from '../../../src-shared/contract/orders';
import type { OrderType } from '../../../src-shared/domain/orders';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture, type OrderFixtureStudent } from '../../../test/support/order-fixtures';
import { applied, approve, rows, student } from './lifecycle-test-support';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterEach(() => h.dispose());

const on = '2026-12-01';
type Case = [
  OrderType,
  OrderFixtureStudent,
  (f: OrderFixture) => Partial<OrderLineInput>,
  /** What changes in the students row (status, course, group key of the fixture, name). */
  { status?: string; course?: number; group?: 'a' | 'b' | 'c' | 'd'; name?: [string, string, string] },
];

describe('applying an order of each type changes exactly what the type says', () => {
  it.each<Case>([
    ['expulsion', 'good', () => ({ reason: '11' }), { status: '12' }],
    ['academicLeave', 'good', () => ({ reason: '15', leaveUntil: '2027-09-01' }), { status: '13' }],
    ['repeatYear', 'weak', () => ({}), {}],
    ['promotion', 'good', () => ({}), { course: 3 }],
    ['reinstatement', 'expelled', (f) => ({ newGroupId: f.groups.b.id }), { status: '11', group: 'b', course: 2 }],
    ['transfer', 'firstYear', (f) => ({ newGroupId: f.groups.b.id }), { group: 'b', course: 2 }],
    ['graduation', 'finalGood', () => ({}), { status: '14' }],
    ['scholarship', 'good', () => ({ note: 'Prezident stipendiyasi' }), {}],
    ['individualSchedule', 'weak', () => ({}), {}],
    ['graduationTopics', 'finalDebt', () => ({ note: 'Bozor iqtisodiyoti' }), {}],
    ['admission', 'expelled', (f) => ({ newGroupId: f.groups.a.id }), { status: '11', group: 'a', course: 2 }],
    ['groupChange', 'unknown', (f) => ({ newGroupId: f.groups.b.id }), { group: 'b' }],
    ['returnFromLeave', 'onLeave', () => ({}), { status: '11' }],
    [
      'nameChange',
      'weak',
      () => ({ newName: 'Karimova Dilnoza Anvar qizi' }),
      { name: ['Karimova', 'Dilnoza', 'Anvar qizi'] },
    ],
  ])('%s', async (type, who, line, change) => {
    const s = f.students[who];
    const untouched = f.students.finalGood.id === s.id ? f.students.good : f.students.finalGood;
    const beforeRow = student(h, s.id);
    const otherBefore = student(h, untouched.id);
    const order = await applied(h, type, [{ studentId: s.id, effectiveDate: on, ...line(f) }]);
    expect(order.status).toBe('applied');
    expect(order.lines[0]!.problems).toEqual([]);

    const group = change.group ? f.groups[change.group] : undefined;
    const expected = {
      ...beforeRow,
      ...(change.status ? { status: change.status } : {}),
      ...(group ? { groupId: group.id, course: group.course } : {}),
      ...(change.course !== undefined ? { course: change.course } : {}),
      ...(change.name
        ? { lastNameLat: change.name[0], firstNameLat: change.name[1], patronymicLat: change.name[2] }
        : {}),
    };
    expect(student(h, s.id)).toEqual(expected);
    expect(student(h, untouched.id)).toEqual(otherBefore);

    const snapshot = (r: Record<string, unknown>, groupName: string) => ({
      status: r.status,
      course: r.course,
      groupId: r.groupId,
      groupName,
      departmentId: r.departmentId,
      lastNameLat: r.lastNameLat,
      firstNameLat: r.firstNameLat,
      patronymicLat: r.patronymicLat,
    });
    const groupNameOf = (id: unknown) => Object.values(f.groups).find((g) => g.id === id)!.name;
    expect(order.lines[0]!.before).toEqual(snapshot(beforeRow, groupNameOf(beforeRow.groupId)));
    expect(order.lines[0]!.after).toEqual(snapshot(expected, groupNameOf(expected.groupId)));
    expect(
      rows(
        h,
        `select student_id, kind, from_group_id, to_group_id, effective_date, reason, order_id, created_by
           from student_movements`,
      ),
    ).toEqual([
      {
        student_id: s.id,
        kind: type,
        from_group_id: beforeRow.groupId,
        to_group_id: expected.groupId,
        effective_date: on,
        reason: (line(f) as { reason?: string }).reason ?? '',
        order_id: order.id,
        created_by: 'admin',
      },
    ]);
    const [movement] = rows(h, 'select before, after from student_movements');
    expect(JSON.parse(movement!.after as string)).toEqual(order.lines[0]!.after);
    expect(rows(h, 'select applied_by, applied_at from orders where id = ?', order.id)).toEqual([
      { applied_by: 'admin', applied_at: '2026-11-28T09:00:00.000Z' },
    ]);
  });

  it('a group moves up once all its studying students are promoted, and back down when that is revoked', async () => {
    const courseOf = (g: 'a' | 'd') => rows(h, 'select course from groups where id = ?', f.groups[g].id)[0]!.course;
    // Group a still has studying students in course 2 besides the promoted one: it stays in course 2.
    await applied(h, 'promotion', [{ studentId: f.students.good.id, effectiveDate: on }]);
    expect(courseOf('a')).toBe(2);
    // Group d's only studying student is promoted (the expelled one does not count): the group follows.
    const promotion = await applied(h, 'promotion', [{ studentId: f.students.firstYear.id, effectiveDate: on }]);
    expect(courseOf('d')).toBe(2);
    const revocation = await h.ok(
      'orders.reverse',
      { id: promotion.id, studentIds: [f.students.firstYear.id], effectiveDate: on },
      h.adminToken,
    );
    await approve(h, revocation.id);
    await h.ok('orders.apply', { id: revocation.id }, h.adminToken);
    expect(student(h, f.students.firstYear.id).course).toBe(1);
    expect(courseOf('d')).toBe(1);
  });

  it('a name change refreshes the search index: the student is found by the new name, not the old', async () => {
    const s = f.students.weak;
    await applied(h, 'nameChange', [{ studentId: s.id, effectiveDate: on, newName: 'Ahmedova Dilnoza Anvar qizi' }]);
    const found = await h.ok('students.search', { query: 'Ahmedova' }, h.adminToken);
    expect(found.items.map((i) => i.id)).toEqual([s.id]);
    const old = await h.ok('students.search', { query: 'Karimova' }, h.adminToken);
    expect(old.items.map((i) => i.id)).not.toContain(s.id);
  });

  it('a group change brings the placement columns of the new group (faculty, specialty, form, language)', async () => {
    const other = seedOrders(h.backend.services.store.writer, { tag: 1 });
    const s = f.students.good;
    await applied(h, 'groupChange', [{ studentId: s.id, effectiveDate: on, newGroupId: other.groups.b.id }]);
    expect(student(h, s.id)).toMatchObject({
      groupId: other.groups.b.id,
      departmentId: other.facultyId,
      specialtyId: other.specialtyId,
      course: 2,
    });
  });

  it('one order applies to every student it names in one audit entry', async () => {
    const { good, weak } = f.students;
    const before = rows(h, 'select count(*) as n from audit_log')[0]!.n as number;
    const lines = [good, weak].map((s) => ({
      studentId: s.id,
      effectiveDate: on,
      reason: '12',
      leaveUntil: '2027-09-01',
    }));
    const order = await applied(h, 'academicLeave', lines);
    expect([student(h, good.id).status, student(h, weak.id).status]).toEqual(['13', '13']);
    expect(rows(h, 'select count(*) as n from audit_log')[0]!.n).toBe(before + 3); // draft, approve, apply
    const entry = rows(h, 'select command, changes from audit_log order by seq desc limit 1')[0]!;
    expect(entry.command).toBe('orders.apply');
    const tables = (JSON.parse(entry.changes as string) as { table: string; id: string }[]).map((c) => c.table);
    expect(tables.filter((t) => t === 'students')).toHaveLength(2);
    expect(tables.filter((t) => t === 'student_movements')).toHaveLength(2);
    expect(tables.at(-1)).toBe('orders');
    expect(order.lines.map((l) => l.after?.status)).toEqual(['13', '13']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { applied, approve, draft, failure, rows, student } from './lifecycle-test-support';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterEach(() => h.dispose());

const leaveLine = (studentId: string) => ({
  studentId,
  effectiveDate: '2026-12-01',
  reason: '12',
  leaveUntil: '2027-09-01',
});

describe('revocation (buyruqni bekor qilish)', () => {
  it('restores one student of an academic-leave order and not the other', async () => {
    const { good, weak } = f.students;
    const leave = await applied(h, 'academicLeave', [leaveLine(good.id), leaveLine(weak.id)], '10-T');
    const reversal = await h.ok(
      'orders.reverse',
      { id: leave.id, studentIds: [good.id], effectiveDate: '2026-12-05' },
      h.adminToken,
    );
    expect(reversal).toMatchObject({
      type: 'revocation',
      status: 'draft',
      reverses: { id: leave.id, number: '10-T', type: 'academicLeave' },
    });
    expect(reversal.lines.map((l) => [l.studentId, l.effectiveDate, l.problems])).toEqual([
      [good.id, '2026-12-05', []],
    ]);
    await approve(h, reversal.id);
    const done = await h.ok('orders.apply', { id: reversal.id }, h.adminToken);
    expect(student(h, good.id)).toMatchObject({ status: '11', course: 2, groupId: f.groups.a.id });
    expect(student(h, weak.id).status).toBe('13');
    expect(done.lines[0]!.before?.status).toBe('13');
    expect(done.lines[0]!.after?.status).toBe('11');
    expect((await h.ok('orders.get', { id: leave.id }, h.adminToken)).reversedBy).toEqual([
      { id: reversal.id, number: done.number, status: 'applied' },
    ]);
    expect(rows(h, 'select kind from student_movements where student_id = ? order by rowid', good.id)).toEqual([
      { kind: 'academicLeave' },
      { kind: 'revocation' },
    ]);
  });

  it('is blocked for a student whose state changed since the revoked order', async () => {
    const { good, weak } = f.students;
    const leave = await applied(h, 'academicLeave', [leaveLine(good.id), leaveLine(weak.id)]);
    await applied(h, 'expulsion', [{ studentId: weak.id, effectiveDate: '2026-12-03', reason: '11' }]);
    const reversal = await h.ok(
      'orders.reverse',
      { id: leave.id, studentIds: [good.id, weak.id], effectiveDate: '2026-12-05' },
      h.adminToken,
    );
    expect(reversal.lines.map((l) => l.problems.map((p) => p.key))).toEqual([[], ['orders.problem.changedSince']]);
    const error = await failure(
      h.call(
        'orders.approve',
        { id: reversal.id, number: '9', orderDate: '2026-12-05', signerName: 'R', signerPosition: 'Rektor' },
        h.adminToken,
      ),
    );
    expect(error.details?.issues).toEqual([
      { path: 'lines.1', key: 'orders.error.studentBlocked', params: { name: 'Karimova Dilnoza' } },
    ]);
  });

  it('restores group, course and name, and accepts only students and orders it can revoke', async () => {
    const { good, weak, finalGood } = f.students;
    const move = await applied(h, 'groupChange', [
      { studentId: good.id, effectiveDate: '2026-12-01', newGroupId: f.groups.c.id },
    ]);
    expect(student(h, good.id)).toMatchObject({ groupId: f.groups.c.id, course: 4 });
    const rename = await applied(h, 'nameChange', [
      { studentId: weak.id, effectiveDate: '2026-12-01', newName: 'Ahmedova Dilnoza' },
    ]);
    for (const order of [move, rename]) {
      const r = await h.ok(
        'orders.reverse',
        { id: order.id, studentIds: [order.lines[0]!.studentId], effectiveDate: '2026-12-10' },
        h.adminToken,
      );
      await approve(h, r.id);
      await h.ok('orders.apply', { id: r.id }, h.adminToken);
    }
    expect(student(h, good.id)).toMatchObject({ groupId: f.groups.a.id, course: 2, status: '11' });
    expect(student(h, weak.id)).toMatchObject({ lastNameLat: 'Karimova', firstNameLat: 'Dilnoza', patronymicLat: '' });

    const outsider = await failure(
      h.call(
        'orders.reverse',
        { id: move.id, studentIds: [good.id, finalGood.id], effectiveDate: '2026-12-10' },
        h.adminToken,
      ),
    );
    expect(outsider).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'studentIds.1', key: 'orders.error.notInOrder' }] },
    });
    const open = await draft(h, 'promotion', [{ studentId: finalGood.id, effectiveDate: '2026-09-01' }]);
    const notApplied = await failure(
      h.call('orders.reverse', { id: open.id, studentIds: [finalGood.id], effectiveDate: '2026-12-10' }, h.adminToken),
    );
    expect(notApplied).toMatchObject({ code: 'CONFLICT', key: 'orders.error.reverseNotApplied' });
    const bare = await failure(
      h.call(
        'orders.saveDraft',
        { type: 'revocation', lines: [{ studentId: good.id, effectiveDate: '2026-12-10' }] },
        h.adminToken,
      ),
    );
    expect(bare.details?.issues).toEqual([{ path: 'reversesOrderId', key: 'orders.error.revocationNeedsOrder' }]);
  });
});

describe('history', () => {
  it('lists a student’s movements oldest first with the orders behind them, and the state as of a date', async () => {
    const { good, finalGood } = f.students;
    const leave = await applied(h, 'academicLeave', [leaveLine(good.id)], '21-T');
    h.clock.advance(60_000);
    const back = await applied(h, 'returnFromLeave', [{ studentId: good.id, effectiveDate: '2027-09-01' }], '7-T');
    const { items } = await h.ok('orders.movements', { studentId: good.id }, h.adminToken);
    expect(
      items.map((m) => [m.kind, m.effectiveDate, m.orderNumber, m.orderType, m.before.status, m.after.status]),
    ).toEqual([
      ['academicLeave', '2026-12-01', '21-T', 'academicLeave', '11', '13'],
      ['returnFromLeave', '2027-09-01', '7-T', 'returnFromLeave', '13', '11'],
    ]);
    expect(items[0]!.reason).toBe('12');
    expect(items[0]!.after.groupName).toBe('IQT-24');

    const asOf = async (date: string) => {
      const s = await h.ok('orders.stateAsOf', { studentId: good.id, date }, h.adminToken);
      return [s.status, s.groupName, s.orderNumber];
    };
    expect(await asOf('2026-11-30')).toEqual(['11', 'IQT-24', null]);
    expect(await asOf('2026-12-01')).toEqual(['13', 'IQT-24', '21-T']);
    expect(await asOf('2027-08-31')).toEqual(['13', 'IQT-24', '21-T']);
    expect(await asOf('2027-09-01')).toEqual(['11', 'IQT-24', '7-T']);
    expect((await h.ok('orders.stateAsOf', { studentId: good.id, date: '2027-09-01' }, h.adminToken)).orderId).toBe(
      back.id,
    );
    expect(leave.id).not.toBe(back.id);
    // No movements: the record as it is.
    expect(await h.ok('orders.stateAsOf', { studentId: finalGood.id, date: '2020-01-01' }, h.adminToken)).toMatchObject(
      {
        status: '11',
        course: 4,
        groupId: f.groups.c.id,
        groupName: 'IQT-22',
        orderId: null,
      },
    );
    const missing = await failure(
      h.call('orders.movements', { studentId: '01900000-0000-7000-8000-000000000009' }, h.adminToken),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('two movements on one date: the one written later is the state of that date', async () => {
    const { good } = f.students;
    await applied(h, 'academicLeave', [leaveLine(good.id)], '1-A');
    h.clock.advance(60_000);
    await applied(h, 'returnFromLeave', [{ studentId: good.id, effectiveDate: '2026-12-01' }], '2-A');
    const at = async (date: string) => {
      const s = await h.ok('orders.stateAsOf', { studentId: good.id, date }, h.adminToken);
      return [s.status, s.orderNumber];
    };
    expect(await at('2026-11-30')).toEqual(['11', null]);
    expect(await at('2026-12-01')).toEqual(['11', '2-A']);
  });
  it('shows a group move made in the structure screens, without an order, in the same history', async () => {
    const { unknown } = f.students;
    await h.ok(
      'structure.moveStudents',
      { studentIds: [unknown.id], groupId: f.groups.b.id, effectiveDate: '2026-10-01', reason: 'Dekan bildirgisi' },
      h.adminToken,
    );
    const { items } = await h.ok('orders.movements', { studentId: unknown.id }, h.adminToken);
    expect(items.map((m) => [m.kind, m.orderId, m.orderType, m.before.groupName, m.after.groupName])).toEqual([
      ['group_change', null, null, 'IQT-24', 'IQT-24B'],
    ]);
    const then = await h.ok('orders.stateAsOf', { studentId: unknown.id, date: '2026-09-30' }, h.adminToken);
    expect(then).toMatchObject({ status: '11', groupId: f.groups.a.id, orderId: null });
  });
});

describe('the order list', () => {
  it('filters by status, type, year and a number or a student’s name or ID', async () => {
    const { good, weak, finalGood } = f.students;
    const leave = await applied(h, 'academicLeave', [leaveLine(good.id)], '31-T');
    const grad = await draft(h, 'graduation', [{ studentId: finalGood.id, effectiveDate: '2027-06-30' }]);
    const promo = await draft(h, 'promotion', [{ studentId: weak.id, effectiveDate: '2027-09-01' }]);
    const ids = async (filter: Record<string, unknown>) =>
      (await h.ok('orders.list', filter, h.adminToken)).items.map((o) => o.id).sort();
    expect(await ids({})).toEqual([leave.id, grad.id, promo.id].sort());
    expect(await ids({ status: 'draft' })).toEqual([grad.id, promo.id].sort());
    expect(await ids({ type: 'academicLeave' })).toEqual([leave.id]);
    expect(await ids({ search: '31-T' })).toEqual([leave.id]);
    expect(await ids({ search: 'ergashev' })).toEqual([grad.id]);
    expect(await ids({ search: "Ergashev O'ktam" })).toEqual([grad.id]);
    expect(await ids({ search: weak.idNumber })).toEqual([promo.id]);
    expect(await ids({ year: 2026 })).toHaveLength(3);
    expect(await ids({ year: 2025 })).toEqual([]);
    const page = await h.ok('orders.list', { limit: 1, offset: 1 }, h.adminToken);
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
    const summary = (await h.ok('orders.list', { status: 'draft', type: 'promotion' }, h.adminToken)).items[0]!;
    expect(summary).toMatchObject({
      studentCount: 1,
      blockedCount: 1,
      number: null,
      createdByName: 'Bosh Administrator',
    });
  });
});

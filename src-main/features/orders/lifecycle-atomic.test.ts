import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { applied, approve, draft, dump, failure, rows, student } from './lifecycle-test-support';

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

describe('a failing application leaves the database unchanged', () => {
  it('refuses when a student was expelled by another order between approval and application, naming them', async () => {
    const { good, weak } = f.students;
    const leave = await draft(h, 'academicLeave', [leaveLine(good.id), leaveLine(weak.id)]);
    await approve(h, leave.id);
    // Another order expels Karimova: the open leave order is a problem a head lets through.
    const expel = await draft(h, 'expulsion', [{ studentId: weak.id, effectiveDate: '2026-11-30', reason: '16' }]);
    expect(expel.lines[0]!.problems.map((p) => p.key)).toEqual(['orders.problem.openOrder']);
    await h.ok('orders.override', { id: expel.id, studentId: weak.id, reason: 'Rektor qarori bilan' }, h.adminToken);
    await approve(h, expel.id);
    await h.ok('orders.apply', { id: expel.id }, h.adminToken);
    expect(student(h, weak.id).status).toBe('12');

    const before = dump(h);
    const error = await failure(h.call('orders.apply', { id: leave.id }, h.adminToken));
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'orders.error.blocked', params: { count: 1 } });
    expect(error.details?.issues).toEqual([
      { path: 'lines.1', key: 'orders.error.studentBlocked', params: { name: 'Karimova Dilnoza' } },
    ]);
    expect(dump(h)).toBe(before);
    expect(student(h, good.id).status).toBe('11');
    const detail = await h.ok('orders.get', { id: leave.id }, h.adminToken);
    expect(detail.status).toBe('approved');
    expect(detail.blockedCount).toBe(1);
    expect(detail.lines[1]!.problems.map((p) => p.key)).toEqual(['orders.problem.status']);
  });

  it('rolls back every student when the second one fails inside the transaction', async () => {
    const { good, weak, unknown } = f.students;
    const order = await draft(h, 'academicLeave', [leaveLine(good.id), leaveLine(weak.id), leaveLine(unknown.id)]);
    await approve(h, order.id);
    // A fault in the middle of the application (disk, constraint, a bug): simulated by a trigger on the second student.
    h.backend.services.store.writer.exec(
      `create trigger fail_second before update on students when old.id = '${weak.id}'
       begin select raise(abort, 'injected failure'); end`,
    );
    const before = dump(h);
    const error = await failure(h.call('orders.apply', { id: order.id }, h.adminToken));
    expect(error.code).toBe('INTERNAL');
    expect(dump(h)).toBe(before);
    expect([good, weak, unknown].map((s) => student(h, s.id).status)).toEqual(['11', '11', '11']);
    expect(rows(h, 'select status from orders where id = ?', order.id)).toEqual([{ status: 'approved' }]);

    h.backend.services.store.writer.exec('drop trigger fail_second');
    await h.ok('orders.apply', { id: order.id }, h.adminToken);
    expect([good, weak, unknown].map((s) => student(h, s.id).status)).toEqual(['13', '13', '13']);
  });

  it('applying twice changes nothing the second time', async () => {
    const order = await applied(h, 'promotion', [{ studentId: f.students.good.id, effectiveDate: '2026-09-01' }]);
    const before = dump(h);
    const error = await failure(h.call('orders.apply', { id: order.id }, h.adminToken));
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'orders.error.alreadyApplied' });
    expect(dump(h)).toBe(before);
    expect(student(h, f.students.good.id).course).toBe(3);
  });

  it('refuses to apply a draft', async () => {
    const order = await draft(h, 'promotion', [{ studentId: f.students.good.id, effectiveDate: '2026-09-01' }]);
    const error = await failure(h.call('orders.apply', { id: order.id }, h.adminToken));
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'orders.error.notApproved' });
    expect(student(h, f.students.good.id).course).toBe(2);
  });
});

describe('an applied order is never edited', () => {
  it('the database refuses to change or delete the order and its lines, and the channels refuse too', async () => {
    const order = await applied(h, 'academicLeave', [leaveLine(f.students.good.id)]);
    const db = h.backend.services.store.writer;
    const [line] = rows(h, 'select id from order_lines where order_id = ?', order.id);
    expect(() => db.prepare("update orders set number = '99' where id = ?").run(order.id)).toThrow(/never edited/);
    expect(() => db.prepare('delete from orders where id = ?').run(order.id)).toThrow(/only a draft/);
    expect(() => db.prepare("update order_lines set reason = '11' where id = ?").run(line!.id)).toThrow(/never edited/);
    expect(() => db.prepare('delete from order_lines where id = ?').run(line!.id)).toThrow(/only a draft/);
    expect(() =>
      db
        .prepare(
          `insert into order_lines (id, order_id, student_id, position, effective_date) values ('x', ?, ?, 1, '2026-12-01')`,
        )
        .run(order.id, f.students.weak.id),
    ).toThrow(/draft order only/);

    const before = dump(h);
    const resave = await failure(
      h.call(
        'orders.saveDraft',
        { id: order.id, type: 'academicLeave', lines: [leaveLine(f.students.weak.id)] },
        h.adminToken,
      ),
    );
    expect(resave).toMatchObject({ code: 'CONFLICT', key: 'orders.error.notDraft' });
    const del = await failure(h.call('orders.deleteDraft', { id: order.id }, h.adminToken));
    expect(del).toMatchObject({ code: 'CONFLICT', key: 'orders.error.notDraft' });
    const approveAgain = await failure(
      h.call(
        'orders.approve',
        { id: order.id, number: '5', orderDate: '2026-11-28', signerName: 'X', signerPosition: 'Rektor' },
        h.adminToken,
      ),
    );
    expect(approveAgain).toMatchObject({ code: 'CONFLICT', key: 'orders.error.alreadyApplied' });
    const override = await failure(
      h.call('orders.override', { id: order.id, studentId: f.students.good.id, reason: 'Kechikdi' }, h.adminToken),
    );
    expect(override).toMatchObject({ code: 'CONFLICT', key: 'orders.error.alreadyApplied' });
    expect(dump(h)).toBe(before);
  });

  it('an approved order keeps its number, date and text', async () => {
    const order = await draft(h, 'academicLeave', [leaveLine(f.students.good.id)]);
    await approve(h, order.id, { number: '7-T' });
    const db = h.backend.services.store.writer;
    expect(() => db.prepare("update orders set number = '8-T' where id = ?").run(order.id)).toThrow(/keeps its number/);
    expect(() => db.prepare("update orders set approved_text = '{}' where id = ?").run(order.id)).toThrow(
      /keeps its number/,
    );
    expect(() => db.prepare("update orders set status = 'draft' where id = ?").run(order.id)).toThrow(
      /keeps its number/,
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { approve, draft, rows, student } from './lifecycle-test-support';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterEach(() => h.dispose());

/** A move on the groups screen (structure.moveStudents): the student changes group, a movement waits for its order. */
async function moveOnStructureScreen(studentId: string, groupId: string) {
  const input = { studentIds: [studentId], groupId, effectiveDate: '2026-12-01', reason: 'Ariza asosida' };
  const preview = await h.ok('structure.moveStudentsPreview', input, h.adminToken);
  await h.ok('structure.moveStudents', { ...input, token: preview.token }, h.adminToken);
}

describe('a group-change order formalises a move made on the structure screen', () => {
  it('takes the student already in the new group, names the group left in its text, and links the movement', async () => {
    const { unknown } = f.students;
    await moveOnStructureScreen(unknown.id, f.groups.b.id);
    expect(student(h, unknown.id).groupId).toBe(f.groups.b.id);

    const order = await draft(h, 'groupChange', [
      { studentId: unknown.id, effectiveDate: '2026-12-01', newGroupId: f.groups.b.id },
    ]);
    expect(order.lines[0]!.problems).toEqual([]);
    const paragraph = order.text['uz-Latn'].paragraphs[0]!.text;
    expect(paragraph).toContain(f.groups.a.name);
    expect(paragraph).toContain(f.groups.b.name);

    await approve(h, order.id);
    const done = await h.ok('orders.apply', { id: order.id }, h.adminToken);
    expect(done.lines[0]!.before).toMatchObject({ groupId: f.groups.a.id, groupName: f.groups.a.name });
    expect(done.lines[0]!.after).toMatchObject({ groupId: f.groups.b.id });
    // One movement, not two: the structure screen's, now with its order.
    expect(
      rows(h, 'select kind, order_id as orderId, from_group_id as fromId, to_group_id as toId from student_movements'),
    ).toEqual([{ kind: 'groupChange', orderId: order.id, fromId: f.groups.a.id, toId: f.groups.b.id }]);
    const history = await h.ok('orders.movements', { studentId: unknown.id }, h.adminToken);
    expect(history.items.map((m) => [m.orderNumber, m.orderType])).toEqual([[done.number, 'groupChange']]);
    const earlier = await h.ok('orders.stateAsOf', { studentId: unknown.id, date: '2026-11-30' }, h.adminToken);
    expect(earlier.groupId).toBe(f.groups.a.id);
  });

  it('still refuses a change to the group the student is in when no move is waiting', async () => {
    const { unknown } = f.students;
    const order = await draft(h, 'groupChange', [
      { studentId: unknown.id, effectiveDate: '2026-12-01', newGroupId: f.groups.a.id },
    ]);
    expect(order.lines[0]!.problems.map((p) => p.key)).toEqual(['orders.problem.group']);
  });
});

import { orderEffect } from '../../../src-shared/domain/orders';
import type { Writer } from '../../commands/writer';
import { studentMovements } from '../academic/schema';
import { groups, students } from '../registry/schema';
import { placementOf } from '../structure/groups';
import { reindexStudents, STUDENT_NAME_FIELDS, studentSearchText } from '../students/search-index';
import { blockedLines } from './approve';
import { blockedError, conflict, domainLine, newId, requireOrder, revokedLines, snapshotOf } from './lifecycle-common';
import { orderLines, orders } from './schema';
import { loadOrderStudents, type OrderStudent } from './state';

type StudentPatch = Partial<typeof students.$inferInsert>;

/** The students-row change for one effect: a new group brings its placement columns, a new name its search text. */
function patchFor(w: Writer, s: OrderStudent, effect: ReturnType<typeof orderEffect>): StudentPatch {
  const patch: StudentPatch = {};
  if (effect.groupId !== undefined && effect.groupId !== s.groupId) {
    if (effect.groupId === null) patch.groupId = null;
    else Object.assign(patch, placementOf(w, w.get(groups, effect.groupId)!));
  }
  // After the group's placement: a promotion or a revocation says the course itself.
  if (effect.course !== undefined) patch.course = effect.course;
  if (effect.status !== undefined) patch.status = effect.status;
  if (effect.name) {
    const row = w.get(students, s.id)!;
    const names = Object.fromEntries(STUDENT_NAME_FIELDS.map((f) => [f, row[f]]));
    // The new spelling exactly as the order gives it: the passport decides, not us.
    Object.assign(patch, effect.name);
    patch.searchText = studentSearchText({ ...names, ...effect.name });
  }
  return patch;
}

/**
 * A group moves up with its students: once every studying student of a group is in another course than the
 * group (a promotion, or a revocation of one), the group's course follows. A group where some still study in
 * the old course (repeaters not yet moved) keeps it until the office moves them.
 */
function alignGroupCourses(w: Writer, groupIds: readonly (string | null)[]): void {
  const courses = w.sqlite.prepare(
    `select min(course) as low, max(course) as high from students where group_id = ? and status = '11'`,
  );
  for (const groupId of groupIds) {
    if (!groupId) continue;
    const group = w.get(groups, groupId);
    const { low, high } = courses.get(groupId) as { low: number | null; high: number | null };
    if (group && low !== null && low === high && low !== group.course) w.update(groups, groupId, { course: low });
  }
}

/** The structure-screen move a group-change line formalises: the latest one without an order, into this group. */
function pendingMoveOf(w: Writer, s: OrderStudent, newGroupId: string | null) {
  if (!newGroupId || s.pendingMoveTo !== newGroupId || s.groupId !== newGroupId) return undefined;
  return w.sqlite
    .prepare(
      `select m.id, m.from_group_id as fromGroupId, g.name as fromGroupName
         from student_movements m left join groups g on g.id = m.from_group_id
        where m.student_id = ? and m.kind = 'group_change' and m.order_id is null and m.to_group_id = ?
        order by m.effective_date desc, m.created_at desc, m.rowid desc limit 1`,
    )
    .get(s.id, newGroupId) as { id: string; fromGroupId: string | null; fromGroupName: string | null } | undefined;
}

/**
 * Applies an approved order to every student it names, inside the caller's transaction (`ctx.command`): the
 * students' state is loaded again and every line checked again; if one fails, an error lists all that fail and
 * nothing is written. Otherwise each student's status, course, group (with placement) or name changes, the line
 * keeps before/after, a movement row is written, and the order becomes applied — all or nothing.
 */
export function applyOrder(w: Writer, login: string, id: string): void {
  const order = requireOrder(w.sqlite, id);
  if (order.status === 'applied') throw conflict('orders.error.alreadyApplied', 'The order has already been applied');
  if (order.status !== 'approved') throw conflict('orders.error.notApproved', 'Only an approved order can be applied');
  const { lines, checked, blocked } = blockedLines(w, order);
  if (blocked.length > 0) throw blockedError(blocked, 'The order cannot be applied to some students');
  const revokes = order.type === 'revocation' ? revokedLines(w.sqlite, order.reversesOrderId) : new Map();

  const renamed: string[] = [];
  lines.forEach((line, i) => {
    const student = checked[i]!.student!;
    const patch = patchFor(w, student, orderEffect(order.type, student, domainLine(line, revokes)));
    if (patch.searchText !== undefined) renamed.push(student.id);
    if (Object.keys(patch).length > 0) w.update(students, student.id, { ...patch, updatedAt: w.now });
  });
  reindexStudents(w.sqlite, renamed);
  alignGroupCourses(w, [...new Set(lines.map((_, i) => checked[i]!.student!.groupId))]);

  const now = loadOrderStudents(
    w.sqlite,
    lines.map((l) => l.studentId),
    order.id,
  );
  lines.forEach((line, i) => {
    const student = checked[i]!.student!;
    const formalised = order.type === 'groupChange' ? pendingMoveOf(w, student, line.newGroupId) : undefined;
    if (formalised) {
      // The move happened on the structure screen: the order formalises it, it does not move again.
      const before = { ...snapshotOf(student), groupId: formalised.fromGroupId, groupName: formalised.fromGroupName };
      const after = snapshotOf(now.get(line.studentId)!);
      w.update(orderLines, line.id, { before: JSON.stringify(before), after: JSON.stringify(after) });
      w.update(studentMovements, formalised.id, { kind: order.type, orderId: order.id });
      return;
    }
    const before = snapshotOf(student);
    const after = snapshotOf(now.get(line.studentId)!);
    // Written while the order is still approved: the database freezes the lines of an applied order.
    w.update(orderLines, line.id, { before: JSON.stringify(before), after: JSON.stringify(after) });
    w.insert(studentMovements, {
      id: newId(w),
      studentId: line.studentId,
      kind: order.type,
      fromGroupId: before.groupId,
      toGroupId: after.groupId,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
      effectiveDate: line.effectiveDate,
      reason: line.reason,
      orderId: order.id,
      createdBy: login,
      createdAt: w.now,
    });
  });
  w.update(orders, order.id, { status: 'applied', appliedBy: login, appliedAt: w.now, updatedAt: w.now });
}

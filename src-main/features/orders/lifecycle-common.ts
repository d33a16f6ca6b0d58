import {
  orderProblems,
  type OrderLine,
  type OrderType,
  type Problem,
  type StateSnapshot,
} from '../../../src-shared/domain/orders';
import type { OrderStudentState } from '../../../src-shared/contract/orders';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { loadOrderStudents, type OrderStudent } from './state';

/** An `orders` row as the lifecycle reads it. */
export interface OrderRow {
  id: string;
  type: OrderType;
  status: 'draft' | 'approved' | 'applied';
  departmentId: string | null;
  number: string | null;
  orderDate: string | null;
  orderYear: number | null;
  signerName: string;
  signerPosition: string;
  preambleUz: string;
  preambleRu: string;
  basisUz: string;
  basisRu: string;
  controlUz: string;
  controlRu: string;
  approvedText: string | null;
  reversesOrderId: string | null;
  runKey: string | null;
  createdBy: string;
  createdAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  appliedBy: string | null;
  appliedAt: string | null;
  updatedAt: string;
}

/** An `order_lines` row as the lifecycle reads it. */
export interface LineRow {
  id: string;
  orderId: string;
  studentId: string;
  position: number;
  effectiveDate: string;
  reason: string;
  newGroupId: string | null;
  leaveUntil: string | null;
  newName: string | null;
  note: string;
  overrideReason: string | null;
  overrideProblems: string | null;
  overrideBy: string | null;
  before: string | null;
  after: string | null;
}

const ORDER_COLUMNS = `id, type, status, department_id as departmentId, number, order_date as orderDate,
  order_year as orderYear, signer_name as signerName, signer_position as signerPosition, preamble_uz as preambleUz,
  preamble_ru as preambleRu, basis_uz as basisUz, basis_ru as basisRu, control_uz as controlUz,
  control_ru as controlRu, approved_text as approvedText, reverses_order_id as reversesOrderId, run_key as runKey,
  created_by as createdBy, created_at as createdAt, approved_by as approvedBy, approved_at as approvedAt,
  applied_by as appliedBy, applied_at as appliedAt, updated_at as updatedAt`;

const LINE_COLUMNS = `id, order_id as orderId, student_id as studentId, position, effective_date as effectiveDate, reason,
  new_group_id as newGroupId, leave_until as leaveUntil, new_name as newName, note, override_reason as overrideReason,
  override_problems as overrideProblems, override_by as overrideBy, before, after`;

export function findOrder(db: Sqlite, id: string): OrderRow | undefined {
  return db.prepare(`select ${ORDER_COLUMNS} from orders where id = ?`).get(id) as OrderRow | undefined;
}

export function requireOrder(db: Sqlite, id: string): OrderRow {
  const order = findOrder(db, id);
  if (!order) throw new AppError('NOT_FOUND', 'error.notFound', 'Order not found');
  return order;
}

export function orderLinesOf(db: Sqlite, orderId: string): LineRow[] {
  return db
    .prepare(`select ${LINE_COLUMNS} from order_lines where order_id = ? order by position, id`)
    .all(orderId) as LineRow[];
}

export function validationError(
  issues: FieldIssue[],
  what: string,
  key = 'error.validation',
  params?: AppError['params'],
) {
  return new AppError('VALIDATION', key, what, { details: { issues }, ...(params ? { params } : {}) });
}

export function conflict(key: string, what: string, params?: AppError['params']): AppError {
  return new AppError('CONFLICT', key, what, params ? { params } : {});
}

export const newId = (w: Writer): string => uuidv7(Date.parse(w.now));

/** The state kept in `order_lines.before/after` and `student_movements` (the contract's `studentStateSchema`). */
export function snapshotOf(s: OrderStudent): OrderStudentState {
  return {
    status: s.status,
    course: s.course,
    groupId: s.groupId,
    groupName: s.groupName,
    departmentId: s.departmentId,
    lastNameLat: s.lastNameLat,
    firstNameLat: s.firstNameLat,
    patronymicLat: s.patronymicLat,
  };
}

export function parseState(json: string | null): OrderStudentState | null {
  return json ? (JSON.parse(json) as OrderStudentState) : null;
}

/** What the checks need of a line: the stored row or the composer's input. */
export interface LineFields {
  studentId: string;
  effectiveDate: string;
  reason: string;
  newGroupId: string | null;
  leaveUntil: string | null;
  newName: string | null;
}

/** Each student's line in an applied order, for the revocation rules (`OrderLine.revokes`). */
export function revokedLines(
  db: Sqlite,
  revokedOrderId: string | null,
): Map<string, { before: StateSnapshot; after: StateSnapshot }> {
  const out = new Map<string, { before: StateSnapshot; after: StateSnapshot }>();
  if (!revokedOrderId) return out;
  const rows = db
    .prepare(
      `select l.student_id as studentId, l.before, l.after from order_lines l join orders o on o.id = l.order_id
        where o.id = ? and o.status = 'applied' and l.before is not null and l.after is not null`,
    )
    .all(revokedOrderId) as { studentId: string; before: string; after: string }[];
  for (const r of rows) {
    out.set(r.studentId, {
      before: JSON.parse(r.before) as StateSnapshot,
      after: JSON.parse(r.after) as StateSnapshot,
    });
  }
  return out;
}

export function domainLine(
  line: LineFields,
  revokes: Map<string, { before: StateSnapshot; after: StateSnapshot }>,
): OrderLine {
  return {
    effectiveDate: line.effectiveDate,
    ...(line.reason ? { reason: line.reason } : {}),
    ...(line.newGroupId ? { newGroupId: line.newGroupId } : {}),
    ...(line.leaveUntil ? { leaveUntil: line.leaveUntil } : {}),
    ...(line.newName ? { newName: line.newName } : {}),
    revokes: revokes.get(line.studentId) ?? null,
  };
}

export interface CheckedLine {
  student: OrderStudent | undefined;
  problems: Problem[];
}

/**
 * Each line's problems now (`orderProblems` over the students' current state). `orderId` is the order being
 * checked: its own lines do not count as "another open order". A student who no longer exists is a problem too.
 */
export function checkLines(
  db: Sqlite,
  type: OrderType,
  lines: readonly LineFields[],
  orderId: string | null,
  reversesOrderId: string | null,
): CheckedLine[] {
  const students = loadOrderStudents(
    db,
    lines.map((l) => l.studentId),
    orderId,
  );
  const revokes = type === 'revocation' ? revokedLines(db, reversesOrderId) : new Map();
  return lines.map((line) => {
    const student = students.get(line.studentId);
    if (!student) return { student, problems: [{ key: 'orders.error.unknownStudent' }] };
    return { student, problems: orderProblems(type, student, domainLine(line, revokes)) };
  });
}

const problemKey = (p: Problem): string =>
  `${p.key}|${JSON.stringify(
    Object.entries(p.params ?? {})
      .map(([k, v]) => [k, String(v)])
      .sort(),
  )}`;

/**
 * A line passes when it has no problems, or when a head's override lists every one of them. The override
 * covers exactly what it listed: a problem that appears later blocks the line again.
 */
export function isBlocked(problems: readonly Problem[], overrideProblems: string | null): boolean {
  if (problems.length === 0) return false;
  if (!overrideProblems) return true;
  const covered = new Set((JSON.parse(overrideProblems) as Problem[]).map(problemKey));
  return problems.some((p) => !covered.has(problemKey(p)));
}

/** The error that lists every student an approval or application cannot go through for. */
export function blockedError(blocked: { index: number; name: string }[], what: string): AppError {
  return validationError(
    blocked.map((b) => ({ path: `lines.${b.index}`, key: 'orders.error.studentBlocked', params: { name: b.name } })),
    what,
    'orders.error.blocked',
    { count: blocked.length },
  );
}

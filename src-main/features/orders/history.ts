import type { ChannelOutput } from '../../../src-shared/contract';
import type { Movement, OrderStudentState } from '../../../src-shared/contract/orders';
import { ORDER_TYPES, type OrderType } from '../../../src-shared/domain/orders';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';

interface MovementRow {
  id: string;
  kind: string;
  effectiveDate: string;
  reason: string;
  before: string;
  after: string;
  createdAt: string;
  orderId: string | null;
  orderNumber: string | null;
  orderDate: string | null;
  orderType: string | null;
}

interface CurrentRow {
  status: string;
  course: number | null;
  groupId: string | null;
  departmentId: string | null;
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
}

const STATE_KEYS = [
  'status',
  'course',
  'groupId',
  'groupName',
  'departmentId',
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
] as const;

function currentRow(db: Sqlite, studentId: string): CurrentRow {
  const row = db
    .prepare(
      `select status, course, group_id as groupId, department_id as departmentId, last_name_lat as lastNameLat,
              first_name_lat as firstNameLat, patronymic_lat as patronymicLat from students where id = ?`,
    )
    .get(studentId) as CurrentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found');
  return row;
}

/** Movements oldest first: by effective date, then as they were written. */
function movementRows(db: Sqlite, studentId: string): MovementRow[] {
  return db
    .prepare(
      `select m.id, m.kind, m.effective_date as effectiveDate, m.reason, m.before, m.after, m.created_at as createdAt,
              m.order_id as orderId, o.number as orderNumber, o.order_date as orderDate, o.type as orderType
         from student_movements m left join orders o on o.id = m.order_id
        where m.student_id = ? order by m.effective_date, m.created_at, m.rowid`,
    )
    .all(studentId) as MovementRow[];
}

const groupName = (db: Sqlite, id: string | null | undefined): string | null =>
  id
    ? ((db.prepare('select name from groups where id = ?').get(id) as { name: string } | undefined)?.name ?? null)
    : null;

/**
 * The state fields a movement kept. Movements made in the structure screens keep only placement columns;
 * their group name is looked up (an order's snapshot keeps the name the group had then).
 */
function stateOf(db: Sqlite, json: string): Partial<OrderStudentState> {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const out = Object.fromEntries(STATE_KEYS.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
  if (out.groupId !== undefined && out.groupName === undefined) out.groupName = groupName(db, out.groupId as string);
  return out as Partial<OrderStudentState>;
}

const asOrderType = (t: string | null): OrderType | null =>
  t && (ORDER_TYPES as readonly string[]).includes(t) ? (t as OrderType) : null;

export function movementsOf(db: Sqlite, studentId: string): { items: Movement[] } {
  currentRow(db, studentId);
  return {
    items: movementRows(db, studentId).map((m) => ({
      id: m.id,
      kind: m.kind,
      effectiveDate: m.effectiveDate,
      reason: m.reason,
      orderId: m.orderId,
      orderNumber: m.orderNumber,
      orderDate: m.orderDate,
      orderType: asOrderType(m.orderType),
      before: stateOf(db, m.before),
      after: stateOf(db, m.after),
      createdAt: m.createdAt,
    })),
  };
}

/**
 * Status, course and group on a date: what the last movement in effect by then left (ties: the later written),
 * else what the first later movement found, else the record as it is. Fields a movement did not keep come
 * from the record.
 */
export function stateAsOf(db: Sqlite, studentId: string, date: string): ChannelOutput<'orders.stateAsOf'> {
  const current = currentRow(db, studentId);
  const rows = movementRows(db, studentId);
  const inEffect = rows.filter((m) => m.effectiveDate <= date).at(-1);
  const later = rows.find((m) => m.effectiveDate > date);
  const kept = inEffect ? stateOf(db, inEffect.after) : later ? stateOf(db, later.before) : {};
  const state = { ...current, groupName: groupName(db, current.groupId), ...kept };
  return {
    status: state.status,
    course: state.course ?? null,
    groupId: state.groupId ?? null,
    groupName: state.groupName ?? null,
    departmentId: state.departmentId ?? null,
    lastNameLat: state.lastNameLat,
    firstNameLat: state.firstNameLat,
    patronymicLat: state.patronymicLat,
    orderId: inEffect?.orderId ?? null,
    orderNumber: inEffect?.orderNumber ?? null,
    orderDate: inEffect?.orderDate ?? null,
  };
}

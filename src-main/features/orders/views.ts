import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { OrderDetail, OrderLineView, OrderSummary, OrderTexts } from '../../../src-shared/contract/orders';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import type { Problem } from '../../../src-shared/domain/orders';
import type { Sqlite } from '../../db/connection';
import {
  checkLines,
  isBlocked,
  orderLinesOf,
  parseState,
  requireOrder,
  type LineRow,
  type OrderRow,
} from './lifecycle-common';
import { loadOrderStudents } from './state';
import { orderTextsFor } from './text';

const nameOfLogin = (db: Sqlite, login: string | null): string => {
  if (!login) return '';
  const row = db.prepare('select full_name as name from users where login = ?').get(login) as
    { name: string } | undefined;
  return row?.name ?? login;
};

const departmentName = (db: Sqlite, id: string | null): string | null =>
  id
    ? ((db.prepare('select name_uz_latn as name from departments where id = ?').get(id) as { name: string } | undefined)
        ?.name ?? null)
    : null;

/** Problems of each line now; applied orders are history and carry none. */
function lineProblems(db: Sqlite, order: OrderRow, lines: readonly LineRow[]): Problem[][] {
  if (order.status === 'applied') return lines.map(() => []);
  return checkLines(db, order.type, lines, order.id, order.reversesOrderId).map((c) => c.problems);
}

const blockedCountOf = (lines: readonly LineRow[], problems: readonly Problem[][]): number =>
  lines.filter((l, i) => isBlocked(problems[i] ?? [], l.overrideProblems)).length;

function summaryOf(db: Sqlite, order: OrderRow, studentCount: number, blockedCount: number): OrderSummary {
  return {
    id: order.id,
    type: order.type,
    status: order.status,
    number: order.number,
    orderDate: order.orderDate,
    departmentId: order.departmentId,
    departmentName: departmentName(db, order.departmentId),
    studentCount,
    blockedCount,
    reversesOrderId: order.reversesOrderId,
    createdAt: order.createdAt,
    createdByName: nameOfLogin(db, order.createdBy),
    appliedAt: order.appliedAt,
  };
}

function groupNames(db: Sqlite, ids: readonly (string | null)[]): Map<string, string> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    const part = unique.slice(i, i + 500);
    const rows = db
      .prepare(`select id, name from groups where id in (${part.map(() => '?').join(',')})`)
      .all(...part) as { id: string; name: string }[];
    for (const r of rows) out.set(r.id, r.name);
  }
  return out;
}

function textsOf(db: Sqlite, order: OrderRow): OrderTexts {
  // Once approved the text is what was signed: never generated again from data that may since have changed.
  return order.approvedText ? (JSON.parse(order.approvedText) as OrderTexts) : orderTextsFor(db, order.id);
}

/** The order as the screens show it: lines with their problems now, override, before/after, text, scan, links. */
export function orderDetail(db: Sqlite, id: string): OrderDetail {
  const order = requireOrder(db, id);
  const lines = orderLinesOf(db, id);
  const problems = lineProblems(db, order, lines);
  const students = loadOrderStudents(
    db,
    lines.map((l) => l.studentId),
    order.id,
  );
  const newGroups = groupNames(
    db,
    lines.map((l) => l.newGroupId),
  );
  const lineViews: OrderLineView[] = lines.map((l, i) => {
    const s = students.get(l.studentId);
    return {
      studentId: l.studentId,
      fullName: s?.fullName ?? '',
      studentIdNumber: s?.studentIdNumber ?? null,
      departmentName: s?.departmentName ?? null,
      groupName: s?.groupName ?? null,
      course: s?.course ?? null,
      status: s?.status ?? '',
      paymentForm: s?.paymentForm ?? null,
      effectiveDate: l.effectiveDate,
      reason: l.reason,
      newGroupId: l.newGroupId,
      newGroupName: l.newGroupId ? (newGroups.get(l.newGroupId) ?? null) : null,
      leaveUntil: l.leaveUntil,
      newName: l.newName,
      note: l.note,
      problems: problems[i] ?? [],
      override:
        l.overrideProblems && l.overrideReason
          ? {
              reason: l.overrideReason,
              by: nameOfLogin(db, l.overrideBy),
              problems: JSON.parse(l.overrideProblems) as Problem[],
            }
          : null,
      before: parseState(l.before),
      after: parseState(l.after),
    };
  });
  const scan = db
    .prepare(
      'select file_name as fileName, mime_type as mimeType, uploaded_at as uploadedAt from order_scans where id = ?',
    )
    .get(id) as OrderDetail['scan'] | undefined;
  const reverses = order.reversesOrderId
    ? ((db.prepare('select id, number, type from orders where id = ?').get(order.reversesOrderId) as
        OrderDetail['reverses'] | undefined) ?? null)
    : null;
  const reversedBy = db
    .prepare('select id, number, status from orders where reverses_order_id = ? order by created_at, id')
    .all(id) as OrderDetail['reversedBy'];
  return {
    ...summaryOf(db, order, lines.length, blockedCountOf(lines, problems)),
    signerName: order.signerName,
    signerPosition: order.signerPosition,
    preambleUz: order.preambleUz,
    preambleRu: order.preambleRu,
    basisUz: order.basisUz,
    basisRu: order.basisRu,
    controlUz: order.controlUz,
    controlRu: order.controlRu,
    lines: lineViews,
    text: textsOf(db, order),
    scan: scan ?? null,
    reverses,
    reversedBy,
    approvedAt: order.approvedAt,
  };
}

type ListInput = ChannelParsedInput<'orders.list'>;

/** Orders newest first, filtered by status, type, year (of the order date, or of drafting) and a search. */
export function listOrders(db: Sqlite, input: ListInput): { items: OrderSummary[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.status) {
    where.push('o.status = ?');
    params.push(input.status);
  }
  if (input.type) {
    where.push('o.type = ?');
    params.push(input.type);
  }
  if (input.year !== undefined) {
    where.push('coalesce(o.order_year, cast(substr(o.created_at, 1, 4) as integer)) = ?');
    params.push(input.year);
  }
  const search = input.search ? cleanText(input.search) : '';
  if (search) {
    // By the order's number, or by a student it names (ID number or any part of the Latin name).
    where.push(`(o.number = ? collate nocase or o.number like ? or exists (
      select 1 from order_lines l join students s on s.id = l.student_id
       where l.order_id = o.id and (s.student_id_number = ?
          or (s.last_name_lat || ' ' || s.first_name_lat || ' ' || s.patronymic_lat) like ?)))`);
    params.push(search, `${search}%`, search, `%${search}%`);
  }
  const filter = where.length > 0 ? `where ${where.join(' and ')}` : '';
  const total = (db.prepare(`select count(*) as n from orders o ${filter}`).get(...params) as { n: number }).n;
  const ids = db
    .prepare(`select o.id from orders o ${filter} order by o.created_at desc, o.id desc limit ? offset ?`)
    .all(...params, input.limit, input.offset) as { id: string }[];
  const items = ids.map(({ id }) => {
    const order = requireOrder(db, id);
    const lines = orderLinesOf(db, id);
    return summaryOf(db, order, lines.length, blockedCountOf(lines, lineProblems(db, order, lines)));
  });
  return { items, total };
}

import { eq } from 'drizzle-orm';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import { orderLines, orders } from '../orders/schema';
import { defaultClauseTexts } from '../orders/clauses';
import { orderTextsFor } from '../orders/text';
import { studentMovements } from '../academic/schema';
import { dayMs, isoDay } from './academic-plan';
import { pickWeighted, streamFor, type Rng } from './random';

/**
 * The orders behind the demo's expelled and on-leave students (~3 % each): every such student was
 * studying until an applied order of their faculty moved them, so the card's movement history, "status as
 * of a date", order excerpts and the movement statistics have something real to show. One order per
 * faculty, type and month over the ten months before the demo's day, numbered in date order per year.
 */

interface Moved {
  id: string;
  status: '12' | '13';
  gender: string | null;
  paymentForm: string | null;
  course: number | null;
  groupId: string | null;
  groupName: string | null;
  departmentId: string | null;
}

type Type = 'expulsion' | 'academicLeave';

/** h_expel_reason: own wish and non-payment dominate; the grave ones are rare. */
const EXPEL_REASONS: readonly (readonly [string, number])[] = [
  ['11', 35],
  ['12', 10],
  ['13', 5],
  ['14', 5],
  ['15', 15],
  ['16', 25],
  ['17', 1],
  ['18', 2],
  ['19', 1],
];
/** h_academic_reason (+ 15 care of a sick relative): health first; military service for men only. */
const LEAVE_REASONS_MEN: readonly (readonly [string, number])[] = [
  ['11', 40],
  ['12', 45],
  ['15', 15],
];
const LEAVE_REASONS_WOMEN: readonly (readonly [string, number])[] = [
  ['12', 35],
  ['13', 25],
  ['14', 30],
  ['15', 10],
];

const MONTHS = 10;
/** Salt of the demo's random streams for orders (the students' streams use others). */
const SALT = 0x0a0d;

function reasonOf(rng: Rng, s: Moved): string {
  if (s.status === '12') {
    const reason = pickWeighted(rng, EXPEL_REASONS);
    // A grant student cannot be expelled for not paying the contract.
    return reason === '16' && s.paymentForm !== '12' ? '11' : reason;
  }
  return pickWeighted(rng, s.gender === '11' ? LEAVE_REASONS_MEN : LEAVE_REASONS_WOMEN);
}

/** A weekday in the month `back` months before `today` (never after today). */
function orderDay(rng: Rng, today: string, back: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = Date.UTC(y, m - 1 - back, 1);
  const last = Math.min(Date.UTC(y, m - back, 0), dayMs(today));
  for (let i = 0; i < 10; i++) {
    const ms = first + Math.floor(rng() * ((last - first) / 86_400_000 + 1)) * 86_400_000;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return isoDay(ms);
  }
  return isoDay(first);
}

function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** Writes the demo's applied orders and movements; returns how many orders. Deterministic for a seed. */
export function writeDemoOrders(w: Writer, seed: number, today: string, login: string): number {
  const moved = w.sqlite
    .prepare(
      `select s.id, s.status, s.gender, s.payment_form as paymentForm, s.course, s.group_id as groupId,
              g.name as groupName, s.department_id as departmentId
         from students s left join groups g on g.id = s.group_id
        where s.status in ('12', '13') order by s.rowid`,
    )
    .all() as Moved[];
  const rector = (
    w.sqlite.prepare('select rector_name as name from institution limit 1').get() as { name: string } | undefined
  )?.name;
  // Students grouped into orders: faculty × type × month.
  const buckets = new Map<string, { type: Type; departmentId: string | null; back: number; lines: Moved[] }>();
  moved.forEach((s, i) => {
    const rng = streamFor(seed, i, SALT);
    const type: Type = s.status === '12' ? 'expulsion' : 'academicLeave';
    const back = Math.floor(rng() * MONTHS);
    const key = `${s.departmentId}|${type}|${back}`;
    const bucket = buckets.get(key) ?? { type, departmentId: s.departmentId, back, lines: [] };
    bucket.lines.push(s);
    buckets.set(key, bucket);
  });
  const planned = [...buckets.values()].map((b, i) => ({
    ...b,
    day: orderDay(streamFor(seed, i, SALT + 1), today, b.back),
  }));
  planned.sort((a, b) => a.day.localeCompare(b.day) || String(a.departmentId).localeCompare(String(b.departmentId)));
  const seqByYear = new Map<string, number>();
  const ms = Date.parse(w.now);
  planned.forEach((order, oi) => {
    const year = order.day.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const id = uuidv7(ms);
    w.db
      .insert(orders)
      .values({
        id,
        type: order.type,
        status: 'draft',
        departmentId: order.departmentId,
        ...defaultClauseTexts(w.sqlite, order.type),
        createdBy: login,
        createdAt: w.now,
        updatedAt: w.now,
      })
      .run();
    const lines: (typeof orderLines.$inferInsert)[] = [];
    const movements: (typeof studentMovements.$inferInsert)[] = [];
    order.lines.forEach((s, li) => {
      const rng = streamFor(seed, oi * 10_000 + li, SALT + 2);
      const reason = reasonOf(rng, s);
      const place = { course: s.course, groupId: s.groupId, groupName: s.groupName, departmentId: s.departmentId };
      const before = JSON.stringify({ status: '11', ...place });
      const after = JSON.stringify({ status: s.status, ...place });
      lines.push({
        id: uuidv7(ms),
        orderId: id,
        studentId: s.id,
        position: li + 1,
        effectiveDate: order.day,
        reason,
        leaveUntil: order.type === 'academicLeave' ? addYears(order.day, 1) : null,
        before,
        after,
      });
      movements.push({
        id: uuidv7(ms),
        studentId: s.id,
        kind: order.type,
        fromGroupId: s.groupId,
        toGroupId: s.groupId,
        before,
        after,
        effectiveDate: order.day,
        reason,
        orderId: id,
        createdBy: login,
        createdAt: w.now,
      });
    });
    w.bulkInsert(orderLines, lines);
    w.bulkInsert(studentMovements, movements);
    // Numbered and dated first so the frozen text shows them, then approved with that text, then applied
    // (the students already carry the result).
    const approval = {
      number: `${seq}-T`,
      orderDate: order.day,
      orderYear: Number(year),
      signerName: rector ?? '',
      signerPosition: 'Rektor',
    };
    w.db.update(orders).set(approval).where(eq(orders.id, id)).run();
    const approvedText = JSON.stringify(orderTextsFor(w.sqlite, id));
    w.db
      .update(orders)
      .set({ status: 'approved', approvedText, approvedBy: login, approvedAt: w.now })
      .where(eq(orders.id, id))
      .run();
    w.db.update(orders).set({ status: 'applied', appliedBy: login, appliedAt: w.now }).where(eq(orders.id, id)).run();
  });
  return planned.length;
}

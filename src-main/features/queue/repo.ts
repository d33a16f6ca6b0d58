import type { QueueNames, QueueService, QueueTicket, QueueWindow } from '../../../src-shared/contract/queue';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';

/** Reads of the queue tables shared by the commands (inside their transaction) and the queries. */

/** The queue's day is the Tashkent date: a ticket issued at 00:30 local time belongs to the new day. */
export function queueDay(at: Date | string): string {
  return tashkentMoment(typeof at === 'string' ? new Date(at) : at).date;
}

export function parseNames(json: string): QueueNames {
  try {
    const v = JSON.parse(json) as Partial<QueueNames>;
    return { 'uz-Latn': v['uz-Latn'] ?? '', 'uz-Cyrl': v['uz-Cyrl'] ?? '', ru: v.ru ?? '', en: v.en ?? '' };
  } catch {
    return { 'uz-Latn': json, 'uz-Cyrl': '', ru: '', en: '' };
  }
}

export function parseIds(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

type ServiceRow = Omit<QueueService, 'names' | 'active'> & { names: string; active: number };

export function listServices(db: Sqlite): QueueService[] {
  const rows = db
    .prepare(
      `select id, prefix, names, request_type_id as requestTypeId, active, sort_order as sortOrder
         from queue_services order by sort_order, prefix`,
    )
    .all() as ServiceRow[];
  return rows.map((r) => ({ ...r, names: parseNames(r.names), active: r.active === 1 }));
}

type WindowRow = Omit<QueueWindow, 'serviceIds' | 'active'> & { serviceIds: string; active: number };

/** Windows in the order people count them: "2" before "10". */
export function listWindows(db: Sqlite): QueueWindow[] {
  const rows = db
    .prepare(
      `select w.id, w.label, w.service_ids as serviceIds, w.operator_id as operatorId, u.full_name as operatorName,
              w.active
         from queue_windows w left join users u on u.id = w.operator_id
        order by length(w.label), w.label`,
    )
    .all() as WindowRow[];
  return rows.map((r) => ({ ...r, serviceIds: parseIds(r.serviceIds), active: r.active === 1 }));
}

export function windowById(db: Sqlite, id: string): QueueWindow {
  const found = listWindows(db).find((w) => w.id === id);
  if (!found) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Window not found', {
      details: { issues: [{ path: 'windowId', key: 'validation.queue.unknownWindow' }] },
    });
  }
  return found;
}

export const TICKET_COLUMNS = `t.id, t.day, t.service_id as serviceId, t.number, t.label, t.status, t.issued_at as issuedAt,
  t.called_at as calledAt, t.serving_at as servingAt, t.finished_at as finishedAt, t.window_id as windowId,
  w.label as windowLabel, t.recalls, t.student_id as studentId,
  case when st.id is null then null
       else trim(st.last_name_lat || ' ' || st.first_name_lat || ' ' || coalesce(st.patronymic_lat, '')) end as studentName,
  t.request_id as requestId`;
export const TICKET_FROM = `queue_tickets t left join queue_windows w on w.id = t.window_id
  left join students st on st.id = t.student_id`;

export function ticketById(db: Sqlite, id: string): QueueTicket {
  const row = db.prepare(`select ${TICKET_COLUMNS} from ${TICKET_FROM} where t.id = ?`).get(id) as
    QueueTicket | undefined;
  if (!row) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Ticket not found', {
      details: { issues: [{ path: 'id', key: 'validation.queue.unknownTicket' }] },
    });
  }
  return row;
}

/** A window's waiting tickets of the day, in the order it calls them: first come, first served across services. */
export function waitingFor(db: Sqlite, day: string, serviceIds: readonly string[], limit: number): QueueTicket[] {
  return db
    .prepare(
      `select ${TICKET_COLUMNS} from ${TICKET_FROM}
        where t.day = ? and t.status = 'waiting'
          and (? = 0 or t.service_id in (select value from json_each(?)))
        order by t.issued_at, t.rowid limit ?`,
    )
    .all(day, serviceIds.length, JSON.stringify(serviceIds), limit) as QueueTicket[];
}

export function waitingCounts(db: Sqlite, day: string): { serviceId: string; waiting: number }[] {
  return db
    .prepare(
      `select s.id as serviceId, count(t.id) as waiting
         from queue_services s left join queue_tickets t on t.service_id = s.id and t.day = ? and t.status = 'waiting'
        group by s.id order by s.sort_order, s.prefix`,
    )
    .all(day) as { serviceId: string; waiting: number }[];
}

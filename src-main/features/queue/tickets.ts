import type { ChannelParsedInput } from '../../../src-shared/contract';
import { ACTION_RESULT, mayApply, ticketLabel, type TicketAction } from '../../../src-shared/domain/queue';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { listServices, queueDay, ticketById, waitingFor, windowById } from './repo';
import { queueTickets } from './schema';

/**
 * The ticket's life, each step a command: issue → call (by a window) → serve → done, or no-show / cancel.
 * Every step reads the ticket inside its own IMMEDIATE transaction and refuses a status it cannot move from,
 * so a double click or a second window never applies a step twice.
 */

export function issueTicket(w: Writer, input: ChannelParsedInput<'queue.issue'>): { id: string; ahead: number } {
  const service = listServices(w.sqlite).find((s) => s.id === input.serviceId);
  if (!service) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Service not found', {
      details: { issues: [{ path: 'serviceId', key: 'validation.queue.unknownService' }] },
    });
  }
  if (!service.active) {
    throw new AppError('CONFLICT', 'queue.error.serviceClosed', 'The service takes no tickets now', {
      params: { prefix: service.prefix },
    });
  }
  if (input.studentId && !w.sqlite.prepare('select 1 from students where id = ?').get(input.studentId)) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found', {
      details: { issues: [{ path: 'studentId', key: 'validation.queue.unknownStudent' }] },
    });
  }
  const day = queueDay(w.now);
  const last = w.sqlite
    .prepare('select max(number) as n from queue_tickets where day = ? and service_id = ?')
    .get(day, service.id) as { n: number | null };
  const number = (last.n ?? 0) + 1;
  const { ahead } = w.sqlite
    .prepare(`select count(*) as ahead from queue_tickets where day = ? and service_id = ? and status = 'waiting'`)
    .get(day, service.id) as { ahead: number };
  const id = uuidv7(Date.parse(w.now));
  w.insert(queueTickets, {
    id,
    day,
    serviceId: service.id,
    number,
    label: ticketLabel(service.prefix, number),
    status: 'waiting',
    issuedAt: w.now,
    studentId: input.studentId,
  });
  return { id, ahead };
}

/** The window's ticket now (called or being served today), if any. */
export function currentAt(db: Sqlite, windowId: string, day: string): string | null {
  const row = db
    .prepare(
      `select id from queue_tickets where window_id = ? and day = ? and status in ('called', 'serving')
        order by called_at desc limit 1`,
    )
    .get(windowId, day) as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * The oldest waiting ticket among the window's services becomes the window's. The pick and the update happen
 * in the command's one IMMEDIATE transaction: a second window calling at the same moment waits for the write
 * lock and then sees this ticket already called, so it takes the next one (or none).
 */
export function callNext(w: Writer, windowId: string, calledBy: string): string | null {
  const window = windowById(w.sqlite, windowId);
  if (!window.active) {
    throw new AppError('CONFLICT', 'queue.error.windowClosed', 'The window is closed', {
      params: { window: window.label },
    });
  }
  const day = queueDay(w.now);
  const busy = currentAt(w.sqlite, window.id, day);
  if (busy) {
    throw new AppError('CONFLICT', 'queue.error.windowBusy', 'Close the current ticket first', {
      params: { label: ticketById(w.sqlite, busy).label },
    });
  }
  const [next] = waitingFor(w.sqlite, day, window.serviceIds, 1);
  if (!next) return null;
  w.update(queueTickets, next.id, { status: 'called', calledAt: w.now, windowId: window.id, calledBy });
  return next.id;
}

export function applyAction(w: Writer, id: string, action: TicketAction, requestId: string | null = null): void {
  const ticket = ticketById(w.sqlite, id);
  if (!mayApply(action, ticket.status)) {
    throw new AppError('CONFLICT', 'queue.error.state', `Ticket ${ticket.label} is ${ticket.status}`, {
      params: { label: ticket.label },
      details: { status: ticket.status },
    });
  }
  if (requestId && !w.sqlite.prepare('select 1 from requests where id = ?').get(requestId)) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Request not found', {
      details: { issues: [{ path: 'requestId', key: 'validation.queue.unknownRequest' }] },
    });
  }
  const status = ACTION_RESULT[action];
  switch (action) {
    case 'recall':
      w.update(queueTickets, id, { recalls: ticket.recalls + 1 });
      return;
    case 'startServing':
      w.update(queueTickets, id, { status, servingAt: w.now });
      return;
    case 'finish':
      w.update(queueTickets, id, { status, finishedAt: w.now, ...(requestId ? { requestId } : {}) });
      return;
    default:
      // A no-show or a cancel closes the ticket; its finish time is not a service time (only "done" counts).
      w.update(queueTickets, id, { status, finishedAt: w.now });
  }
}

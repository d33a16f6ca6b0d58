/**
 * The counter queue (issue 7): a visitor takes a numbered ticket for a service, a window calls the next one,
 * and the times are kept. Pure rules: ticket labels, which action a ticket in a status allows, and a day's
 * figures. The command that changes a ticket runs `mayApply` first, inside the transaction that changes it,
 * so a second click (or a second window) finds the ticket already moved on and is refused.
 */

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'done', 'noShow', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What a window does to a ticket it called (calling itself picks a ticket, so it is not among them). */
export const TICKET_ACTIONS = ['recall', 'startServing', 'finish', 'noShow', 'cancel'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/**
 * From which statuses an action may be applied. "Done" straight from "called" is allowed: most visitors walk
 * up at once and the operator does not press "start" first. A no-show exists only after a call (nobody can
 * fail to come before being called); a waiting or called ticket may be cancelled (the visitor gave up).
 */
const FROM: Readonly<Record<TicketAction, readonly TicketStatus[]>> = {
  recall: ['called'],
  startServing: ['called'],
  finish: ['called', 'serving'],
  noShow: ['called'],
  cancel: ['waiting', 'called'],
};

export const ACTION_RESULT: Readonly<Record<TicketAction, TicketStatus>> = {
  recall: 'called',
  startServing: 'serving',
  finish: 'done',
  noShow: 'noShow',
  cancel: 'cancelled',
};

export function mayApply(action: TicketAction, status: TicketStatus): boolean {
  return FROM[action].includes(status);
}

/** A window is busy while its ticket is called or being served: it calls the next one after closing it. */
export function isAtWindow(status: TicketStatus): boolean {
  return status === 'called' || status === 'serving';
}

/** `A-012`: three digits fit a day of a busy office; a longer day just grows the number. */
export function ticketLabel(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(3, '0')}`;
}

/** Whole seconds from one ISO instant to another (null when either is missing). */
export function secondsBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / 1000);
}

export interface TicketTimes {
  serviceId: string;
  windowId: string | null;
  status: TicketStatus;
  issuedAt: string;
  calledAt: string | null;
  finishedAt: string | null;
}

export interface QueueStatRow {
  /** Service or window id; '' for the day's total. */
  key: string;
  issued: number;
  called: number;
  served: number;
  noShows: number;
  cancelled: number;
  waitingNow: number;
  /** Waiting = called − issued, over the tickets that were called; seconds. */
  avgWaitSec: number | null;
  maxWaitSec: number | null;
  /** Service = finished − called, over the tickets served; seconds. */
  avgServiceSec: number | null;
}

function statRow(key: string, tickets: readonly TicketTimes[]): QueueStatRow {
  const waits = tickets.map((t) => secondsBetween(t.issuedAt, t.calledAt)).filter((s): s is number => s !== null);
  const served = tickets.filter((t) => t.status === 'done');
  const services = served.map((t) => secondsBetween(t.calledAt, t.finishedAt)).filter((s): s is number => s !== null);
  const avg = (values: number[]) =>
    values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
  return {
    key,
    issued: tickets.length,
    called: tickets.filter((t) => t.calledAt !== null).length,
    served: served.length,
    noShows: tickets.filter((t) => t.status === 'noShow').length,
    cancelled: tickets.filter((t) => t.status === 'cancelled').length,
    waitingNow: tickets.filter((t) => t.status === 'waiting').length,
    avgWaitSec: avg(waits),
    maxWaitSec: waits.length === 0 ? null : Math.max(...waits),
    avgServiceSec: avg(services),
  };
}

export interface QueueWindowScope {
  id: string;
  /** Services the window calls; empty = every service. */
  serviceIds: readonly string[];
}

export function windowServes(window: QueueWindowScope, serviceId: string): boolean {
  return window.serviceIds.length === 0 || window.serviceIds.includes(serviceId);
}

/**
 * A day's figures per service, per window and in total. A window's row counts the tickets it called (its
 * "issued" is the same number: a window issues nothing), and its "waiting now" is what it could call next.
 */
export function queueStatistics(
  tickets: readonly TicketTimes[],
  serviceIds: readonly string[],
  windows: readonly QueueWindowScope[],
): { services: QueueStatRow[]; windows: QueueStatRow[]; total: QueueStatRow } {
  const services = serviceIds.map((id) =>
    statRow(
      id,
      tickets.filter((t) => t.serviceId === id),
    ),
  );
  const byWindow = windows.map((w) => {
    const row = statRow(
      w.id,
      tickets.filter((t) => t.windowId === w.id),
    );
    row.waitingNow = tickets.filter((t) => t.status === 'waiting' && windowServes(w, t.serviceId)).length;
    return row;
  });
  return { services, windows: byWindow, total: statRow('', tickets) };
}

/** `4:05`, `1:02:00`: how long, for people (the hall, the statistics). */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

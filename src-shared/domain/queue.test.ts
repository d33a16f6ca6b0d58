import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  mayApply,
  queueStatistics,
  secondsBetween,
  ticketLabel,
  TICKET_ACTIONS,
  TICKET_STATUSES,
  type TicketAction,
  type TicketStatus,
  type TicketTimes,
} from './queue';

describe('mayApply', () => {
  const allowed: Record<TicketAction, TicketStatus[]> = {
    recall: ['called'],
    startServing: ['called'],
    finish: ['called', 'serving'],
    noShow: ['called'],
    cancel: ['waiting', 'called'],
  };
  for (const action of TICKET_ACTIONS)
    it.each(TICKET_STATUSES)(`${action} from %s`, (status) => {
      expect(mayApply(action, status)).toBe(allowed[action].includes(status));
    });
});

describe('ticketLabel and durations', () => {
  it.each<[string, number, string]>([
    ['A', 1, 'A-001'],
    ['B', 12, 'B-012'],
    ['C', 999, 'C-999'],
    ['D', 1000, 'D-1000'],
  ])('%s %i → %s', (prefix, n, label) => expect(ticketLabel(prefix, n)).toBe(label));

  it.each<[number | null, string]>([
    [null, '—'],
    [0, '0:00'],
    [65, '1:05'],
    [3720, '1:02:00'],
  ])('%j seconds → %s', (s, text) => expect(formatDuration(s)).toBe(text));

  it('counts whole seconds between instants', () => {
    expect(secondsBetween('2026-11-28T09:00:00.000Z', '2026-11-28T09:04:30.400Z')).toBe(270);
    expect(secondsBetween('2026-11-28T09:00:00.000Z', null)).toBeNull();
  });
});

describe('queueStatistics on a worked day', () => {
  const at = (min: number) => new Date(Date.UTC(2026, 10, 28, 4, min)).toISOString();
  const t = (
    serviceId: string,
    windowId: string | null,
    status: TicketStatus,
    issued: number,
    called: number | null,
    finished: number | null,
  ): TicketTimes => ({
    serviceId,
    windowId,
    status,
    issuedAt: at(issued),
    calledAt: called === null ? null : at(called),
    finishedAt: finished === null ? null : at(finished),
  });
  // A: waited 2 and 6 min, served 4 and 8 min at window 1; one no-show after 10 min; one still waiting.
  // B: waited 1 min, served 3 min at window 2; one cancelled before a call.
  const tickets = [
    t('A', 'w1', 'done', 0, 2, 6),
    t('A', 'w1', 'done', 1, 7, 15),
    t('A', 'w2', 'noShow', 2, 12, 14),
    t('A', null, 'waiting', 20, null, null),
    t('B', 'w2', 'done', 3, 4, 7),
    t('B', null, 'cancelled', 5, null, 6),
  ];
  const stats = queueStatistics(
    tickets,
    ['A', 'B', 'C'],
    [
      { id: 'w1', serviceIds: ['A'] },
      { id: 'w2', serviceIds: [] },
    ],
  );

  it('per service', () => {
    expect(stats.services).toEqual([
      {
        key: 'A',
        issued: 4,
        called: 3,
        served: 2,
        noShows: 1,
        cancelled: 0,
        waitingNow: 1,
        avgWaitSec: 360, // (2 + 6 + 10) / 3 min
        maxWaitSec: 600,
        avgServiceSec: 360, // (4 + 8) / 2 min
      },
      {
        key: 'B',
        issued: 2,
        called: 1,
        served: 1,
        noShows: 0,
        cancelled: 1,
        waitingNow: 0,
        avgWaitSec: 60,
        maxWaitSec: 60,
        avgServiceSec: 180,
      },
      {
        key: 'C',
        issued: 0,
        called: 0,
        served: 0,
        noShows: 0,
        cancelled: 0,
        waitingNow: 0,
        avgWaitSec: null,
        maxWaitSec: null,
        avgServiceSec: null,
      },
    ]);
  });

  it('per window (waiting now = what it could call) and in total', () => {
    expect(stats.windows.map((w) => [w.key, w.called, w.served, w.noShows, w.waitingNow, w.avgWaitSec])).toEqual([
      ['w1', 2, 2, 0, 1, 240],
      ['w2', 2, 1, 1, 1, 330],
    ]);
    expect(stats.total).toMatchObject({ issued: 6, served: 3, noShows: 1, cancelled: 1, waitingNow: 1 });
    expect(stats.total.avgServiceSec).toBe(300); // (4 + 8 + 3) / 3 min
  });
});

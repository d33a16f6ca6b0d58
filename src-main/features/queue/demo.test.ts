import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, runCommand } from '../../commands/run-command';
import { startHarness, type Harness } from '../../../test/support/harness';
import { writeDemoQueue } from './demo';

describe('the queue demo', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.clock.ms = Date.parse('2026-11-28T11:30:00+05:00');
    const { store, clock } = h.backend.services;
    runCommand(store, clock, SYSTEM_ACTOR, 'demo.queue', {}, (w) =>
      writeDemoQueue(w, { seed: 7, today: '2026-11-28', login: 'demo' }),
    );
  });
  afterAll(() => h.dispose());

  it('gives the hall, the windows and the statistics a morning of tickets in every state, none in the future', async () => {
    const board = await h.ok('queue.board', {}, null);
    expect(board.services.map((s) => s.prefix)).toEqual(['A', 'B', 'C', 'D']);
    expect(board.called.slice(0, 3).map((c) => [c.windowLabel, c.status])).toEqual(
      expect.arrayContaining([
        ['1', 'serving'],
        ['2', 'called'],
        ['3', 'called'],
      ]),
    );
    const stats = await h.ok('queue.stats', { day: '2026-11-28' }, h.adminToken);
    expect(stats.total).toMatchObject({ issued: 24, noShows: 2, cancelled: 1, served: 13, waitingNow: 5 });
    expect(stats.total.avgWaitSec).toBeGreaterThan(0);
    const latest = h.backend.services.store.reader
      .prepare(
        `select max(max(issued_at, coalesce(called_at, ''), coalesce(serving_at, ''), coalesce(finished_at, ''))) as t
           from queue_tickets`,
      )
      .get() as { t: string };
    expect(latest.t < '2026-11-28T06:30:00.000Z').toBe(true);
    // Each window's current ticket is one it may call.
    const desk = await h.ok(
      'queue.desk',
      { windowId: (await h.ok('queue.settings', {}, h.adminToken)).windows[0]!.id },
      h.adminToken,
    );
    expect(desk.current?.label).toMatch(/^A-/);
  });
});

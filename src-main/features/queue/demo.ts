import type { QueueNames } from '../../../src-shared/contract/queue';
import { ticketLabel, type TicketStatus } from '../../../src-shared/domain/queue';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import { intBelow, pickWeighted, streamFor } from '../demo/random';
import type { DemoContext } from '../demo/service-desk';
import { queueDay } from './repo';
import { queueServices, queueTickets, queueWindows } from './schema';

const n = (uzLatn: string, uzCyrl: string, ru: string, en: string): QueueNames => ({
  'uz-Latn': uzLatn,
  'uz-Cyrl': uzCyrl,
  ru,
  en,
});

/** The office's usual services; the request type (by its built-in code) each usually becomes, when it exists. */
const SERVICES: readonly { prefix: string; names: QueueNames; requestType: string | null; weight: number }[] = [
  {
    prefix: 'A',
    names: n('Maʼlumotnomalar', 'Маълумотномалар', 'Справки', 'Certificates'),
    requestType: 'document',
    weight: 4,
  },
  { prefix: 'B', names: n('Arizalar', 'Аризалар', 'Заявления', 'Applications'), requestType: null, weight: 3 },
  {
    prefix: 'C',
    names: n('Kontrakt va toʻlov', 'Контракт ва тўлов', 'Контракт и оплата', 'Contracts and payments'),
    requestType: 'paymentContract',
    weight: 2,
  },
  {
    prefix: 'D',
    names: n('Xorijiy talabalar', 'Хорижий талабалар', 'Иностранные студенты', 'Foreign students'),
    requestType: 'foreignAdmission',
    weight: 1,
  },
];

/** Window 3 takes every service (the foreign students' desk helps everyone when it is free). */
const WINDOWS: readonly { label: string; prefixes: string[] }[] = [
  { label: '1', prefixes: ['A', 'B'] },
  { label: '2', prefixes: ['B', 'C'] },
  { label: '3', prefixes: [] },
];

const TICKETS = 24;
/** Tickets 0‥15 are closed (a few no-shows, one cancel), 16‥18 stand at windows 1‥3, the rest wait. */
const NO_SHOW = new Set([4, 11]);
const CANCELLED = 7;
const AT_WINDOW: Record<number, { window: number; prefix: string; status: TicketStatus }> = {
  16: { window: 0, prefix: 'A', status: 'serving' },
  17: { window: 1, prefix: 'C', status: 'called' },
  18: { window: 2, prefix: 'D', status: 'called' },
};

/**
 * The queue part of the demo data (issue 7): four services, three windows and a morning of tickets for today
 * in every state, so the hall display, the operator screen and the statistics show something at once.
 * The tickets end just before the demo's own time, so none is issued in the future.
 */
export function writeDemoQueue(w: Writer, ctx: DemoContext): void {
  const rng = streamFor(ctx.seed, 0, 0x71e0e);
  const requestType = (code: string | null) =>
    code
      ? ((w.sqlite.prepare('select id from request_types where code = ?').get(code) as { id: string } | undefined)
          ?.id ?? null)
      : null;
  const nowMs = Date.parse(w.now);
  const services = SERVICES.map((s, i) =>
    w.insert(queueServices, {
      id: uuidv7(nowMs),
      prefix: s.prefix,
      names: JSON.stringify(s.names),
      requestTypeId: requestType(s.requestType),
      active: true,
      sortOrder: i + 1,
    }),
  );
  const idOf = new Map(services.map((s) => [s.prefix, s.id]));
  const windows = WINDOWS.map((win) =>
    w.insert(queueWindows, {
      id: uuidv7(nowMs),
      label: win.label,
      serviceIds: JSON.stringify(win.prefixes.map((p) => idOf.get(p))),
      active: true,
    }),
  );
  const serves = (i: number, prefix: string) =>
    WINDOWS[i]!.prefixes.length === 0 || WINDOWS[i]!.prefixes.includes(prefix);

  // The morning before now (at most three hours, never before the day's midnight); a demo dated another day
  // gets that day's 09:00–12:00.
  const dayStart = Date.parse(`${ctx.today}T00:00:00+05:00`);
  const end = queueDay(w.now) === ctx.today ? nowMs - 60_000 : dayStart + 12 * 3_600_000;
  const start = Math.max(dayStart, end - 3 * 3_600_000);
  const unit = Math.max(1, Math.floor((end - start) / (TICKETS + 2)));
  const iso = (ms: number) => new Date(ms).toISOString();
  const numbers = new Map<string, number>();

  for (let i = 0; i < TICKETS; i++) {
    const fixed = AT_WINDOW[i];
    const prefix =
      fixed?.prefix ??
      pickWeighted(
        rng,
        SERVICES.map((s) => [s.prefix, s.weight] as const),
      );
    const number = (numbers.get(prefix) ?? 0) + 1;
    numbers.set(prefix, number);
    const issued = start + i * unit;
    // Closed tickets end by unit 18, the windows' current ones are called at units 21‥23: nothing overlaps.
    const called = fixed ? start + (5 + i) * unit : issued + Math.round((1 + rng()) * unit);
    const finished = called + Math.round((0.4 + rng() * 0.6) * unit);
    let status: TicketStatus = 'waiting';
    let window: number | null = null;
    if (fixed) {
      status = fixed.status;
      window = fixed.window;
    } else if (i === CANCELLED) status = 'cancelled';
    else if (i < 16) {
      status = NO_SHOW.has(i) ? 'noShow' : 'done';
      const candidates = [0, 1, 2].filter((k) => serves(k, prefix));
      window = candidates[intBelow(rng, candidates.length)]!;
    }
    const wasCalled = window !== null;
    w.insert(queueTickets, {
      id: uuidv7(issued),
      day: ctx.today,
      serviceId: idOf.get(prefix)!,
      number,
      label: ticketLabel(prefix, number),
      status,
      issuedAt: iso(issued),
      calledAt: wasCalled ? iso(called) : null,
      servingAt: status === 'serving' ? iso(called + unit / 2) : null,
      finishedAt:
        status === 'done' || status === 'noShow' ? iso(finished) : status === 'cancelled' ? iso(called) : null,
      windowId: window === null ? null : windows[window]!.id,
      calledBy: wasCalled ? ctx.login : null,
      recalls: status === 'noShow' ? 2 : i === 18 ? 1 : 0,
    });
  }
}

import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { RequestStatus } from '../../../src-shared/domain/request-workflow';
import { addCalendarDays, addWorkingDays, isWorkingDay } from '../../../src-shared/domain/working-days';
import type { Writer } from '../../commands/writer';
import { intBelow, pick, pickWeighted, streamFor } from '../demo/random';
import type { DemoContext } from '../demo/service-desk';
import { readCalendar } from './calendar';
import { ASSIGNABLE_ROLES } from './common';
import { requestEvents, requests } from './schema';
import { restoreBuiltInTypes } from './types';

const COUNT = 40;
/** The first few are taken weeks ago and still in work: the queue always has something overdue to show. */
const OVERDUE = 5;

const VISITORS: readonly [string, string][] = [
  ['Toshmatova Gulnora Akmalovna', '+998 90 311 22 41'],
  ['Abdullayev Sardor Rustamovich', '+998 93 502 18 77'],
  ['Yoʻldosheva Malika', '+998 97 440 09 12'],
  ['Qodirov Javlon Shuhratovich', '+998 91 226 73 05'],
  ['Neʼmatov Bekzod', '+998 99 815 60 28'],
];

const REASONS = ['Hujjatlar toʻliq emas', 'Talaba bu xizmatga haqli emas', 'Ariza egasi arizasini qaytarib oldi'];
const NOTES = ['Dekanatga soʻrov yuborildi', 'Talabaga qoʻngʻiroq qilindi', 'Buxgalteriyadan javob kutilmoqda'];

/** The steps a request in `status` went through, after `created`. */
const PATH: Record<RequestStatus, RequestStatus[]> = {
  new: [],
  inProgress: ['inProgress'],
  ready: ['inProgress', 'ready'],
  handedOver: ['inProgress', 'ready', 'handedOver'],
  rejected: ['rejected'],
};

/**
 * The requests part of the demo data (issue 7): the built-in types, then ~40 requests of the last weeks in
 * every status, some for visitors, assigned to the office's users (at least the one running the demo), a few
 * of them overdue. The same seed writes the same requests (their ids aside, stamped like the orders').
 */
export function writeDemoRequests(w: Writer, ctx: DemoContext): void {
  restoreBuiltInTypes(w);
  const db = w.sqlite;
  const { calendar } = readCalendar(db, ctx.today);
  const types = db
    .prepare('select id, deadline_days as days from request_types where active = 1 order by sort_order')
    .all() as {
    id: string;
    days: number;
  }[];
  const users = (
    db
      .prepare(`select id from users where active = 1 and role in (${ASSIGNABLE_ROLES.map(() => '?').join(', ')})`)
      .all(...ASSIGNABLE_ROLES) as { id: string }[]
  ).map((u) => u.id);
  const me = (db.prepare('select id from users where login = ?').get(ctx.login) as { id: string } | undefined)?.id;
  const students = (
    db.prepare(`select id from students where status = '11' order by id limit 400`).all() as {
      id: string;
    }[]
  ).map((s) => s.id);
  if (types.length === 0) return;

  const nextSeq = new Map<number, number>();
  const seqFor = (year: number) => {
    const last =
      nextSeq.get(year) ??
      (db.prepare('select max(seq) as n from requests where year = ?').get(year) as { n: number | null }).n ??
      0;
    nextSeq.set(year, last + 1);
    return last + 1;
  };

  const rows: (typeof requests.$inferInsert)[] = [];
  const events: (typeof requestEvents.$inferInsert)[] = [];
  for (let i = 0; i < COUNT; i++) {
    const rng = streamFor(ctx.seed, i, 0x7e0);
    const overdue = i < OVERDUE;
    const short = types.filter((t) => t.days <= 5);
    const type = pick(rng, overdue && short.length > 0 ? short : types);
    let received = addCalendarDays(ctx.today, -(overdue ? 10 + intBelow(rng, 10) : intBelow(rng, 28)));
    while (!isWorkingDay(received, calendar)) received = addCalendarDays(received, -1);
    const dueOn = addWorkingDays(received, type.days, calendar);
    const status: RequestStatus = overdue
      ? pick(rng, ['new', 'inProgress'] as const)
      : dueOn >= ctx.today
        ? pickWeighted(rng, [
            ['new', 4],
            ['inProgress', 4],
            ['ready', 2],
          ] as const)
        : pickWeighted(rng, [
            ['handedOver', 6],
            ['ready', 2],
            ['rejected', 1],
            ['inProgress', 1],
          ] as const);
    const visitor = students.length === 0 || rng() < 0.2 ? pick(rng, VISITORS) : null;
    // Every third request is the demo user's own, so "My queue" is never empty for whoever runs the demo.
    const assigneeId =
      status === 'new' && rng() < 0.3 ? null : me && i % 3 === 0 ? me : users.length ? pick(rng, users) : null;
    const year = Number(received.slice(0, 4));
    const seq = seqFor(year);
    const receivedAt = `${received}T0${4 + intBelow(rng, 5)}:${String(10 + intBelow(rng, 50))}:00.000Z`;
    const id = uuidv7(Date.parse(receivedAt));
    const steps = PATH[status];
    // Step k happens k days after intake, never after now.
    const stepAt = (k: number) => {
      const at = `${addCalendarDays(received, k)}${receivedAt.slice(10)}`;
      return at < w.now ? at : w.now;
    };
    const closedAt = status === 'handedOver' || status === 'rejected' ? stepAt(steps.length) : null;
    rows.push({
      id,
      number: `A-${year}/${seq}`,
      year,
      seq,
      typeId: type.id,
      studentId: visitor ? null : pick(rng, students),
      visitorName: visitor?.[0] ?? '',
      visitorPhone: visitor?.[1] ?? '',
      status,
      assigneeId,
      description: '',
      receivedAt,
      receivedOn: received,
      dueOn,
      rejectReason: status === 'rejected' ? pick(rng, REASONS) : null,
      readyAt: steps.includes('ready') ? stepAt(steps.indexOf('ready') + 1) : null,
      closedAt,
      createdBy: ctx.login,
      updatedAt: closedAt ?? stepAt(steps.length),
    });
    const who = me ?? ctx.login;
    const event = (k: number, kind: string, from: string | null, to: string | null, text = '') =>
      events.push({
        id: uuidv7(Date.parse(stepAt(k)) + k),
        requestId: id,
        at: stepAt(k),
        userId: who,
        kind,
        fromStatus: from,
        toStatus: to,
        text,
      });
    event(0, 'created', null, 'new');
    let from: RequestStatus = 'new';
    steps.forEach((to, k) => {
      event(k + 1, 'status', from, to, to === 'rejected' ? (rows.at(-1)?.rejectReason ?? '') : '');
      if (to === 'inProgress' && rng() < 0.5) event(k + 1, 'note', null, null, pick(rng, NOTES));
      from = to;
    });
  }
  w.bulkInsert(requests, rows);
  w.bulkInsert(requestEvents, events);
}

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../src-shared/contract';
import { translate } from '../../../src-shared/i18n';
import type { AppErrorShape, Envelope } from '../../../src-shared/errors';
import { ADMIN_PASSWORD, startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { runCommand, SYSTEM_ACTOR } from '../../commands/run-command';
import { writeDemoRequests } from './demo';

/**
 * Requests through the channels on a real SQLite file. The clock starts on Friday 4 December 2026, 10:00 in
 * Tashkent: the Tuesday after it, 8 December, is Constitution Day, so a three-day request taken that Friday
 * skips the weekend and the holiday and is due on Thursday 10 December. The tests run in order and build on
 * each other.
 */

let h: Harness;
let f: OrderFixture;
let admin: string;
let desk: string;
let back: string;
let backId: string;
let types: ChannelOutput<'requests.types'>['items'];
const FRIDAY = Date.parse('2026-12-04T05:00:00Z');
const DAY = 86_400_000;

const typeId = (code: string) => types.find((t) => t.code === code)!.id;

async function failure<T>(p: Promise<Envelope<T>>): Promise<AppErrorShape> {
  const res = await p;
  if (res.ok) throw new Error('expected a failure');
  return res.error;
}
const issuesOf = (e: AppErrorShape) => (e.details?.issues ?? []).map((i) => [i.path, i.key]);

/** Moves the clock; sessions idle for days expire, so everyone signs in again. */
async function clockAt(ms: number) {
  h.clock.ms = ms;
  const signIn = async (login: string, password: string) => (await h.ok('auth.signIn', { login, password })).token;
  admin = await signIn('admin', ADMIN_PASSWORD);
  desk = await signIn('desk', 'user-password-1');
  back = await signIn('back', 'user-password-1');
}

beforeAll(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
  await h.signInAs('front_office', 'desk');
  back = await h.signInAs('back_office', 'back');
  backId = (await h.ok('auth.me', {}, back)).id;
  await h.signInAs('archive', 'archive');
  await h.signInAs('viewer', 'viewer');
  await clockAt(FRIDAY);
});
afterAll(() => h.dispose());

describe('request types', () => {
  it('restores the built-in types once; only a manager edits them', async () => {
    const first = await h.ok('requests.restoreTypes', {}, admin);
    expect(first.added).toBe(18);
    expect((await h.ok('requests.restoreTypes', {}, admin)).added).toBe(0);
    types = (await h.ok('requests.types', {}, desk)).items;
    expect(types.map((t) => t.code).slice(0, 3)).toEqual(['document', 'restudy', 'transfer']);
    expect(types.find((t) => t.code === 'restudy')).toMatchObject({ deadlineDays: 3, builtIn: true });

    expect((await failure(h.call('requests.restoreTypes', {}, desk))).code).toBe('FORBIDDEN');
    const restudy = types.find((t) => t.code === 'restudy')!;
    const edited = await h.ok(
      'requests.saveType',
      {
        id: restudy.id,
        names: restudy.names,
        deadlineDays: restudy.deadlineDays,
        requiredAttachments: restudy.requiredAttachments,
        defaultAssigneeId: backId,
        sortOrder: restudy.sortOrder,
      },
      admin,
    );
    expect(edited).toMatchObject({ defaultAssigneeId: backId, defaultAssigneeName: 'User back' });
    const bad = await failure(
      h.call('requests.saveType', { names: restudy.names, deadlineDays: 2, documentType: 'nope' }, admin),
    );
    expect(issuesOf(bad)).toEqual([['documentType', 'requests.error.documentType']]);
  });
});

describe('taking and working a request', () => {
  let id: string;

  it('takes a request for a student, due three working days later past the weekend and a holiday', async () => {
    const r = await h.ok(
      'requests.create',
      { typeId: typeId('restudy'), studentId: f.students.good.id, description: 'Matematika' },
      desk,
    );
    id = r.id;
    expect(r).toMatchObject({
      number: 'A-2026/1',
      status: 'new',
      receivedOn: '2026-12-04',
      dueOn: '2026-12-10',
      deadline: 'ok',
      workingDays: 3,
      applicantName: f.students.good.name,
      assigneeId: backId, // the type's default
    });
    expect(r.events.map((e) => [e.kind, e.toStatus, e.userName])).toEqual([['created', 'new', 'User desk']]);
  });

  it('goes new → in progress → ready → handed over, each step in the history and the audit', async () => {
    await h.ok('requests.transition', { id, to: 'inProgress' }, back);
    await h.ok('requests.addNote', { id, text: 'Dekanatga yuborildi' }, back);
    await h.ok('requests.transition', { id, to: 'ready' }, back);
    const done = await h.ok('requests.transition', { id, to: 'handedOver' }, desk);
    expect(done.status).toBe('handedOver');
    expect(done.deadline).toBeNull();
    expect(done.events.map((e) => [e.kind, e.fromStatus, e.toStatus, e.text])).toEqual([
      ['created', null, 'new', ''],
      ['status', 'new', 'inProgress', ''],
      ['note', null, null, 'Dekanatga yuborildi'],
      ['status', 'inProgress', 'ready', ''],
      ['status', 'ready', 'handedOver', ''],
    ]);
    const audit = h.backend.services.store.reader
      .prepare(`select command from audit_log where command like 'requests.%' order by seq`)
      .all() as { command: string }[];
    expect(audit.map((a) => a.command).filter((c) => c === 'requests.transition')).toHaveLength(3);
    expect((await failure(h.call('requests.transition', { id, to: 'inProgress', reason: 'x' }, desk))).key).toBe(
      'requests.transition.closed',
    );
  });

  it('rejects only with a reason, which the request keeps', async () => {
    const r = await h.ok('requests.create', { typeId: typeId('transfer'), studentId: f.students.weak.id }, desk);
    const e = await failure(h.call('requests.transition', { id: r.id, to: 'rejected', reason: '  ' }, desk));
    expect(issuesOf(e)).toEqual([['reason', 'requests.transition.reasonRequired']]);
    const rejected = await h.ok(
      'requests.transition',
      { id: r.id, to: 'rejected', reason: 'Hujjatlar toʻliq emas' },
      desk,
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Hujjatlar toʻliq emas', number: 'A-2026/2' });
    expect(rejected.dueOn).toBe('2026-12-21'); // ten working days, Constitution Day skipped
  });

  it('takes a visitor with a name, refusing a malformed PINFL', async () => {
    const bad = await failure(
      h.call('requests.create', { typeId: typeId('masters'), visitor: { name: ' ', pinfl: '1234' } }, desk),
    );
    expect(issuesOf(bad)).toEqual([
      ['visitor.name', 'requests.error.visitorName'],
      ['visitor.pinfl', 'requests.error.pinfl'],
    ]);
    const r = await h.ok(
      'requests.create',
      {
        typeId: typeId('masters'),
        visitor: { name: "Ne'matova Gulnoza", phone: '+998 90 123 45 67' },
        assigneeId: null,
      },
      desk,
    );
    expect(r).toMatchObject({ applicantName: 'Neʼmatova Gulnoza', studentId: null, assigneeId: null });
  });
});

describe('deadlines, lists and the export', () => {
  it('flags due today and overdue by the clock; lists filter by queue, status, type, student and search', async () => {
    await clockAt(FRIDAY + 6 * DAY); // Thursday 10 December
    const mine = await h.ok('requests.create', { typeId: typeId('restudy'), studentId: f.students.weak.id }, desk);
    const list = await h.ok('requests.list', {}, desk);
    const visitor = list.items.find((r) => r.applicantName === 'Neʼmatova Gulnoza')!;
    expect(visitor).toMatchObject({ deadline: 'dueToday', dueOn: '2026-12-10' });

    await clockAt(FRIDAY + 7 * DAY); // Friday 11 December
    const later = await h.ok('requests.list', {}, desk);
    expect(later.today).toBe('2026-12-11');
    expect(later.items.map((r) => [r.number, r.status, r.deadline])).toEqual([
      ['A-2026/3', 'new', 'overdue'],
      ['A-2026/4', 'new', 'ok'],
      ['A-2026/2', 'rejected', null],
      ['A-2026/1', 'handedOver', null],
    ]);
    const overdue = await h.ok('requests.list', { overdue: true }, desk);
    expect(overdue.items.map((r) => [r.number, r.workingDays])).toEqual([['A-2026/3', 1]]);
    // "My queue" is what is assigned to me, the work awaiting first.
    expect((await h.ok('requests.list', { mine: true }, back)).items.map((r) => r.number)).toEqual([
      mine.number,
      'A-2026/1',
    ]);
    expect((await h.ok('requests.list', { mine: true }, desk)).total).toBe(0);
    expect((await h.ok('requests.list', { status: 'rejected' }, desk)).items.map((r) => r.number)).toEqual([
      'A-2026/2',
    ]);
    expect((await h.ok('requests.list', { typeId: typeId('masters') }, desk)).total).toBe(1);
    expect((await h.ok('requests.list', { studentId: f.students.weak.id }, desk)).total).toBe(2);
    expect((await h.ok('requests.list', { search: "ne'mat" }, desk)).items.map((r) => r.number)).toEqual(['A-2026/3']);
    expect((await h.ok('requests.list', { search: 'A-2026/2' }, desk)).total).toBe(1);
    expect((await h.ok('requests.list', { search: '4' }, desk)).items.map((r) => r.number)).toEqual(['A-2026/4']);
  });

  it('exports the filtered list in the asked language', async () => {
    const file = await h.ok('requests.export', { lang: 'ru', overdue: true }, desk);
    expect(file.fileName).toBe('requests_2026-12-11.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]?.[0]).toBe(translate('ru', 'requests.col.number'));
    expect(rows.slice(1)).toEqual([
      [
        'A-2026/3',
        'Заявка в магистратуру (помощь)',
        'Neʼmatova Gulnoza',
        '',
        '+998 90 123 45 67',
        translate('ru', 'requests.status.new'),
        '',
        '04.12.2026',
        '10.12.2026',
        translate('ru', 'requests.deadline.overdue'),
      ].map((v) => (v === '' ? undefined : v)),
    ]);
  });
});

describe('the holiday calendar', () => {
  it('starts from the law, refuses bad rows naming each, and moves the deadlines of new requests', async () => {
    const start = await h.ok('requests.calendar', {}, desk);
    expect(start.isDefault).toBe(true);
    expect(start.calendar.holidays.map((d) => d.date)).toContain('2027-03-21');
    const bad = await failure(
      h.call(
        'requests.saveCalendar',
        {
          calendar: {
            holidays: [
              { date: '2026-12-14', name: { uz: 'Qoʻshimcha dam olish' } },
              { date: '2026-02-30', name: { uz: 'X' } },
              { date: '2026-12-14', name: { uz: '' } },
            ],
            workdays: ['2026-12-14'],
            weekendDays: [0, 6],
          },
        },
        admin,
      ),
    );
    expect(bad.key).toBe('requests.error.calendar');
    expect(issuesOf(bad)).toEqual([
      ['holidays.1', 'requests.calendar.badDate'],
      ['holidays.2', 'requests.calendar.duplicateDate'],
      ['holidays.2', 'requests.calendar.missingName'],
      ['workdays.0', 'requests.calendar.workdayIsHoliday'],
    ]);
    expect((await failure(h.call('requests.saveCalendar', { calendar: start.calendar }, desk))).code).toBe('FORBIDDEN');
    const calendar = {
      ...start.calendar,
      holidays: [...start.calendar.holidays, { date: '2026-12-14', name: { uz: 'Dam', ru: '', en: '' } }],
    };
    expect((await h.ok('requests.saveCalendar', { calendar }, admin)).isDefault).toBe(false);
    const r = await h.ok('requests.create', { typeId: typeId('restudy'), studentId: f.students.good.id }, desk);
    expect([r.receivedOn, r.dueOn]).toEqual(['2026-12-11', '2026-12-17']); // Monday 14th is now a day off
  });
});

describe('attachments, links and access', () => {
  it('keeps scans whose bytes match their type, and links only to papers that exist', async () => {
    const { items } = await h.ok('requests.list', { overdue: true }, desk);
    const id = items[0]!.id;
    const pdf = Buffer.from('%PDF-1.4\n%test\n').toString('base64');
    const fake = await failure(
      h.call('requests.attach', { id, fileName: 'a.png', mimeType: 'image/png', data: pdf }, desk),
    );
    expect(issuesOf(fake)).toEqual([['data', 'orders.error.scanType']]);
    const withScan = await h.ok(
      'requests.attach',
      { id, requirementId: 'passport', fileName: 'pasport.pdf', mimeType: 'application/pdf', data: pdf },
      desk,
    );
    expect(withScan.attachments).toMatchObject([{ fileName: 'pasport.pdf', requirementId: 'passport', size: 15 }]);
    const file = await h.ok('requests.attachment', { id: withScan.attachments[0]!.id }, desk);
    expect(Buffer.from(file.data, 'base64').toString()).toBe('%PDF-1.4\n%test\n');
    const missing = await failure(h.call('requests.link', { id, kind: 'order', targetId: id }, desk));
    expect(issuesOf(missing)).toEqual([['targetId', 'requests.error.linkTarget']]);
  });

  it('lets the archive read but not take requests, and keeps the viewer out', async () => {
    const archive = (await h.ok('auth.signIn', { login: 'archive', password: 'user-password-1' })).token;
    const viewer = (await h.ok('auth.signIn', { login: 'viewer', password: 'user-password-1' })).token;
    expect((await h.ok('requests.list', {}, archive)).total).toBeGreaterThan(0);
    const typeIdRestudy = typeId('restudy');
    expect(
      (await failure(h.call('requests.create', { typeId: typeIdRestudy, visitor: { name: 'A' } }, archive))).code,
    ).toBe('FORBIDDEN');
    expect((await failure(h.call('requests.list', {}, viewer))).code).toBe('FORBIDDEN');
  });
});

describe('the demo', () => {
  it('writes forty requests in every status, several overdue, some in the demo user’s queue', async () => {
    const { store, clock } = h.backend.services;
    const before = (await h.ok('requests.list', {}, admin)).total;
    runCommand(store, clock, SYSTEM_ACTOR, 'demo.serviceDesk', {}, (w) =>
      writeDemoRequests(w, { seed: 7, today: '2026-12-11', login: 'admin' }),
    );
    const all = await h.ok('requests.list', { limit: 500 }, admin);
    expect(all.total - before).toBe(40);
    expect(new Set(all.items.map((r) => r.status))).toEqual(
      new Set(['new', 'inProgress', 'ready', 'handedOver', 'rejected']),
    );
    expect((await h.ok('requests.list', { overdue: true }, admin)).total).toBeGreaterThanOrEqual(5);
    expect((await h.ok('requests.list', { mine: true }, admin)).total).toBeGreaterThan(0);
    const one = all.items.find((r) => r.status === 'handedOver')!;
    const detail = await h.ok('requests.get', { id: one.id }, admin);
    expect(detail.events.filter((e) => e.kind === 'status').map((e) => e.toStatus)).toEqual([
      'inProgress',
      'ready',
      'handedOver',
    ]);
  });
});

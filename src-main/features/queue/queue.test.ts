import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueTicket } from '../../../src-shared/contract/queue';
import { ADMIN_PASSWORD, startHarness, type Harness } from '../../../test/support/harness';

/**
 * The counter queue through the channels on a real SQLite file: the test clock walks through a day (and the
 * next ones), so waiting and service times are exact. One backend for the whole file.
 */

const MIN = 60_000;
let h: Harness;
let desk: string; // a front-office token: the counter works the queue
const svc: Record<string, string> = {};
const win: Record<string, string> = {};

async function service(prefix: string, name: string) {
  svc[prefix] = (await h.ok('queue.saveService', { prefix, names: { 'uz-Latn': name } }, h.adminToken)).id;
}
async function window(label: string, prefixes: string[]) {
  const serviceIds = prefixes.map((p) => svc[p]);
  win[label] = (await h.ok('queue.saveWindow', { label, serviceIds }, h.adminToken)).id;
}
const issue = async (prefix: string) => h.ok('queue.issue', { serviceId: svc[prefix] }, desk);
const callNext = async (label: string) => (await h.ok('queue.callNext', { windowId: win[label] }, desk)).ticket;
const act = async (channel: 'queue.recall' | 'queue.finish' | 'queue.noShow' | 'queue.cancel', t: QueueTicket) =>
  (await h.ok(channel, { id: t.id }, desk)).ticket;
const errorOf = async (p: Promise<{ ok: boolean }>) => {
  const res = await p;
  if (res.ok) throw new Error('expected a failure');
  return (res as unknown as { error: { code: string; key: string; details?: { issues?: { path: string }[] } } }).error;
};
/** Moves the test clock to a Tashkent wall time (UTC+5). */
const at = (day: string, time: string) => (h.clock.ms = Date.parse(`${day}T${time}:00+05:00`));
/** After a night the sessions have idled out: sign in again. */
async function nextMorning(day: string, time: string) {
  at(day, time);
  h.adminToken = (await h.ok('auth.signIn', { login: 'admin', password: ADMIN_PASSWORD })).token;
  desk = (await h.ok('auth.signIn', { login: 'desk', password: 'user-password-1' })).token;
}

beforeAll(async () => {
  h = await startHarness();
  desk = await h.signInAs('front_office', 'desk');
  await service('A', 'Maʼlumotnomalar');
  await service('B', 'Arizalar');
  await service('C', 'Kontrakt');
  await window('1', ['A', 'B']);
  await window('2', ['B']);
  await window('3', []);
});
afterAll(() => h.dispose());

describe('a ticket from issue to done', () => {
  it('numbers per service, calls the oldest across the window’s services, keeps the times', async () => {
    at('2026-11-28', '09:00');
    const b1 = await issue('B');
    at('2026-11-28', '09:01');
    const a1 = await issue('A');
    at('2026-11-28', '09:02');
    const a2 = await issue('A');
    expect([b1.ticket.label, a1.ticket.label, a2.ticket.label]).toEqual(['B-001', 'A-001', 'A-002']);
    expect([b1.ahead, a1.ahead, a2.ahead]).toEqual([0, 0, 1]);
    expect(a2.ticket).toMatchObject({ day: '2026-11-28', status: 'waiting', number: 2 });

    at('2026-11-28', '09:05');
    const first = await callNext('1');
    expect(first).toMatchObject({ label: 'B-001', status: 'called', windowLabel: '1' });
    expect(await callNext('2')).toBeNull(); // window 2 calls B only, and no B waits now

    const busy = await errorOf(h.call('queue.callNext', { windowId: win['1'] }, desk));
    expect(busy).toMatchObject({ code: 'CONFLICT', key: 'queue.error.windowBusy' });

    at('2026-11-28', '09:06');
    expect((await act('queue.recall', first!)).recalls).toBe(1);
    at('2026-11-28', '09:12');
    const done = await act('queue.finish', first!);
    expect(done).toMatchObject({ status: 'done', recalls: 1, windowId: win['1'] });
    expect(Date.parse(done.calledAt!) - Date.parse(done.issuedAt)).toBe(5 * MIN);
    expect(Date.parse(done.finishedAt!) - Date.parse(done.calledAt!)).toBe(7 * MIN);

    const desk1 = await h.ok('queue.desk', { windowId: win['1'] }, desk);
    expect(desk1.current).toBeNull();
    expect(desk1.next.map((t) => t.label)).toEqual(['A-001', 'A-002']);
  });

  it('a no-show only after a call, and no step is applied twice', async () => {
    at('2026-11-28', '09:15');
    const a1 = await callNext('3');
    expect(a1?.label).toBe('A-001');
    const noShow = await act('queue.noShow', a1!);
    expect(noShow.status).toBe('noShow');
    for (const channel of ['queue.noShow', 'queue.finish', 'queue.recall'] as const) {
      expect(await errorOf(h.call(channel, { id: a1!.id }, desk))).toMatchObject({
        code: 'CONFLICT',
        key: 'queue.error.state',
      });
    }
    const waiting = (await h.ok('queue.desk', { windowId: win['1'] }, desk)).next[0]!;
    expect(await errorOf(h.call('queue.noShow', { id: waiting.id }, desk))).toMatchObject({ code: 'CONFLICT' });
    const audited = h.backend.services.store.reader
      .prepare(`select count(*) as n from audit_log where command = 'queue.noShow'`)
      .get() as { n: number };
    expect(audited.n).toBe(1);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const prefix = await errorOf(h.call('queue.saveService', { prefix: '7', names: { 'uz-Latn': 'X' } }, h.adminToken));
    expect(prefix).toMatchObject({ code: 'VALIDATION' });
    const taken = await errorOf(h.call('queue.saveService', { prefix: 'a', names: { 'uz-Latn': 'X' } }, h.adminToken));
    expect(taken).toMatchObject({ code: 'CONFLICT', details: { issues: [{ path: 'prefix' }] } });
    const request = await errorOf(
      h.call('queue.finish', { id: svc.A, requestId: '01900000-0000-7000-8000-000000000000' }, desk),
    );
    expect(request.code).toBe('NOT_FOUND');
    expect(await errorOf(h.call('queue.saveService', { prefix: 'Q', names: { 'uz-Latn': 'X' } }, desk))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('the day', () => {
  it('numbers start again on the next Tashkent day; yesterday’s waiting are not called', async () => {
    await nextMorning('2026-11-29', '00:30'); // 2026-11-28T19:30Z: still the 28th in UTC
    const a = await issue('A');
    expect(a.ticket).toMatchObject({ day: '2026-11-29', label: 'A-001', number: 1 });
    expect(a.ahead).toBe(0);
    const called = await callNext('1');
    expect(called?.id).toBe(a.ticket.id); // not yesterday's A-002, which still waits
    await act('queue.finish', called!);
  });

  it('two windows calling at once never get the same ticket', async () => {
    at('2026-11-29', '00:40');
    const issued = [await issue('B'), await issue('B')].map((t) => t.ticket.id);
    // Windows 1, 2 and 3 all serve B and are free: three calls race for two tickets.
    const got = await Promise.all(['1', '2', '3'].map((label) => callNext(label)));
    const ids = got.filter((t) => t !== null).map((t) => t!.id);
    expect(ids.sort()).toEqual([...issued].sort());
    expect(got.filter((t) => t === null)).toHaveLength(1);
    for (const t of got) if (t) await act('queue.cancel', t);
  });

  it('the hall board (public) and the printed slip', async () => {
    const board = await h.ok('queue.board', {}, null);
    expect(board.day).toBe('2026-11-29');
    expect(board.called).toEqual([expect.objectContaining({ label: 'A-001', windowLabel: '1', status: 'done' })]);
    expect(board.services.map((s) => [s.prefix, s.waiting])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 0],
    ]);
    expect(JSON.stringify(board)).not.toMatch(/studentId|operator/);

    at('2026-11-29', '00:50');
    await issue('C');
    const c2 = await issue('C');
    const { html } = await h.ok('queue.slip', { id: c2.ticket.id, lang: 'en' }, desk);
    expect(html).toContain('C-002');
    expect(html).toContain('Kontrakt');
    expect(html).toContain('29.11.2026, 00:50');
    expect(html).toContain('People ahead of you: 1');
  });
});

describe('statistics of a worked day', () => {
  it('per service and window, and the same figures read back from the workbook', async () => {
    const day = '2026-11-30';
    await nextMorning(day, '09:00');
    const a1 = (await issue('A')).ticket;
    at(day, '09:02');
    await issue('B');
    at(day, '09:04');
    await issue('A');
    at(day, '09:06');
    expect((await callNext('1'))?.id).toBe(a1.id); // waited 6 min
    at(day, '09:10');
    await act('queue.finish', a1); // served 4 min
    at(day, '09:12');
    const b1 = await callNext('2'); // waited 10 min
    at(day, '09:20');
    await act('queue.finish', b1!); // served 8 min
    at(day, '09:24');
    const a2 = await callNext('1'); // waited 20 min
    at(day, '09:25');
    await act('queue.noShow', a2!);

    const stats = await h.ok('queue.stats', { day }, h.adminToken);
    const row = (
      r: { issued: number; served: number; noShows: number; waitingNow: number } & Record<string, unknown>,
    ) => [r.issued, r.served, r.noShows, r.waitingNow, r.avgWaitSec, r.maxWaitSec, r.avgServiceSec];
    expect(stats.services.map((s) => [s.prefix, ...row(s)])).toEqual([
      ['A', 2, 1, 1, 0, 13 * 60, 20 * 60, 4 * 60],
      ['B', 1, 1, 0, 0, 10 * 60, 10 * 60, 8 * 60],
      ['C', 0, 0, 0, 0, null, null, null],
    ]);
    expect(stats.windows.map((w) => [w.label, w.called, w.served, w.noShows])).toEqual([
      ['1', 2, 1, 1],
      ['2', 1, 1, 0],
      ['3', 0, 0, 0],
    ]);
    expect(row(stats.total)).toEqual([3, 2, 1, 0, 12 * 60, 20 * 60, 6 * 60]);

    const file = await h.ok('queue.exportStats', { day, lang: 'en' }, h.adminToken);
    expect(file.fileName).toBe('queue_2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .slice(1)
        .map((r) => Array.from((r as unknown[]).slice(1), (v) => v ?? null));
    const [services, windows] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(book.worksheets.map((s) => s.name)).toEqual(['Services', 'Windows']);
    expect(values(services)).toEqual([
      [
        'Service',
        'Issued',
        'Served',
        'No-shows',
        'Cancelled',
        'Waiting now',
        'Average wait, min',
        'Longest wait, min',
        'Average service, min',
      ],
      ['A — Maʼlumotnomalar', 2, 1, 1, 0, 0, 13, 20, 4],
      ['B — Arizalar', 1, 1, 0, 0, 0, 10, 10, 8],
      ['C — Kontrakt', 0, 0, 0, 0, 0], // no times: empty cells
      ['Total', 3, 2, 1, 0, 0, 12, 20, 6],
    ]);
    expect(
      values(windows)
        .slice(1)
        .map((r) => r.slice(0, 4)),
    ).toEqual([
      ['1', 2, 1, 1],
      ['2', 1, 1, 0],
      ['3', 0, 0, 0],
    ]);
  });
});

describe('the visitor at the window', () => {
  it('a ticket issued from a student’s card names them at the window, and Done keeps the request taken', async () => {
    await nextMorning('2026-12-01', '09:00');
    const student = await h.ok(
      'students.create',
      { lastNameLat: 'Joʻrayev', firstNameLat: 'Bobur', patronymicLat: 'Anvar oʻgʻli' },
      h.adminToken,
    );
    const issued = await h.ok('queue.issue', { serviceId: svc['C'], studentId: student.id }, desk);
    expect(issued.ticket).toMatchObject({
      label: 'C-001',
      studentId: student.id,
      studentName: 'Joʻrayev Bobur Anvar oʻgʻli',
    });
    const called = await callNext('3');
    expect(called).toMatchObject({ id: issued.ticket.id, studentName: 'Joʻrayev Bobur Anvar oʻgʻli' });
    await h.ok('requests.restoreTypes', {}, h.adminToken);
    const types = await h.ok('requests.types', {}, desk);
    const request = await h.ok(
      'requests.create',
      { typeId: types.items[0]!.id, studentId: student.id, visitor: null, description: '' },
      desk,
    );
    const done = (await h.ok('queue.finish', { id: called!.id, requestId: request.id }, desk)).ticket;
    expect(done).toMatchObject({ status: 'done', requestId: request.id, studentName: 'Joʻrayev Bobur Anvar oʻgʻli' });
    expect((await h.ok('queue.board', {}, null)).called.map((c) => Object.keys(c).sort())).toContainEqual([
      'calledAt',
      'label',
      'recalls',
      'status',
      'windowLabel',
    ]);
  });
});

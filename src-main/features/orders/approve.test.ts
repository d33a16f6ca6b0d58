import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { approve, draft, dump, failure, rows } from './lifecycle-test-support';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterEach(() => h.dispose());

const promote = (studentId: string) => ({ studentId, effectiveDate: '2026-09-01' });
const approveInput = (id: string, number: string, orderDate = '2026-11-28') => ({
  id,
  number,
  orderDate,
  signerName: 'A. Rektorov',
  signerPosition: 'Rektor',
});

describe('approval', () => {
  it('is refused while a student has a problem, naming every blocked student; nothing is written', async () => {
    const { good, weak, unknown } = f.students;
    const order = await draft(h, 'promotion', [promote(good.id), promote(weak.id), promote(unknown.id)]);
    expect(order.blockedCount).toBe(2);
    const before = dump(h);
    const error = await failure(h.call('orders.approve', approveInput(order.id, '1-T'), h.adminToken));
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'orders.error.blocked', params: { count: 2 } });
    expect(error.details?.issues).toEqual([
      { path: 'lines.1', key: 'orders.error.studentBlocked', params: { name: 'Karimova Dilnoza' } },
      { path: 'lines.2', key: 'orders.error.studentBlocked', params: { name: 'Joʻrayev Sanjar' } },
    ]);
    expect(dump(h)).toBe(before);
  });

  it('sets number, date, year, signer and who, and freezes the text with the number in it', async () => {
    const order = await draft(h, 'promotion', [promote(f.students.good.id)]);
    expect(order.text['uz-Latn'].numberLine).not.toContain('45-T');
    h.clock.advance(60_000);
    const done = await h.ok('orders.approve', approveInput(order.id, '45-T', '2026-11-27'), h.adminToken);
    expect(done).toMatchObject({
      status: 'approved',
      number: '45-T',
      orderDate: '2026-11-27',
      signerName: 'A. Rektorov',
    });
    expect(done.approvedAt).toBe('2026-11-28T09:01:00.000Z');
    const [row] = rows(h, 'select order_year, approved_by, approved_text from orders where id = ?', order.id);
    expect(row).toMatchObject({ order_year: 2026, approved_by: 'admin' });
    expect(done.text).toEqual(JSON.parse(row!.approved_text as string));
    expect(JSON.stringify(done.text)).toContain('45-T');
    // The frozen text no longer follows the data: a renamed group shows in a new draft only.
    h.backend.services.store.writer.prepare("update groups set name = 'IQT-24-X' where id = ?").run(f.groups.a.id);
    expect((await h.ok('orders.get', { id: order.id }, h.adminToken)).text).toEqual(done.text);
  });

  it('keeps order numbers unique within the year of the order date, not across years', async () => {
    const { good, finalGood, firstYear } = f.students;
    const a = await draft(h, 'promotion', [promote(good.id)]);
    const b = await draft(h, 'graduation', [promote(finalGood.id)]);
    const c = await draft(h, 'promotion', [promote(firstYear.id)]);
    await h.ok('orders.approve', approveInput(a.id, '12-T', '2026-03-01'), h.adminToken);
    const error = await failure(h.call('orders.approve', approveInput(b.id, '12-T', '2026-12-30'), h.adminToken));
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'orders.error.numberTaken', params: { number: '12-T' } });
    expect(error.details?.issues).toEqual([
      { path: 'number', key: 'orders.error.numberTaken', params: { number: '12-T' } },
    ]);
    expect(rows(h, 'select status, number from orders where id = ?', b.id)).toEqual([
      { status: 'draft', number: null },
    ]);
    await h.ok('orders.approve', approveInput(c.id, '12-T', '2027-01-10'), h.adminToken);
  });
});

describe('override', () => {
  it('a head lets one student through (audited); a back-office user may not', async () => {
    const { good, weak } = f.students;
    const clerk = await h.signInAs('back_office');
    const head = await h.signInAs('head', 'dekan');
    const order = await draft(h, 'promotion', [promote(good.id), promote(weak.id)], clerk);
    const forbidden = await failure(
      h.call('orders.override', { id: order.id, studentId: weak.id, reason: 'Rektor ruxsati' }, clerk),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const nothing = await failure(
      h.call('orders.override', { id: order.id, studentId: good.id, reason: 'Rektor ruxsati' }, head),
    );
    expect(nothing).toMatchObject({ code: 'VALIDATION', details: { issues: [{ path: 'studentId' }] } });

    const overridden = await h.ok(
      'orders.override',
      { id: order.id, studentId: weak.id, reason: 'Rektor ruxsati bilan' },
      head,
    );
    expect(overridden.blockedCount).toBe(0);
    expect(overridden.lines[1]!.override).toEqual({
      reason: 'Rektor ruxsati bilan',
      by: 'User dekan',
      problems: [{ key: 'orders.problem.cannotTransfer' }],
    });
    const [entry] = rows(h, 'select command, actor_login, changes from audit_log order by seq desc limit 1');
    expect(entry).toMatchObject({ command: 'orders.override', actor_login: 'dekan' });
    const change = (JSON.parse(entry!.changes as string) as { table: string; after: Record<string, unknown> }[])[0]!;
    expect(change.table).toBe('order_lines');
    expect(change.after).toMatchObject({ overrideReason: 'Rektor ruxsati bilan', overrideBy: 'dekan' });

    await approve(h, order.id, { token: clerk });
    await h.ok('orders.apply', { id: order.id }, clerk);
    expect(rows(h, 'select course from students where id in (?, ?) order by course', good.id, weak.id)).toEqual([
      { course: 3 },
      { course: 3 },
    ]);
  });

  it('covers exactly the problems listed then: a new problem blocks the student again', async () => {
    const { weak } = f.students;
    const order = await draft(h, 'promotion', [promote(weak.id)]);
    await h.ok('orders.override', { id: order.id, studentId: weak.id, reason: 'Rektor ruxsati' }, h.adminToken);
    // Meanwhile the student goes on academic leave: a problem nobody overrode.
    h.backend.services.store.writer.prepare("update students set status = '13' where id = ?").run(weak.id);
    const detail = await h.ok('orders.get', { id: order.id }, h.adminToken);
    expect(detail.blockedCount).toBe(1);
    expect(detail.lines[0]!.problems.map((p) => p.key)).toEqual([
      'orders.problem.status',
      'orders.problem.cannotTransfer',
    ]);
    const error = await failure(h.call('orders.approve', approveInput(order.id, '3-T'), h.adminToken));
    expect(error.key).toBe('orders.error.blocked');
    const list = await h.ok('orders.list', {}, h.adminToken);
    expect(list.items[0]!.blockedCount).toBe(1);
  });

  it('survives re-saving the same line and is dropped when the line changes', async () => {
    const { good, weak } = f.students;
    const order = await draft(h, 'promotion', [promote(weak.id)]);
    await h.ok('orders.override', { id: order.id, studentId: weak.id, reason: 'Rektor ruxsati' }, h.adminToken);
    const same = await h.ok(
      'orders.saveDraft',
      { id: order.id, type: 'promotion', lines: [promote(good.id), promote(weak.id)] },
      h.adminToken,
    );
    expect(same.lines[1]!.override?.reason).toBe('Rektor ruxsati');
    const changed = await h.ok(
      'orders.saveDraft',
      { id: order.id, type: 'promotion', lines: [{ ...promote(weak.id), effectiveDate: '2026-09-02' }] },
      h.adminToken,
    );
    expect(changed.lines[0]!.override).toBeNull();
    expect(changed.blockedCount).toBe(1);
  });
});

describe('the signed scan', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const scan = (id: string, bytes: Buffer, mimeType: string, fileName = 'buyruq.pdf') => ({
    id,
    fileName,
    mimeType,
    data: bytes.toString('base64'),
  });

  it('is attached to approved orders only, checked by its bytes, replaced and read back', async () => {
    const order = await draft(h, 'promotion', [promote(f.students.good.id)]);
    const early = await failure(h.call('orders.attachScan', scan(order.id, pdf, 'application/pdf'), h.adminToken));
    expect(early).toMatchObject({ code: 'CONFLICT', key: 'orders.error.scanStatus' });
    await approve(h, order.id);

    const docx = Buffer.from('PK\u0003\u0004word/document.xml');
    const wrong = await failure(h.call('orders.attachScan', scan(order.id, docx, 'application/pdf'), h.adminToken));
    expect(wrong).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: 'data', key: 'orders.error.scanType' }] },
    });
    const pngAsPdf = await failure(h.call('orders.attachScan', scan(order.id, png, 'application/pdf'), h.adminToken));
    expect(pngAsPdf.details?.issues).toEqual([{ path: 'data', key: 'orders.error.scanType' }]);
    const garbage = await failure(
      h.call('orders.attachScan', { ...scan(order.id, pdf, 'application/pdf'), data: 'not base64!' }, h.adminToken),
    );
    expect(garbage.details?.issues).toEqual([{ path: 'data', key: 'orders.error.scanData' }]);
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await failure(h.call('orders.attachScan', scan(order.id, big, 'application/pdf'), h.adminToken));
    expect(tooBig.details?.issues).toEqual([{ path: 'data', key: 'orders.error.scanSize' }]);
    expect(await failure(h.call('orders.scan', { id: order.id }, h.adminToken))).toMatchObject({ code: 'NOT_FOUND' });

    const withScan = await h.ok('orders.attachScan', scan(order.id, pdf, 'application/pdf'), h.adminToken);
    expect(withScan.scan).toEqual({
      fileName: 'buyruq.pdf',
      mimeType: 'application/pdf',
      uploadedAt: '2026-11-28T09:00:00.000Z',
    });
    expect(await h.ok('orders.scan', { id: order.id }, h.adminToken)).toEqual({
      fileName: 'buyruq.pdf',
      mimeType: 'application/pdf',
      data: pdf.toString('base64'),
    });
    const [entry] = rows(h, 'select command, changes from audit_log order by seq desc limit 1');
    expect(entry!.command).toBe('orders.attachScan');
    expect(entry!.changes).not.toContain(pdf.toString('base64'));
    expect(JSON.parse(entry!.changes as string)[0].after).toMatchObject({ bytes: pdf.length, replaced: false });

    await h.ok('orders.apply', { id: order.id }, h.adminToken);
    await h.ok('orders.attachScan', scan(order.id, png, 'image/png', 'buyruq.png'), h.adminToken);
    expect((await h.ok('orders.scan', { id: order.id }, h.adminToken)).mimeType).toBe('image/png');
    expect(rows(h, 'select count(*) as n from order_scans')).toEqual([{ n: 1 }]);
  });
});

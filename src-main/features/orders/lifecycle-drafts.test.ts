import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';
import { runCommand, SYSTEM_ACTOR } from '../../commands/run-command';
import { defaultClauseTexts } from './clauses';
import { saveDraft, type DraftInput } from './drafts';

let h: Harness;
let f: OrderFixture;
beforeEach(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
});
afterEach(() => h.dispose());

const rows = (sql: string, ...params: unknown[]) =>
  h.backend.services.store.reader.prepare(sql).all(...params) as Record<string, unknown>[];
const leave = (studentId: string) => ({
  studentId,
  effectiveDate: '2026-12-01',
  reason: '12',
  leaveUntil: '2027-09-01',
});

describe('saving a draft order', () => {
  it('stores the lines in input order with their fields; problems do not stop a draft', async () => {
    const { good, weak, onLeave } = f.students;
    const draft = await h.ok(
      'orders.saveDraft',
      { type: 'academicLeave', lines: [leave(weak.id), leave(onLeave.id), { ...leave(good.id), note: 'ariza' }] },
      h.adminToken,
    );
    expect(draft.status).toBe('draft');
    expect(draft.lines.map((l) => [l.fullName, l.problems.map((p) => p.key)])).toEqual([
      ['Karimova Dilnoza', []],
      ['Qodirova Nodira', ['orders.problem.status']],
      ['Aliyev Bobur', []],
    ]);
    expect(draft.blockedCount).toBe(1);
    expect(draft.createdByName).toBe('Bosh Administrator');
    expect(rows('select student_id, position, reason, leave_until, note from order_lines order by position')).toEqual([
      { student_id: weak.id, position: 0, reason: '12', leave_until: '2027-09-01', note: '' },
      { student_id: onLeave.id, position: 1, reason: '12', leave_until: '2027-09-01', note: '' },
      { student_id: good.id, position: 2, reason: '12', leave_until: '2027-09-01', note: 'ariza' },
    ]);
  });

  it('replaces a draft wholesale and refuses to replace an order that is no longer a draft', async () => {
    const { good, weak, finalGood } = f.students;
    const first = await h.ok(
      'orders.saveDraft',
      { type: 'groupChange', lines: [{ studentId: good.id, effectiveDate: '2026-12-01', newGroupId: f.groups.b.id }] },
      h.adminToken,
    );
    const second = await h.ok(
      'orders.saveDraft',
      {
        id: first.id,
        type: 'nameChange',
        lines: [
          { studentId: finalGood.id, effectiveDate: '2026-12-01', newName: 'Ergashev  Oʻktambek' },
          { studentId: weak.id, effectiveDate: '2026-12-02', newName: 'Karimova Dilnoza Anvar qizi' },
        ],
      },
      h.adminToken,
    );
    expect(second.id).toBe(first.id);
    expect(second.type).toBe('nameChange');
    expect(second.lines.map((l) => [l.studentId, l.newName, l.newGroupId])).toEqual([
      [finalGood.id, 'Ergashev  Oʻktambek', null],
      [weak.id, 'Karimova Dilnoza Anvar qizi', null],
    ]);
    expect(rows('select count(*) as n from order_lines')).toEqual([{ n: 2 }]);
    h.backend.services.store.writer.prepare("update orders set status = 'approved' where id = ?").run(first.id);
    const again = await h.call(
      'orders.saveDraft',
      {
        id: first.id,
        type: 'nameChange',
        lines: [{ studentId: weak.id, effectiveDate: '2026-12-01', newName: 'A B' }],
      },
      h.adminToken,
    );
    expect(again.ok ? null : again.error.key).toBe('orders.error.notDraft');
  });

  it('refuses repeated and unknown students and unknown groups, naming each row, and writes nothing', async () => {
    const { good, weak } = f.students;
    const nobody = '01900000-0000-7000-8000-000000000001';
    const res = await h.call(
      'orders.saveDraft',
      {
        type: 'groupChange',
        lines: [
          { studentId: good.id, effectiveDate: '2026-12-01', newGroupId: f.groups.b.id },
          { studentId: weak.id, effectiveDate: '2026-12-01', newGroupId: nobody },
          { studentId: good.id, effectiveDate: '2026-12-01', newGroupId: f.groups.b.id },
          { studentId: nobody, effectiveDate: '2026-12-01', newGroupId: f.groups.b.id },
        ],
      },
      h.adminToken,
    );
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.details?.issues?.map((i) => [i.path, i.key])).toEqual([
      ['lines.1.newGroupId', 'orders.error.unknownGroup'],
      ['lines.2.studentId', 'orders.error.duplicateStudent'],
      ['lines.3.studentId', 'orders.error.unknownStudent'],
    ]);
    expect(rows('select count(*) as n from orders')).toEqual([{ n: 0 }]);
  });

  it('keeps the run key of a bulk run (the promotion helper calls saveDraft directly)', () => {
    const { store, clock } = h.backend.services;
    const input: DraftInput = {
      type: 'promotion',
      departmentId: f.facultyId,
      reversesOrderId: null,
      preambleUz: '',
      preambleRu: '',
      basisUz: 'Dekan bildirgisi',
      basisRu: '',
      controlUz: '',
      controlRu: '',
      lines: [
        {
          studentId: f.students.good.id,
          effectiveDate: '2026-09-01',
          reason: '',
          newGroupId: null,
          leaveUntil: null,
          newName: null,
          note: '',
        },
      ],
      runKey: 'promotion:x:2:2026',
    };
    const { value: id } = runCommand(store, clock, SYSTEM_ACTOR, 'orders.promotionCreate', input, (w) =>
      saveDraft(w, 'system', input),
    );
    expect(rows('select run_key, created_by, basis_uz, department_id from orders where id = ?', id)).toEqual([
      { run_key: 'promotion:x:2:2026', created_by: 'system', basis_uz: 'Dekan bildirgisi', department_id: f.facultyId },
    ]);
  });

  it('deletes a draft with its lines, and only a draft', async () => {
    const draft = await h.ok(
      'orders.saveDraft',
      { type: 'academicLeave', lines: [leave(f.students.good.id)] },
      h.adminToken,
    );
    await h.ok('orders.deleteDraft', { id: draft.id }, h.adminToken);
    expect(rows('select (select count(*) from orders) as o, (select count(*) from order_lines) as l')).toEqual([
      { o: 0, l: 0 },
    ]);
    const missing = await h.call('orders.deleteDraft', { id: draft.id }, h.adminToken);
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });

  it('checks lines without saving: each student’s problems for the type, other open orders counted', async () => {
    const { good, weak, unknown } = f.students;
    const open = await h.ok(
      'orders.saveDraft',
      { type: 'expulsion', lines: [{ studentId: weak.id, effectiveDate: '2026-12-01', reason: '11' }] },
      h.adminToken,
    );
    const lines = [good, weak, unknown].map((s) => ({ studentId: s.id, effectiveDate: '2026-09-01' }));
    const checked = await h.ok('orders.check', { type: 'promotion', lines }, h.adminToken);
    expect(checked.lines.map((l) => l.problems.map((p) => p.key))).toEqual([
      [],
      ['orders.problem.openOrder', 'orders.problem.cannotTransfer'],
      ['orders.problem.cannotTransfer'],
    ]);
    // The order's own lines are not "another open order".
    const own = await h.ok(
      'orders.check',
      {
        type: 'expulsion',
        orderId: open.id,
        lines: [{ studentId: weak.id, effectiveDate: '2026-12-01', reason: '11' }],
      },
      h.adminToken,
    );
    expect(own.lines[0]!.problems).toEqual([]);
    expect(rows('select count(*) as n from orders')).toEqual([{ n: 1 }]);
  });

  it('takes the text parts from the clause library when all six are empty, and keeps them when any is given', async () => {
    const { good } = f.students;
    const defaults = defaultClauseTexts(h.backend.services.store.reader, 'academicLeave');
    expect(defaults.preambleUz).not.toBe('');
    const filled = await h.ok('orders.saveDraft', { type: 'academicLeave', lines: [leave(good.id)] }, h.adminToken);
    expect(filled).toMatchObject(defaults);
    const own = await h.ok(
      'orders.saveDraft',
      { id: filled.id, type: 'academicLeave', basisRu: 'Заявление', lines: [leave(good.id)] },
      h.adminToken,
    );
    expect(own).toMatchObject({ preambleUz: '', basisUz: '', basisRu: 'Заявление', controlRu: '' });
  });
});

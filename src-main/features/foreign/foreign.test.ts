import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../../src-shared/contract/foreign';
import { CHECKLIST_ITEMS } from '../../../src-shared/domain/foreign-admission';
import { startHarness, type Harness } from '../../../test/support/harness';
import { seedOrders, type OrderFixture } from '../../../test/support/order-fixtures';
import { runCommand, SYSTEM_ACTOR } from '../../commands/run-command';
import { writeDemoForeign } from './demo';

let h: Harness;
let f: OrderFixture;
let clerk: string;

const PDF = Buffer.from('%PDF-1.4\n% passport scan\n').toString('base64');
const rows = (sql: string, ...p: unknown[]) =>
  h.backend.services.store.reader.prepare(sql).all(...p) as Record<string, unknown>[];

function draftOf(extra: Record<string, unknown> = {}) {
  return {
    lastName: 'KHASANDJANOV',
    firstName: 'Farrukh',
    passportNumber: '4012 345678',
    country: 'TJ',
    birthDate: '2006-03-15',
    gender: '11',
    phone: '+992 93 123 45 67',
    specialtyId: f.specialtyId,
    educationForm: '11',
    educationLang: '12',
    course: 1,
    ...extra,
  };
}
const create = (extra: Record<string, unknown> = {}) => h.ok('foreign.create', draftOf(extra), clerk);

const act = (id: string, action: string, reason = '') => h.call('foreign.transition', { id, action, reason }, clerk);

/** Submitted, every required document ticked, documents complete, admitted. */
async function admit(id: string): Promise<ApplicationDetail> {
  if ((await h.ok('foreign.get', { id }, clerk)).status === 'draft') await act(id, 'submit');
  for (const { item } of CHECKLIST_ITEMS.filter((i) => i.required)) {
    await h.ok('foreign.setChecklistItem', { id, item, received: true, receivedOn: '2026-11-20' }, clerk);
  }
  await h.ok('foreign.transition', { id, action: 'completeDocuments' }, clerk);
  return h.ok('foreign.transition', { id, action: 'admit' }, clerk);
}

beforeAll(async () => {
  h = await startHarness();
  f = seedOrders(h.backend.services.store.writer);
  clerk = await h.signInAs('front_office');
});
afterAll(() => h.dispose());

describe('foreign admission', () => {
  let app: ApplicationDetail;

  it('creates a numbered draft with the passport spelling kept and an empty checklist', async () => {
    app = await create();
    expect(app).toMatchObject({
      number: 'F-2026/1',
      status: 'draft',
      lastName: 'KHASANDJANOV',
      passportNumber: '4012345678',
      missing: CHECKLIST_ITEMS.filter((i) => i.required).length,
    });
    expect(app.checklist.every((e) => !e.received)).toBe(true);
    // Every problem of the form at once, each at its field.
    const bad = await h.call(
      'foreign.create',
      draftOf({ lastName: 'Рахимов', specialtyId: null, country: 'UZ', passportNumber: 'X1234567' }),
      clerk,
    );
    expect(bad.ok ? null : bad.error.details?.issues?.map((i) => `${i.path}:${i.key}`)).toEqual([
      'lastName:foreign.error.latinName',
      'country:foreign.error.countryUz',
      'specialtyId:validation.required',
    ]);
    // The same passport cannot have a second live application.
    const again = await h.call('foreign.create', draftOf({ passportNumber: '40123 45678' }), clerk);
    expect(again.ok ? null : again.error.details?.issues).toEqual([
      { path: 'passportNumber', key: 'foreign.error.passportApplied', params: { number: 'F-2026/1' } },
    ]);
  });

  it('completes documents only when every required one is in, and keeps a checked scan', async () => {
    expect((await act(app.id, 'completeDocuments')).ok).toBe(false);
    await h.ok('foreign.transition', { id: app.id, action: 'submit' }, clerk);
    const early = await act(app.id, 'completeDocuments');
    expect(early.ok ? null : early.error.key).toBe('foreign.error.documentsMissing');

    const wrong = await h.call(
      'foreign.attachFile',
      { id: app.id, item: 'passport', fileName: 'p.png', mimeType: 'image/png', data: PDF },
      clerk,
    );
    expect(wrong.ok ? null : wrong.error.details?.issues?.[0]?.key).toBe('orders.error.scanType');
    const withScan = await h.ok(
      'foreign.attachFile',
      { id: app.id, item: 'passport', fileName: 'passport.pdf', mimeType: 'application/pdf', data: PDF },
      clerk,
    );
    const file = withScan.files[0]!;
    expect(file).toMatchObject({ item: 'passport', fileName: 'passport.pdf' });
    expect((await h.ok('foreign.file', { fileId: file.id }, clerk)).data).toBe(PDF);

    app = await admit(app.id);
    expect(app.status).toBe('admitted');
    const lose = await h.call('foreign.setChecklistItem', { id: app.id, item: 'hivTest', received: false }, clerk);
    expect(lose.ok ? null : lose.error.key).toBe('foreign.error.requiredAfterAdmission');
  });

  it('offers only the groups of the specialty, form and course, and refuses another one by name', async () => {
    const groups = await h.ok('foreign.groups', { id: app.id }, clerk);
    expect(groups.map((g) => [g.name, g.subjects])).toEqual([['IQT-25', 4]]);
    const other = await h.call('foreign.register', { id: app.id, groupId: f.groups.a.id }, clerk);
    expect(other.ok ? null : other.error.details?.issues).toEqual([
      { path: 'groupId', key: 'foreign.error.groupCourse' },
    ]);
  });

  it('registers the student in the group with the subjects left this year, in one audited command', async () => {
    const before = rows('select count(*) as n from audit_log')[0]!.n as number;
    app = await h.ok('foreign.register', { id: app.id, groupId: f.groups.d.id }, clerk);
    expect(app).toMatchObject({ status: 'registered', groupName: 'IQT-25', studentName: 'KHASANDJANOV Farrukh' });
    const [student] = rows('select * from students where id = ?', app.studentId);
    expect(student).toMatchObject({
      citizenship: '12',
      passport: '4012345678',
      last_name_passport: 'KHASANDJANOV',
      pinfl: null,
      group_id: f.groups.d.id,
      specialty_id: f.specialtyId,
      course: 1,
      education_form: '11',
      payment_form: '12',
      birth_date: '2006-03-15',
    });
    const subjects = rows(
      `select cs.semester, ss.education_year as year, ss.subject_group as sg from student_subjects ss
         join curriculum_subjects cs on cs.id = ss.curriculum_subject_id where ss.student_id = ? order by cs.semester`,
      app.studentId,
    );
    expect(subjects).toEqual([
      { semester: '11', year: '2026', sg: 'IQT-25' },
      { semester: '11', year: '2026', sg: 'IQT-25' },
      { semester: '11', year: '2026', sg: 'IQT-25' },
      { semester: '12', year: '2026', sg: 'IQT-25' },
    ]);
    const audit = rows('select command, entities from audit_log where seq > ?', before);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.command).toBe('foreign.register');
    expect(String(audit[0]!.entities)).toContain('student_subjects');
    // The counter search finds the new student by the passport name.
    const found = await h.ok('students.search', { query: 'Khasandjanov' }, clerk);
    expect(found.items.map((s) => s.id)).toContain(app.studentId);
    const twice = await h.call('foreign.register', { id: app.id, groupId: f.groups.d.id }, clerk);
    expect(twice.ok ? null : twice.error.key).toBe('foreign.error.notAdmitted');
  });

  it('refuses to register a passport that is already a student’s, writing nothing', async () => {
    h.backend.services.store.writer
      .prepare(`update students set passport = 'N0987654' where id = ?`)
      .run(f.students.good.id);
    const second = await create({ lastName: 'SINGH', firstName: 'Arjun', passportNumber: 'n0987654', country: 'IN' });
    await admit(second.id);
    const res = await h.call('foreign.register', { id: second.id, groupId: f.groups.d.id }, clerk);
    expect(res.ok ? null : res.error.key).toBe('foreign.error.passportStudent');
    expect(rows("select count(*) as n from students where passport = 'N0987654'")[0]!.n).toBe(1);
    expect((await h.ok('foreign.get', { id: second.id }, clerk)).status).toBe('admitted');
  });

  it('rejects with a reason only, and a rejected application is closed', async () => {
    const third = await create({ lastName: 'WANG', firstName: 'Li', passportNumber: 'E12345678', country: 'CN' });
    const bare = await act(third.id, 'reject');
    expect(bare.ok ? null : bare.error.details?.issues).toEqual([
      { path: 'reason', key: 'foreign.error.reasonRequired' },
    ]);
    const rejected = await h.ok(
      'foreign.transition',
      { id: third.id, action: 'reject', reason: 'Soxta hujjat' },
      clerk,
    );
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: 'Soxta hujjat' });
    const after = await act(third.id, 'submit');
    expect(after.ok ? null : after.error.key).toBe('foreign.error.closed');
  });

  it('lists by status and country and finds by name, passport or number', async () => {
    const list = (q: Record<string, unknown>) =>
      h.ok('foreign.list', q, clerk).then((r) => r.items.map((i) => i.number));
    expect(await list({})).toEqual(['F-2026/3', 'F-2026/2', 'F-2026/1']);
    expect(await list({ status: 'admitted' })).toEqual(['F-2026/2']);
    expect(await list({ country: 'cn' })).toEqual(['F-2026/3']);
    expect(await list({ search: 'khasandjanov farrukh' })).toEqual(['F-2026/1']);
    expect(await list({ search: 'N0987' })).toEqual(['F-2026/2']);
    expect(await list({ search: 'f-2026/3' })).toEqual(['F-2026/3']);
    const missing = await h.call('foreign.get', { id: '01900000-0000-7000-8000-000000000000' }, clerk);
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});

describe('foreign demo', () => {
  it('writes eight applications across the statuses, the admitted one ready to register', async () => {
    const { store, clock } = h.backend.services;
    store.writer
      .prepare(`update students set citizenship = '12', passport = '7112345678' where id = ?`)
      .run(f.students.firstYear.id);
    runCommand(store, clock, SYSTEM_ACTOR, 'demo.serviceDesk', {}, (w) =>
      writeDemoForeign(w, { seed: 7, today: '2026-11-28', login: 'demo' }),
    );
    const demo = rows(`select id, number, status from foreign_applications where created_by = 'demo' order by number`);
    expect(demo.map((r) => r.status).sort()).toEqual([
      'admitted',
      'documentsComplete',
      'draft',
      'registered',
      'registered',
      'rejected',
      'submitted',
      'submitted',
    ]);
    // Numbered after the applications already there.
    const seqs = demo.map((r) => Number(String(r.number).slice('F-2026/'.length))).sort((a, b) => a - b);
    expect(seqs).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    const admitted = String(demo.find((r) => r.status === 'admitted')!.id);
    const [group] = await h.ok('foreign.groups', { id: admitted }, clerk);
    const done = await h.ok('foreign.register', { id: admitted, groupId: group!.id }, clerk);
    expect(done.status).toBe('registered');
  });
});

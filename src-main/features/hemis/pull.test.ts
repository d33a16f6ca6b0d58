import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePinfl } from '../../../src-shared/domain/pinfl';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { startHarness, type Harness } from '../../../test/support/harness';
import { tashkentMidnight } from './items';
import { AppError } from '../../../src-shared/errors';
import { HEMIS_ACADEMIC_ROWS } from '../../../src-shared/contract/hemis';
import type { JobContext } from '../../jobs/job-runner';
import { runCommand } from '../../commands/run-command';
import { readMeta } from '../system/settings';
import { runHemisPull } from './pull';
import { HEMIS_PULL_STATE_KEY, type PullState } from './settings';
import { auditCommands, connect, count, pull, TEST_ACTOR, waitForJob } from './test-helpers';

let h: Harness;
let fake: FakeHemis;

afterEach(async () => {
  await h.dispose();
  await fake.close();
});

function studentByHemisId(id: number) {
  return h.backend.services.store.reader.prepare('select * from students where hemis_id = ?').get(id) as Record<
    string,
    unknown
  >;
}

describe('HEMIS pull: a full pull', () => {
  beforeEach(async () => {
    fake = await startFakeHemis({ students: 45, pageSize: 10, invalid: [20] });
    h = await startHarness();
    await connect(h, fake);
  });

  it('brings the structure and every valid student, normalised, searchable in both scripts', async () => {
    const { jobId } = await h.ok('hemis.pull', {}, h.adminToken);
    const job = await waitForJob(h, jobId);
    expect(job.state).toBe('succeeded');
    const result = job.result as Record<string, unknown>;
    expect(result).toMatchObject({
      mode: 'full',
      since: null,
      resumed: false,
      departments: { created: 5, updated: 0, unchanged: 0, rejected: 0 },
      specialties: { created: 3, rejected: 0 },
      groups: { created: 4, rejected: 0 },
      students: { created: 44, updated: 0, unchanged: 0, rejected: 1 },
      pages: 5,
    });
    expect(result.rejectedRows).toEqual([
      expect.objectContaining({
        hemisId: 1020,
        studentIdNumber: '364241101020',
        issues: [{ path: 'passport_pin', key: 'validation.pinfl.format' }],
      }),
    ]);
    expect(count(h, 'students')).toBe(44);
    expect(count(h, 'students', 'where hemis_id = 1020')).toBe(0);
    expect(count(h, 'hemis_student_snapshots')).toBe(44);

    // Structure: the kafedra hangs under its faculty, HEMIS codes kept, oʻ normalised.
    const reader = h.backend.services.store.reader;
    const kafedra = reader
      .prepare(
        'select d.name_uz_latn, d.name_uz_cyrl, d.structure_type, p.code as parent from departments d join departments p on p.id = d.parent_id where d.hemis_id = 11',
      )
      .get();
    expect(kafedra).toEqual({
      name_uz_latn: 'Oʻzbek tili va adabiyoti kafedrasi',
      name_uz_cyrl: 'Ўзбек тили ва адабиёти кафедраси',
      structure_type: '12',
      parent: '102',
    });
    expect(reader.prepare('select code, education_type from specialties where hemis_id = 23').get()).toEqual({
      code: '60230100',
      education_type: '11',
    });
    // A group's form and course come from its curriculum and current semester.
    expect(
      reader.prepare('select name, education_lang, education_form, course from groups where hemis_id = 54').get(),
    ).toEqual({ name: 'ФИЛ-24р', education_lang: '12', education_form: '11', course: 2 });

    // Students: every apostrophe form stored as U+02BB / U+02BC; Cyrillic routed; Tashkent birth day.
    for (let i = 0; i < 45; i++) {
      if (i === 20) continue;
      const s = studentByHemisId(1000 + i);
      expect(String(s.last_name_lat)).not.toMatch(/['`‘’]/);
      expect(String(s.first_name_lat)).not.toMatch(/['`‘’]/);
    }
    expect(studentByHemisId(1000)).toMatchObject({
      last_name_lat: 'Joʻrayev',
      last_name_cyr: 'Жўраев',
      patronymic_lat: 'Shavkat oʻgʻli',
      birth_date: '2003-01-01',
      course: 1,
      status: '11',
      payment_form: '11',
      email: 'talaba0@example.uz',
      phone: null,
    });
    expect(studentByHemisId(1007)).toMatchObject({ first_name_lat: 'Maʼmura', last_name_lat: 'Maʼrufova' });
    expect(studentByHemisId(1003)).toMatchObject({ last_name_cyr: 'Ғуломова', last_name_lat: 'Gʻulomova' });
    expect(studentByHemisId(1001)).toMatchObject({ phone: '+998901000101', gender: '12', course: 2 });

    const front = await h.signInAs('front_office');
    for (const query of [
      'Жўраев Бобур',
      "Jo'rayev Bobur",
      'JO`RAYEV',
      'Djuraev',
      'Ғуломова',
      "G'ulomova",
      '364241101003',
    ]) {
      const { items } = await h.ok('students.search', { query }, front);
      expect(items.length, query).toBeGreaterThan(0);
    }
    const { items } = await h.ok('students.search', { query: "Jo'rayev" }, front);
    expect(items.map((i) => i.studentIdNumber)).toContain('364241101000');

    // Audited: the reference command, batches with counts, the finish; the status page agrees.
    const audit = auditCommands(h).filter((a) => a.command.startsWith('hemis.pull'));
    expect(audit.map((a) => a.command)).toEqual(['hemis.pull.reference', 'hemis.pull.students', 'hemis.pull.finish']);
    expect(audit[1]?.input).toMatchObject({ pages: '1-5', rows: 45, created: 44, rejected: 1, updated: 0 });
    const status = await h.ok('hemis.pullStatus', {}, h.adminToken);
    expect(status).toMatchObject({ pending: null, rejectsTotal: 1, lastPull: { students: { created: 44 } } });
    expect(status.job?.id).toBe(jobId);
    expect((await h.ok('hemis.settings', {}, h.adminToken)).lastPull?.pullId).toBe(status.lastPull?.pullId);
    expect((await h.ok('system.check', {}, h.adminToken)).ok).toBe(true);
  });

  it('a second pull fetches only what HEMIS changed since the first one started', async () => {
    expect((await pull(h)).ok).toBe(true);
    const firstStart = Date.parse((await h.ok('hemis.settings', {}, h.adminToken)).lastPull?.startedAt ?? '');
    h.clock.advance(30 * 60_000);
    const changedAt = Math.floor(h.clock.now().getTime() / 1000);
    fake.updateStudent(1002, { level: { code: '14', name: '4-kurs' }, phone: '+998 97 765 43 21' }, changedAt);
    fake.updateStudent(1020, { passport_pin: makePinfl('2005-09-21', 'male', 26, 120) }, changedAt); // fixed in HEMIS
    fake.requests.splice(0);

    const second = await pull(h);
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.result).toMatchObject({
      mode: 'delta',
      since: new Date(firstStart - 300_000).toISOString(),
      students: { created: 1, updated: 1, unchanged: 0, rejected: 0 },
      departments: { created: 0, updated: 0, unchanged: 5 },
      rejectedRows: [],
    });
    const studentRequests = fake.requests.filter((r) => r.endpoint === 'student-list');
    expect(studentRequests).toHaveLength(1);
    expect(studentRequests[0]?.query.updated_at_from).toBe(String(Math.floor(firstStart / 1000) - 300));
    expect(studentByHemisId(1002)).toMatchObject({ course: 4, phone: '+998977654321' });
    expect(count(h, 'hemis_rejects')).toBe(0);
    expect(count(h, 'students')).toBe(45);

    // The card's history names the HEMIS pull and what it changed.
    const id = String(studentByHemisId(1002).id);
    const history = await h.ok('students.history', { id }, h.adminToken);
    expect(history[0]?.command).toBe('hemis.pull.students');
    expect(history[0]?.changes.map((c) => c.field).sort()).toEqual(['course', 'phone']);

    // `--since` overrides the stored cursor.
    fake.requests.splice(0);
    expect((await pull(h, { since: '2026-11-01' })).ok).toBe(true);
    expect(fake.requests.find((r) => r.endpoint === 'student-list')?.query.updated_at_from).toBe(
      String(tashkentMidnight('2026-11-01')),
    );
  });

  it('keeps a correction made at the counter until HEMIS itself changes that field', async () => {
    await pull(h);
    const id = String(studentByHemisId(1001).id);
    const admin = h.adminToken;
    const card = await h.ok('students.get', { id }, admin);
    await h.ok(
      'students.update',
      {
        id,
        lastNameLat: card.lastNameLat,
        firstNameLat: card.firstNameLat,
        patronymicLat: card.patronymicLat,
        lastNameCyr: card.lastNameCyr,
        firstNameCyr: card.firstNameCyr,
        patronymicCyr: card.patronymicCyr,
        pinfl: card.pinfl,
        passport: card.passport,
        birthDate: card.birthDate,
        gender: card.gender,
        phone: '+998 93 111 22 33',
        studentIdNumber: card.studentIdNumber,
        groupId: card.group?.id ?? null,
      },
      admin,
    );
    h.clock.advance(60_000);
    const at = Math.floor(h.clock.now().getTime() / 1000);
    fake.updateStudent(1001, { email: 'dilnoza@example.uz' }, at); // another field changed in HEMIS
    await pull(h);
    expect(studentByHemisId(1001)).toMatchObject({ phone: '+998931112233', email: 'dilnoza@example.uz' });

    h.clock.advance(60_000);
    fake.updateStudent(1001, { phone: '+998 90 555 44 33' }, Math.floor(h.clock.now().getTime() / 1000));
    await pull(h);
    expect(studentByHemisId(1001)).toMatchObject({ phone: '+998905554433' });
  });

  it('links a student the office entered before the first pull instead of duplicating them', async () => {
    const hemisRow = fake.data['student-list']?.[6] as Record<string, unknown>;
    const local = await h.ok(
      'students.create',
      {
        lastNameLat: 'Ergasheva',
        firstNameLat: 'Sanjar',
        pinfl: String(hemisRow.passport_pin),
        phone: '+998 99 000 00 01',
        lastNamePassport: 'ERGASHEVA',
        firstNamePassport: 'SANJAR',
      },
      h.adminToken,
    );
    await pull(h);
    expect(count(h, 'students')).toBe(44);
    const linked = studentByHemisId(1006);
    expect(linked).toMatchObject({
      id: local.id,
      last_name_lat: 'Ergasheva',
      first_name_lat: 'Sanjar',
      student_id_number: '364241101006',
      phone: '+998990000001', // typed at the counter: kept at the first link
      last_name_passport: 'ERGASHEVA',
    });
  });
});

describe('HEMIS pull: failures', () => {
  beforeEach(async () => {
    fake = await startFakeHemis({ students: 45, pageSize: 10 });
    h = await startHarness();
    await connect(h, fake);
  });

  it('retries 429 (after Retry-After), 500 and a broken page, and completes', async () => {
    fake.fail({ endpoint: 'student-list', page: 2, status: 429, retryAfter: '1' });
    fake.fail({ endpoint: 'student-list', page: 3, status: 500 });
    fake.fail({ endpoint: 'student-list', page: 4, kind: 'broken' });
    fake.fail({ endpoint: 'department-list', kind: 'drop' });
    const started = Date.now();
    const res = await pull(h);
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.result.students.created).toBe(45);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // Retry-After: 1 was honoured
    const pages = fake.requests.filter((r) => r.endpoint === 'student-list').map((r) => `${r.query.page}:${r.status}`);
    // Pages 2–4 are fetched ahead in parallel, so their retries interleave; each is asked twice.
    expect(pages.sort()).toEqual(['1:200', '2:200', '2:429', '3:200', '3:500', '4:200', '4:200', '5:200']);
    // The dropped connection (status 0) was tried again.
    expect(fake.requests.filter((r) => r.endpoint === 'department-list').map((r) => r.status)).toEqual([0, 200]);
  });

  it('a refused token (401) is a clear error and writes nothing', async () => {
    await connect(h, fake, 'not-the-right-token');
    const before = auditCommands(h).length;
    const { jobId } = await h.ok('hemis.pull', {}, h.adminToken);
    const job = await waitForJob(h, jobId);
    expect(job.state).toBe('failed');
    const status = await h.ok('hemis.pullStatus', {}, h.adminToken);
    expect(status.jobError).toEqual({ key: 'error.hemisUnauthorized', params: { status: 401 } });
    expect(status.pending).toBeNull();
    expect(auditCommands(h)).toHaveLength(before);
    expect(count(h, 'departments') + count(h, 'students') + count(h, 'hemis_student_snapshots')).toBe(0);
    expect(fake.requests).toHaveLength(1); // not retried
  });

  it('a failure mid-pull leaves whole batches only, and the next pull resumes and completes', async () => {
    fake.fail({ endpoint: 'student-list', page: 4, status: 503, times: Infinity });
    const failed = await pull(h, { batchRows: 20, client: { maxTries: 2 } });
    expect(failed.ok).toBe(false);
    expect(failed.job.state).toBe('failed');
    // Pages 1–2 are the first batch; page 3 was fetched but its batch never committed.
    expect(count(h, 'students')).toBe(20);
    expect(count(h, 'students', 'where hemis_id between 1000 and 1019')).toBe(20);
    expect(count(h, 'students_fts')).toBe(20);
    expect(count(h, 'hemis_student_snapshots')).toBe(20);
    const status = await h.ok('hemis.pullStatus', {}, h.adminToken);
    expect(status.pending).toMatchObject({ page: 2, pageCount: 5, students: { created: 20 } });
    expect(status.lastPull).toBeNull();

    fake.clearFailures();
    fake.requests.splice(0);
    const resumed = await pull(h, { batchRows: 20 });
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.result).toMatchObject({ resumed: true, pullId: status.pending?.pullId, students: { created: 45 } });
    // Neither the structure nor the pages already written were fetched again.
    expect(fake.requests.map((r) => `${r.endpoint}:${r.query.page}`)).toEqual([
      'student-list:3',
      'student-list:4',
      'student-list:5',
    ]);
    expect(count(h, 'students')).toBe(45);
    expect(count(h, 'students_fts')).toBe(45);
    expect((await h.ok('hemis.pullStatus', {}, h.adminToken)).pending).toBeNull();
    expect((await h.ok('system.check', {}, h.adminToken)).ok).toBe(true);
  });

  it('resuming a pull an older version started: its structure counts stay, the academic ones are not counted (null)', async () => {
    fake.fail({ endpoint: 'student-list', page: 2, status: 503, times: Infinity });
    expect((await pull(h, { client: { maxTries: 1 } })).ok).toBe(false);
    // The state as the version before issue 4 wrote it: only departments, specialties and groups.
    const state = JSON.parse(readMeta(h.backend.services.store.db, HEMIS_PULL_STATE_KEY) ?? '') as PullState;
    const { departments, specialties, groups } = state.reference ?? {};
    runCommand(h.backend.services.store, h.clock, TEST_ACTOR, 'test.oldState', {}, (w) =>
      w.setMeta(HEMIS_PULL_STATE_KEY, JSON.stringify({ ...state, reference: { departments, specialties, groups } })),
    );
    fake.clearFailures();
    const resumed = await pull(h);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.result).toMatchObject({ resumed: true, departments: { created: 5 }, students: { created: 45 } });
    for (const row of HEMIS_ACADEMIC_ROWS) expect(resumed.result[row], row).toBeNull();
    // The contract allows it: the status page shows the summary.
    expect((await h.ok('hemis.pullStatus', {}, h.adminToken)).lastPull).toMatchObject({ curricula: null });
  });

  it('cancel stops between pages; written batches stay and the next pull finishes the job', async () => {
    // A job context that is cancelled once 20 students are fetched (the runner's events are throttled).
    const controller = new AbortController();
    const job: JobContext = {
      signal: controller.signal,
      progress: (done, _total, step) => {
        if (step === 'hemis.step.students' && done >= 20) controller.abort();
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new AppError('CANCELLED', 'error.cancelled', 'cancelled');
      },
      yield: () => new Promise((resolve) => setImmediate(resolve)),
    };
    const err = await runHemisPull(
      h.backend.services,
      TEST_ACTOR,
      { batchRows: 10, client: { backoffMs: 5 } },
      job,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('CANCELLED');
    // Page 1 was written as a batch; page 2 was fetched, then the cancel came before its batch.
    expect(count(h, 'students')).toBe(10);
    expect(count(h, 'students_fts')).toBe(10);
    expect((await h.ok('hemis.pullStatus', {}, h.adminToken)).pending).toMatchObject({ page: 1 });
    const res = await pull(h);
    expect(res.ok && res.result.resumed).toBe(true);
    expect(count(h, 'students')).toBe(45);
  });

  it('refuses a second pull while one runs, and a pull without settings', async () => {
    fake.delayMs = 50;
    const { jobId } = await h.ok('hemis.pull', {}, h.adminToken);
    const second = await h.call('hemis.pull', {}, h.adminToken);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.key).toBe('error.hemisPullRunning');
    h.backend.services.jobs.cancel(jobId);
    await waitForJob(h, jobId);

    await h.ok('hemis.updateSettings', { clearToken: true }, h.adminToken);
    const none = await h.call('hemis.pull', {}, h.adminToken);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.error.key).toBe('error.hemisNotConfigured');
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeApostrophes } from '../../../src-shared/domain/apostrophes';
import { normalizeUzPhone } from '../../../src-shared/domain/phone';
import { analyzePinfl } from '../../../src-shared/domain/pinfl';
import { AppError } from '../../../src-shared/errors';
import { createBackend, type Backend } from '../../backend/create-backend';
import { silentLogger } from '../../backend/logger';
import { runCommand, type Actor } from '../../commands/run-command';
import type { JobContext } from '../../jobs/job-runner';
import { TEST_COST } from '../auth/passwords';
import { departments } from '../registry/schema';
import { checkDatabase } from '../system/check';
import { latinToCyrillic, scriptOf } from './check-names';
import { generateDemo, type DemoOptions } from './generate';

const ACTOR: Actor = { id: null, login: 'test', kind: 'cli' };
const NOW = Date.parse('2026-11-28T09:00:00.000Z');
const dirs: string[] = [];
const backends: Backend[] = [];

function open(dataDir = mkdtempSync(join(tmpdir(), 'registrator-demo-'))): Backend {
  dirs.push(dataDir);
  const backend = createBackend({
    dataDir,
    autoBackup: false,
    passwordCost: TEST_COST,
    logger: silentLogger,
    clock: { now: () => new Date(NOW) },
  });
  backends.push(backend);
  return backend;
}

afterEach(async () => {
  for (const b of backends.splice(0)) await b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function demo(backend: Backend, opts: DemoOptions) {
  const { services } = backend;
  return services.jobs.start('demo', null, (ctx) => generateDemo(services, ACTOR, opts, ctx)).done;
}

/** A job context that cancels itself once `cancelAt` students are written. */
function cancellingJob(cancelAt: number): JobContext {
  const controller = new AbortController();
  return {
    signal: controller.signal,
    progress: (done) => {
      if (done >= cancelAt) controller.abort();
    },
    throwIfCancelled: () => {
      if (controller.signal.aborted) throw new AppError('CANCELLED', 'error.cancelled', 'cancelled');
    },
    yield: () => new Promise((resolve) => setImmediate(resolve)),
  };
}

interface StudentRow {
  student_id_number: string;
  pinfl: string | null;
  passport: string;
  last_name_lat: string;
  first_name_lat: string;
  patronymic_lat: string;
  last_name_cyr: string;
  first_name_cyr: string;
  patronymic_cyr: string;
  birth_date: string;
  gender: string;
  citizenship: string;
  phone: string;
  course: number;
  education_form: string;
  education_type: string;
  payment_form: string;
  status: string;
  year_of_enter: number;
  group_name: string;
  group_course: number;
  group_form: string;
  specialty_type: string;
}

function studentsOf(backend: Backend): StudentRow[] {
  return backend.services.store.reader
    .prepare(
      `select s.student_id_number, s.pinfl, s.passport, s.last_name_lat, s.first_name_lat, s.patronymic_lat,
              s.last_name_cyr, s.first_name_cyr, s.patronymic_cyr, s.birth_date, s.gender, s.citizenship, s.phone,
              s.course, s.education_form, s.education_type, s.payment_form, s.status, s.year_of_enter,
              g.name as group_name, g.course as group_course, g.education_form as group_form,
              sp.education_type as specialty_type
         from students s join groups g on g.id = s.group_id join specialties sp on sp.id = g.specialty_id
        order by s.student_id_number`,
    )
    .all() as StudentRow[];
}

function auditCommands(backend: Backend): Record<string, number> {
  const rows = backend.services.store.reader
    .prepare('select command, count(*) as n from audit_log group by command')
    .all() as { command: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.command, r.n]));
}

/** The demo's orders with their students' ID numbers, comparable across two databases. */
function ordersOf(backend: Backend): unknown[] {
  return backend.services.store.reader
    .prepare(
      `select o.type, o.number, o.order_date, o.status, s.student_id_number, l.reason, l.effective_date
         from orders o join order_lines l on l.order_id = o.id join students s on s.id = l.student_id
        order by o.order_year, o.number, s.student_id_number`,
    )
    .all();
}

function count(backend: Backend, table: string): number {
  return (backend.services.store.reader.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

/** Every expelled or on-leave student of a finished demo has the applied order (and movement) that moved them. */
function expectOrdersBehindMoved(backend: Backend): void {
  const db = backend.services.store.reader;
  const moved = db.prepare("select id, status from students where status in ('12', '13')").all() as {
    id: string;
    status: string;
  }[];
  expect(moved.length).toBeGreaterThan(30);
  const lines = db
    .prepare(
      `select l.student_id as studentId, o.type, o.status, o.number, o.order_date as orderDate, l.reason,
              l.effective_date as effectiveDate, l.leave_until as leaveUntil, o.approved_text as text,
              json_extract(l.before, '$.status') as beforeStatus, json_extract(l.after, '$.status') as afterStatus
         from order_lines l join orders o on o.id = l.order_id`,
    )
    .all() as Record<string, string | null>[];
  const byStudent = new Map(lines.map((l) => [l.studentId, l]));
  expect(lines).toHaveLength(moved.length);
  for (const s of moved) {
    const line = byStudent.get(s.id)!;
    expect(line).toMatchObject({
      type: s.status === '12' ? 'expulsion' : 'academicLeave',
      status: 'applied',
      beforeStatus: '11',
      afterStatus: s.status,
    });
    expect(line.effectiveDate! <= '2026-11-28').toBe(true);
    expect(line.effectiveDate).toBe(line.orderDate);
    expect(line.reason).toMatch(/^1[1-9]$/);
    if (s.status === '13') expect(line.leaveUntil! > line.effectiveDate!).toBe(true);
    expect(JSON.parse(line.text!)['uz-Latn'].numberLine).toContain(line.number);
  }
  // One movement per moved student, pointing at the order; numbers unique within a year.
  expect(count(backend, 'student_movements')).toBe(moved.length);
  const numbers = db.prepare('select order_year as y, number from orders').all() as { y: number; number: string }[];
  expect(new Set(numbers.map((n) => `${n.y}/${n.number}`)).size).toBe(numbers.length);
}

describe('demo institution', () => {
  it('creates 1,200 realistic, consistent students in whole audited batches', async () => {
    const backend = open();
    const summary = await demo(backend, { students: 1200, seed: 7, batchSize: 500 });
    expect(summary).toMatchObject({ faculties: 8, students: 1200, batches: 3 });
    expect(summary.specialties).toBeGreaterThanOrEqual(8 * 3);
    expect(summary.groups).toBe(48);
    expectOrdersBehindMoved(backend);

    expect(count(backend, 'students')).toBe(1200);
    expect(count(backend, 'groups')).toBe(summary.groups);
    expect(count(backend, 'specialties')).toBe(summary.specialties);
    const structure = backend.services.store.reader
      .prepare('select structure_type as t, count(*) as n from departments group by structure_type')
      .all();
    expect(structure).toEqual([
      { t: '11', n: 8 },
      { t: '12', n: expect.any(Number) },
    ]);
    expect(auditCommands(backend)).toEqual({
      'demo.structure': 1,
      'demo.students': 3,
      'demo.orders': 1,
      'demo.serviceDesk': 1,
    });
    expect(checkDatabase(backend.services.store.reader, backend.services.store.dataDir).ok).toBe(true);

    const rows = studentsOf(backend);
    expect(rows).toHaveLength(1200);
    const citizens = rows.filter((r) => r.citizenship === '11');
    const foreigners = rows.filter((r) => r.citizenship === '12');
    expect(citizens.length + foreigners.length).toBe(1200);
    expect(foreigners.length).toBeGreaterThan(5);
    expect(foreigners.length).toBeLessThan(60);

    for (const r of citizens) {
      const pinfl = analyzePinfl(r.pinfl ?? '');
      expect(pinfl.valid, r.pinfl ?? 'null').toBe(true);
      expect(pinfl.birthDate).toBe(r.birth_date);
      expect(pinfl.sex).toBe(r.gender === '11' ? 'male' : 'female');
      expect(r.passport).toMatch(/^[A-Z]{2}\d{7}$/);
    }
    for (const r of foreigners) {
      expect(r.pinfl).toBeNull();
      expect(r.passport).not.toMatch(/^[A-Z]{2}\d{7}$/);
      expect(r.payment_form).toBe('12');
    }
    const unique = (key: keyof StudentRow, list = rows) => new Set(list.map((r) => r[key])).size;
    expect(unique('pinfl', citizens)).toBe(citizens.length);
    expect(unique('passport')).toBe(1200);
    expect(unique('student_id_number')).toBe(1200);

    for (const r of rows) {
      expect(r.student_id_number).toMatch(/^\d{12}$/);
      expect(r.student_id_number.slice(3, 5)).toBe(String(r.year_of_enter % 100).padStart(2, '0'));
      expect(normalizeUzPhone(r.phone)).toBe(r.phone);
      for (const [lat, cyr] of [
        [r.last_name_lat, r.last_name_cyr],
        [r.first_name_lat, r.first_name_cyr],
        [r.patronymic_lat, r.patronymic_cyr],
      ] as const) {
        expect(lat).not.toMatch(/['`\u2018\u2019]/);
        expect(normalizeApostrophes(lat)).toBe(lat);
        expect(scriptOf(lat), lat).toBe('latin');
        expect(scriptOf(cyr), cyr).toBe('cyrillic');
        expect(latinToCyrillic(lat), lat).toBe(cyr);
      }
      const patronymicFemale = /(qizi|vna)$/.test(r.patronymic_lat);
      expect(patronymicFemale).toBe(r.gender === '12');
      expect(r.course).toBe(r.group_course);
      expect(r.education_form).toBe(r.group_form);
      expect(r.education_type).toBe(r.specialty_type);
      expect(r.course).toBeLessThanOrEqual(r.education_type === '12' ? 2 : 4);
      expect(r.year_of_enter).toBe(2026 - r.course + 1);
      const ageAtEntry = r.year_of_enter - Number(r.birth_date.slice(0, 4));
      expect(ageAtEntry).toBeGreaterThanOrEqual(r.education_type === '12' ? 22 : 17);
      expect(ageAtEntry).toBeLessThanOrEqual(40);
      expect(['11', '12', '13']).toContain(r.status);
    }
    const share = (pred: (r: StudentRow) => boolean) => rows.filter(pred).length / rows.length;
    expect(share((r) => r.payment_form === '11')).toBeGreaterThan(0.15);
    expect(share((r) => r.payment_form === '11')).toBeLessThan(0.3);
    expect(share((r) => r.status === '11')).toBeGreaterThan(0.9);
    expect(share((r) => r.education_form === '11')).toBeGreaterThan(0.5);
    expect(share((r) => r.gender === '12')).toBeGreaterThan(0.35);
    expect(share((r) => r.gender === '12')).toBeLessThan(0.65);
    expect(unique('last_name_lat')).toBeGreaterThan(150);
    expect(share((r) => r.patronymic_lat.endsWith('o\u02bbg\u02bbli'))).toBeGreaterThan(0.1);

    const groupSizes = backend.services.store.reader
      .prepare('select count(*) as n from students group by group_id')
      .all() as { n: number }[];
    expect(groupSizes).toHaveLength(summary.groups);
    expect(Math.min(...groupSizes.map((g) => g.n))).toBeGreaterThanOrEqual(15);
    expect(Math.max(...groupSizes.map((g) => g.n))).toBeLessThanOrEqual(35);
  });

  it('is deterministic for a seed', async () => {
    const a = open();
    const b = open();
    const c = open();
    await demo(a, { students: 300, seed: 11, batchSize: 100 });
    await demo(b, { students: 300, seed: 11, batchSize: 300 });
    await demo(c, { students: 300, seed: 12 });
    expect(studentsOf(b)).toEqual(studentsOf(a));
    expect(studentsOf(c)).not.toEqual(studentsOf(a));
  });

  it('a cancel leaves whole batches, and a re-run resumes to the same result', async () => {
    const backend = open();
    const { services } = backend;
    const run = generateDemo(services, ACTOR, { students: 1200, seed: 5, batchSize: 500 }, cancellingJob(500));
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(count(backend, 'students')).toBe(500);
    expect(auditCommands(backend)).toEqual({ 'demo.structure': 1, 'demo.students': 1 });
    expect(checkDatabase(services.store.reader, services.store.dataDir).ok).toBe(true);

    const resumed = await demo(backend, { students: 1200, seed: 5, batchSize: 500 });
    expect(resumed).toMatchObject({ students: 1200, batches: 2 });
    expect(auditCommands(backend)).toEqual({
      'demo.structure': 1,
      'demo.students': 3,
      'demo.orders': 1,
      'demo.serviceDesk': 1,
    });

    const fresh = open();
    await demo(fresh, { students: 1200, seed: 5 });
    expect(studentsOf(backend)).toEqual(studentsOf(fresh));
    expect(ordersOf(backend)).toEqual(ordersOf(fresh));
  });

  it('running the same demo again writes nothing; another demo or real data is refused', async () => {
    const backend = open();
    await demo(backend, { students: 200, seed: 3 });
    const entries = count(backend, 'audit_log');
    expect(await demo(backend, { students: 200, seed: 3 })).toMatchObject({ students: 200, batches: 0 });
    expect(count(backend, 'audit_log')).toBe(entries);
    await expect(demo(backend, { students: 200, seed: 4 })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'error.demoExists',
    });
    await expect(demo(backend, { students: 300, seed: 3 })).rejects.toMatchObject({ key: 'error.demoExists' });
    expect(count(backend, 'students')).toBe(200);

    const real = open();
    const { store, clock } = real.services;
    runCommand(store, clock, ACTOR, 'test.department', {}, (w) =>
      w.insert(departments, { id: 'd1', code: '01', nameUzLatn: 'Fakultet', structureType: '11' }),
    );
    await expect(demo(real, { students: 100 })).rejects.toMatchObject({ key: 'error.demoExists' });
    expect(count(real, 'departments')).toBe(1);
  });

  it('rejects sizes it cannot make unique', async () => {
    const backend = open();
    await expect(demo(backend, { students: 10_000_000 })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(demo(backend, { students: 10, batchSize: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(count(backend, 'audit_log')).toBe(0);
  });
});

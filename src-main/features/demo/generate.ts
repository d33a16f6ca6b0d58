import { eq } from 'drizzle-orm';
import { latinToCyrillic } from '../../../src-shared/domain/transliterate';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Services } from '../../backend/context';
import { runCommand, type Actor } from '../../commands/run-command';
import type { Writer } from '../../commands/writer';
import type { JobContext } from '../../jobs/job-runner';
import { institution } from '../institution/schema';
import { departments, groups, specialties, students } from '../registry/schema';
import { indexStudentsAfter, maxStudentRowid, studentSearchText } from '../students/search-index';
import { appMeta } from '../system/schema';
import { academicRecords, controlMarks } from '../academic/schema';
import { attendance } from '../attendance/schema';
import { academicsFactory, type AcademicRows } from './academic-records';
import { buildAcademicPlan, isoDay, type AcademicPlan } from './academic-plan';
import { readAcademicIds, writeAcademicStructure, writeGroupCalendar } from './academic-write';
import { writeDemoOrders } from './orders';
import { writeDemoServiceDesk } from './service-desk';
import { academicYearOf, buildPlan, type DemoPlan } from './plan';
import { MAX_DEMO_STUDENTS, studentFactory } from './students';
import { DEMO_INSTITUTION, FACULTIES } from './structure-data';

export interface DemoOptions {
  students: number;
  seed?: number;
  batchSize?: number;
}

export interface DemoSummary {
  faculties: number;
  specialties: number;
  groups: number;
  /** Students of the demo in the database (all of them, also when this run resumed). */
  students: number;
  /** `demo.students` batches this run committed. */
  batches: number;
}

export const DEFAULT_SEED = 20261128;
export const DEFAULT_BATCH_SIZE = 5000;
/** Bump when the generator's output changes: a half-written demo of another version is not resumed. */
export const DEMO_VERSION = 2;
/** `app_meta` key holding {@link DemoState}. */
export const DEMO_META_KEY = 'demo.state';

interface DemoState {
  version: number;
  seed: number;
  students: number;
  academicYear: number;
  /** The demo's day (ISO date): current semester, timetable weeks and absences follow from it. */
  today: string;
  /** Students committed so far (whole batches). */
  done: number;
  /** The orders behind the expelled and on-leave students are written (the last step). */
  orders?: boolean;
  /** Request types, requests, the queue, tariffs, contracts, the knowledge base (issue 7). */
  serviceDesk?: boolean;
}

function readState(services: Services): DemoState | null {
  const row = services.store.db.select().from(appMeta).where(eq(appMeta.key, DEMO_META_KEY)).get();
  return row ? (JSON.parse(row.value) as DemoState) : null;
}

function demoExists(message: string, params: Record<string, string | number>): AppError {
  return new AppError('CONFLICT', 'error.demoExists', message, { params });
}

function tooBig(path: string, max: number): AppError {
  return new AppError('VALIDATION', 'error.validation', `${path} must be at most ${max}`, {
    details: { issues: [{ path, key: 'validation.tooBig', params: { max } }] },
  });
}

function count(w: Writer, table: 'students' | 'departments'): number {
  return (w.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

/**
 * The structure command: institution (when absent), faculties, kafedras, specialties, the
 * academic structure (years, subjects, staff, curricula), groups with their curriculum and
 * tutor, and the groups' timetable and exams.
 */
function writeStructure(w: Writer, plan: DemoPlan, academic: AcademicPlan, state: DemoState): string[] {
  const existing = count(w, 'students') + count(w, 'departments');
  if (existing > 0) {
    throw demoExists('The database already holds departments or students; the demo fills only an empty one.', {
      students: count(w, 'students'),
    });
  }
  if (!w.get(institution, 'main')) w.insert(institution, { id: 'main', ...DEMO_INSTITUTION, updatedAt: w.now });
  const ms = Date.parse(w.now);
  const facultyIds: string[] = [];
  const kafedraIds: string[][] = [];
  FACULTIES.forEach((f, fi) => {
    const id = uuidv7(ms);
    facultyIds.push(id);
    kafedraIds.push([]);
    const code = String(fi + 1).padStart(2, '0');
    const n = f.names;
    w.insert(departments, {
      id,
      code,
      nameUzLatn: n.uzLatn,
      nameUzCyrl: n.uzCyrl,
      nameRu: n.ru,
      nameEn: n.en,
      structureType: '11',
    });
    f.kafedras.forEach((k, ki) => {
      const kafedraId = uuidv7(ms);
      kafedraIds[fi]?.push(kafedraId);
      w.insert(departments, {
        id: kafedraId,
        code: `${code}-${String(ki + 1).padStart(2, '0')}`,
        nameUzLatn: k.uzLatn,
        nameUzCyrl: k.uzCyrl,
        nameRu: k.ru,
        nameEn: k.en,
        structureType: '12',
        parentId: id,
      });
    });
  });
  const specialtyIds = plan.specialties.map((s) => {
    const id = uuidv7(ms);
    const d = s.def;
    w.insert(specialties, {
      id,
      code: d.code,
      nameUzLatn: d.uzLatn,
      // Programme names are ordinary text, so the Cyrillic form is a faithful transliteration.
      nameUzCyrl: latinToCyrillic(d.uzLatn),
      nameRu: d.ru,
      nameEn: d.en,
      departmentId: facultyIds[s.faculty] as string,
      educationType: d.type,
    });
    return id;
  });
  const academicIds = writeAcademicStructure(w, academic, { facultyIds, kafedraIds, specialtyIds });
  const groupRows = plan.groups.map((g, gi) => ({
    id: uuidv7(ms),
    name: g.name,
    departmentId: facultyIds[g.faculty] as string,
    specialtyId: specialtyIds[g.specialty] as string,
    educationLang: g.lang,
    educationForm: g.form,
    course: g.course,
    curriculumId: academicIds.curriculumIds[academic.curriculumOf[gi] as number] as string,
    tutorId: academicIds.employeeIds[academic.tutorOf[gi] as number] as string,
  }));
  w.bulkInsert(groups, groupRows);
  writeGroupCalendar(
    w,
    plan,
    academic,
    academicIds,
    groupRows.map((g) => g.id),
  );
  w.setMeta(DEMO_META_KEY, JSON.stringify(state));
  return groupRows.map((g) => g.id);
}

/** Group ids of a half-written demo, matched to the plan by name. */
function readGroupIds(services: Services, plan: DemoPlan): string[] {
  const byName = new Map(
    services.store.db
      .select({ id: groups.id, name: groups.name })
      .from(groups)
      .all()
      .map((g) => [g.name, g.id]),
  );
  return plan.groups.map((g) => {
    const id = byName.get(g.name);
    if (!id) throw demoExists(`The demo's group ${g.name} is missing; the demo cannot be resumed.`, { group: g.name });
    return id;
  });
}

/**
 * Fills the database with a demo university, as a job.
 *
 * Writes: one `demo.structure` command (institution profile if none, 8 faculties with kafedras,
 * specialties, academic years, subjects, staff, curricula, the groups with their curriculum and
 * tutor, timetable and exams), then `demo.students` commands of `batchSize` students each with
 * their grades and absences, every one a single transaction with its audit entry. A cancel, crash or `kill -9` leaves whole
 * batches, and the progress (`app_meta` `demo.state`) moves in the same transaction.
 *
 * On a database that already has data: the same demo (seed, size, academic year, generator
 * version) half written is resumed after its last whole batch, and a finished one is left as it
 * is (nothing written); anything else — another demo, or real departments or students — is
 * refused with `error.demoExists`, so a demo never mixes with real records or duplicates itself.
 */
export async function generateDemo(
  services: Services,
  actor: Actor,
  opts: DemoOptions,
  job: JobContext,
): Promise<DemoSummary> {
  const total = opts.students;
  const seed = (opts.seed ?? DEFAULT_SEED) >>> 0;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(total) || total < 0)
    throw new AppError('VALIDATION', 'error.validation', 'students must be a whole number');
  if (total > MAX_DEMO_STUDENTS) throw tooBig('students', MAX_DEMO_STUDENTS);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new AppError('VALIDATION', 'error.validation', 'batchSize must be a positive whole number');
  if (batchSize > 50_000) throw tooBig('batchSize', 50_000);
  const { store, clock, logger } = services;

  const academicYear = academicYearOf(clock.now());
  const plan = buildPlan(seed, total, academicYear);
  const previous = readState(services);
  // A resumed demo keeps the day it was started on, so its later batches match its timetable.
  const today = previous?.today ?? isoDay(clock.now().getTime());
  const wanted: DemoState = { version: DEMO_VERSION, seed, students: total, academicYear, today, done: 0 };
  const academic = buildAcademicPlan(plan, today);
  let groupIds: string[];
  let done = 0;
  if (previous) {
    const same =
      previous.version === wanted.version &&
      previous.seed === wanted.seed &&
      previous.students === wanted.students &&
      previous.academicYear === wanted.academicYear;
    if (!same) {
      throw demoExists(
        `A different demo is already in this database (seed ${previous.seed}, ${previous.students} students); use a new data folder.`,
        { seed: previous.seed, students: previous.students },
      );
    }
    done = previous.done;
    groupIds = readGroupIds(services, plan);
    if (done < total) logger.info(`demo: resuming after ${done} of ${total} students`);
  } else {
    job.throwIfCancelled();
    job.progress(0, total, 'demo.step.structure');
    groupIds = runCommand(store, clock, actor, 'demo.structure', { seed, students: total, academicYear, today }, (w) =>
      writeStructure(w, plan, academic, wanted),
    ).value;
  }
  const academicIds = readAcademicIds(store.writer, academic);

  const make = studentFactory(plan);
  const placements = new Map(
    store.db
      .select({
        id: groups.id,
        departmentId: groups.departmentId,
        specialtyId: groups.specialtyId,
        educationLang: groups.educationLang,
      })
      .from(groups)
      .all()
      .map((g) => [g.id, g] as const),
  );
  const academicsFor = academicsFactory(plan, academic, academicIds, groupIds, actor.id ?? actor.login);
  let batches = 0;
  job.progress(done, total, 'demo.step.students');
  while (done < total) {
    job.throwIfCancelled();
    const from = done;
    const n = Math.min(batchSize, total - from);
    const batch = Math.floor(from / batchSize) + 1;
    runCommand(store, clock, actor, 'demo.students', { batch, from, count: n, seed }, (w) => {
      // Re-checked inside the transaction: two demo jobs on one database must not both write a batch.
      const state = JSON.parse(
        w.db.select().from(appMeta).where(eq(appMeta.key, DEMO_META_KEY)).get()?.value ?? 'null',
      ) as DemoState | null;
      if (state?.done !== from)
        throw demoExists('Another demo job is writing to this database.', { students: state?.done ?? 0 });
      const ms = Date.parse(w.now);
      const rows = new Array<typeof students.$inferInsert>(n);
      const lastRowid = maxStudentRowid(w.sqlite);
      const academics = academicsFor(w.now);
      const out: AcademicRows = { records: [], attendance: [], controls: [] };
      for (let k = 0; k < n; k++) {
        const s = make(from + k);
        const groupId = groupIds[s.group] as string;
        const placement = placements.get(groupId);
        const id = uuidv7(ms);
        academics(from + k, id, s.group, s.status, out);
        rows[k] = {
          id,
          studentIdNumber: s.studentIdNumber,
          pinfl: s.pinfl,
          passport: s.passport,
          lastNameLat: s.lastNameLat,
          firstNameLat: s.firstNameLat,
          patronymicLat: s.patronymicLat,
          lastNameCyr: s.lastNameCyr,
          firstNameCyr: s.firstNameCyr,
          patronymicCyr: s.patronymicCyr,
          lastNamePassport: s.lastNamePassport,
          firstNamePassport: s.firstNamePassport,
          searchText: studentSearchText(s),
          birthDate: s.birthDate,
          gender: s.gender,
          citizenship: s.citizenship,
          phone: s.phone,
          groupId,
          departmentId: placement?.departmentId ?? null,
          specialtyId: placement?.specialtyId ?? null,
          educationLang: placement?.educationLang ?? null,
          course: s.course,
          educationForm: s.educationForm,
          educationType: s.educationType,
          paymentForm: s.paymentForm,
          status: s.status,
          yearOfEnter: s.yearOfEnter,
          createdAt: w.now,
          updatedAt: w.now,
        };
      }
      w.bulkInsert(students, rows);
      indexStudentsAfter(w.sqlite, lastRowid);
      w.bulkInsert(academicRecords, out.records);
      w.bulkInsert(controlMarks, out.controls);
      w.bulkInsert(attendance, out.attendance);
      w.setMeta(DEMO_META_KEY, JSON.stringify({ ...state, done: from + n }));
    });
    done = from + n;
    batches++;
    job.progress(done, total, 'demo.step.students');
    job.throwIfCancelled();
    await job.yield();
  }
  const final = readState(services);
  if (final && !final.orders) {
    job.throwIfCancelled();
    job.progress(done, total, 'demo.step.orders');
    runCommand(store, clock, actor, 'demo.orders', { seed }, (w) => {
      writeDemoOrders(w, seed, today, actor.login);
      w.setMeta(DEMO_META_KEY, JSON.stringify({ ...final, orders: true }));
    });
  }
  const withOrders = readState(services);
  if (withOrders && !withOrders.serviceDesk) {
    job.throwIfCancelled();
    job.progress(done, total, 'demo.step.serviceDesk');
    runCommand(store, clock, actor, 'demo.serviceDesk', { seed }, (w) => {
      writeDemoServiceDesk(w, { seed, today, login: actor.login });
      w.setMeta(DEMO_META_KEY, JSON.stringify({ ...withOrders, serviceDesk: true }));
    });
  }
  return {
    faculties: FACULTIES.length,
    specialties: plan.specialties.length,
    groups: plan.groups.length,
    students: total,
    batches,
  };
}

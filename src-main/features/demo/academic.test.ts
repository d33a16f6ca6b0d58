import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeApostrophes } from '../../../src-shared/domain/apostrophes';
import { computeGpa, DEFAULT_MARKING_SYSTEMS, gradeOf, type Grade } from '../../../src-shared/domain/grading';
import { AppError } from '../../../src-shared/errors';
import { createBackend, type Backend } from '../../backend/create-backend';
import { silentLogger } from '../../backend/logger';
import type { Actor } from '../../commands/run-command';
import type { JobContext } from '../../jobs/job-runner';
import { TEST_COST } from '../auth/passwords';
import { transcriptOf } from '../grades/transcript';
import { checkDatabase } from '../system/check';
import { CATALOG, PROGRAMMES } from './academic-catalog';
import { scriptOf } from './check-names';
import { generateDemo, type DemoOptions } from './generate';

const ACTOR: Actor = { id: null, login: 'test', kind: 'cli' };
/** A Saturday in the fall semester: courses 2–4 have 2, 4 and 6 semesters behind them. */
const NOW = Date.parse('2026-11-28T09:00:00.000Z');
const dirs: string[] = [];
const backends: Backend[] = [];

function open(): Backend {
  const dataDir = mkdtempSync(join(tmpdir(), 'registrator-demo-academic-'));
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

function all<T>(backend: Backend, sql: string): T[] {
  return backend.services.store.reader.prepare(sql).all() as T[];
}

function count(backend: Backend, table: string): number {
  return all<{ n: number }>(backend, `select count(*) as n from ${table}`)[0]?.n ?? 0;
}

/** Records and absences without ids, in a stable order: what two equal demos must share. */
function academics(backend: Backend): unknown[] {
  return [
    ...all(
      backend,
      `select s.student_id_number, sub.code, r.semester, r.education_year, r.credit, r.total_point, r.grade,
              r.attempt, r.is_current, r.replaces_id is not null as corrected, r.lecturer, r.exam_date
         from academic_records r join students s on s.id = r.student_id join subjects sub on sub.id = r.subject_id
        order by 1, 3, 2, 8, 10`,
    ),
    ...all(
      backend,
      `select s.student_id_number, sub.code, m.semester, m.exam_type, m.final_exam_type, m.points, m.exam_date
         from control_marks m join students s on s.id = m.student_id join subjects sub on sub.id = m.subject_id
        order by 1, 3, 2, 4, 5`,
    ),
    ...all(
      backend,
      `select s.student_id_number, sub.code, a.lesson_date, a.lesson_pair, a.hours_excused, a.hours_unexcused
         from attendance a join students s on s.id = a.student_id join subjects sub on sub.id = a.subject_id
        order by 1, 3, 4`,
    ),
  ];
}

describe('demo academic records', () => {
  it('gives every group a curriculum and tutor, and every student a transcript of the semesters behind them', async () => {
    const backend = open();
    const summary = await demo(backend, { students: 200, seed: 9, batchSize: 80 });
    expect(checkDatabase(backend.services.store.reader, backend.services.store.dataDir).ok).toBe(true);

    const groups = all<{ id: string; curriculum_id: string | null; tutor_id: string | null; course: number }>(
      backend,
      'select id, curriculum_id, tutor_id, course from groups',
    );
    expect(groups).toHaveLength(summary.groups);
    for (const g of groups) {
      expect(g.curriculum_id).not.toBeNull();
      expect(g.tutor_id).not.toBeNull();
    }
    const tutors = all<{ position: string }>(
      backend,
      'select e.position from groups g join employees e on e.id = g.tutor_id',
    );
    expect(new Set(tutors.map((t) => t.position))).toEqual(new Set(['Tyutor']));

    // Each curriculum semester holds 5–7 subjects (a master's dissertation semester fewer) worth 30 credits.
    const semesters = all<{ curriculum_id: string; semester: string; n: number; credits: number }>(
      backend,
      `select curriculum_id, semester, count(*) as n, sum(credit) as credits from curriculum_subjects
        group by curriculum_id, semester`,
    );
    for (const s of semesters) {
      expect(s.credits).toBe(30);
      expect(s.n).toBeLessThanOrEqual(7);
    }
    expect(semesters.filter((s) => s.n < 5).every((s) => s.semester === '14')).toBe(true);
    const ratingGrades = new Set(
      all<{ r: string }>(backend, 'select distinct rating_grade as r from curriculum_subjects').map((r) => r.r),
    );
    for (const code of ['11', '12', '14']) expect(ratingGrades.has(code), code).toBe(true);
    expect(count(backend, 'curriculum_semesters')).toBeGreaterThan(0);
    expect(all(backend, 'select code from education_years where current = 1')).toEqual([{ code: '2026' }]);

    // Every student of course ≥ 2 has current results for every subject of every completed semester.
    const expected = all<{ student: string; semester: string; n: number }>(
      backend,
      `select s.id as student, cs.semester, count(*) as n
         from students s join groups g on g.id = s.group_id join curriculum_subjects cs on cs.curriculum_id = g.curriculum_id
        where cast(cs.semester as integer) - 10 < 2 * s.course - 1 and cs.rating_grade <> '15'
        group by s.id, cs.semester`,
    );
    const actual = new Map(
      all<{ student: string; semester: string; n: number }>(
        backend,
        `select student_id as student, semester, count(*) as n from academic_records where is_current = 1
          group by student_id, semester`,
      ).map((r) => [`${r.student}/${r.semester}`, r.n]),
    );
    expect(actual.size).toBe(expected.length);
    for (const e of expected) expect(actual.get(`${e.student}/${e.semester}`), e.semester).toBe(e.n);
    const seniors = all<{ n: number }>(backend, 'select count(*) as n from students where course >= 2')[0]?.n ?? 0;
    expect(new Set(expected.map((e) => e.student)).size).toBe(seniors);
    expect(count(backend, 'academic_records')).toBeGreaterThan(seniors * 10);

    // Grades follow the scores by the default borders; failed attempts, re-sits and appeals are all there.
    const records = all<{
      id: string;
      student_id: string;
      total_point: number;
      grade: Grade;
      credit: number;
      rating_grade: string;
      education_year: string;
      marking_system: '11' | '13';
      attempt: number;
      is_current: number;
      replaces_id: string | null;
      source: string;
    }>(backend, 'select * from academic_records');
    for (const r of records) {
      expect(r.grade).toBe(gradeOf(r.total_point, DEFAULT_MARKING_SYSTEMS[r.marking_system]));
      expect(r.source).toBe('manual');
    }
    const failed = records.filter((r) => r.grade === 2).length / records.length;
    expect(failed).toBeGreaterThan(0.015);
    expect(failed).toBeLessThan(0.08);
    const resits = records.filter((r) => r.attempt === 2);
    expect(resits.length).toBeGreaterThan(0);
    expect(resits.every((r) => r.is_current === 1 && r.grade >= 3)).toBe(true);
    expect(records.filter((r) => r.attempt === 1 && r.grade === 2 && r.is_current === 0).length).toBe(resits.length);
    for (const r of records.filter((x) => x.replaces_id !== null)) {
      const replaced = records.find((o) => o.id === r.replaces_id);
      expect(replaced?.is_current).toBe(0);
      expect(r.total_point).toBeGreaterThan(replaced?.total_point ?? 100);
    }

    // The last semester's subject results on the card are made up of their controls (JN ≤ 30, ON ≤ 20,
    // YN ≤ 50, a re-sit's YN on the 2nd sheet); course work, practice, state exams and older semesters have none.
    const cardRows = [...new Set(records.map((r) => r.student_id))].flatMap((id) => {
      const semesters = transcriptOf(backend.services.store.reader, id).semesters;
      return semesters.flatMap((sem) => sem.rows.map((row) => ({ ...row, last: sem === semesters.at(-1) })));
    });
    expect(cardRows.length).toBe(records.filter((r) => r.is_current === 1).length);
    let resat = 0;
    for (const row of cardRows) {
      if (row.ratingGrade !== '11' || !row.last) {
        expect(row.controls).toEqual([]);
        continue;
      }
      expect(row.controls.map((m) => [m.examType, m.maxPoints])).toEqual([
        ['11', 30],
        ['12', 20],
        ['13', 50],
      ]);
      expect(row.controls.every((m) => m.points >= 0 && m.points <= (m.maxPoints ?? 0))).toBe(true);
      expect(row.controls.reduce((sum, m) => sum + m.points, 0)).toBe(row.totalPoint);
      if (row.attempt === 2) {
        expect(row.controls[2]?.finalExamType).toBe('12');
        resat++;
      }
    }
    expect(resat).toBeGreaterThan(0);

    // GPAs (HEMIS rule, all years) spread as in a real faculty: most between 3.2 and 4.5.
    const byStudent = new Map<string, typeof records>();
    for (const r of records.filter((x) => x.is_current === 1)) {
      byStudent.set(r.student_id, [...(byStudent.get(r.student_id) ?? []), r]);
    }
    const gpas = [...byStudent.values()].map(
      (rs) =>
        computeGpa(
          rs.map((r) => ({
            credit: r.credit,
            grade: r.grade,
            ratingGrade: r.rating_grade,
            educationYear: r.education_year,
          })),
          DEFAULT_MARKING_SYSTEMS['13'],
          { kind: 'all_year' },
        ).gpa ?? 0,
    );
    const inBand = gpas.filter((g) => g >= 3.2 && g <= 4.5).length / gpas.length;
    expect(inBand).toBeGreaterThan(0.65);
    expect(Math.max(...gpas) - Math.min(...gpas)).toBeGreaterThan(0.8);

    // Attendance of the current semester: most students within 6 h, some over the 12 h warning.
    const hours = all<{ h: number }>(
      backend,
      'select sum(hours_unexcused) as h from attendance group by student_id',
    ).map((r) => r.h);
    expect(hours.filter((h) => h > 12).length).toBeGreaterThan(0);
    expect(hours.filter((h) => h <= 6).length / hours.length).toBeGreaterThan(0.7);
    const window = all<{ first: string; last: string }>(
      backend,
      'select min(lesson_date) as first, max(lesson_date) as last from attendance',
    )[0];
    expect(window?.last).toBe('2026-11-27');
    expect(window && window.first >= '2026-10-28').toBe(true);

    // Timetable for this week and the next; final-control exams in the January session.
    const lessons = all<{ d: string }>(backend, 'select distinct lesson_date as d from schedule_lessons order by 1');
    expect(lessons[0]?.d).toBe('2026-11-23');
    expect(lessons[lessons.length - 1]?.d).toBe('2026-12-04');
    const examGroups = all<{ n: number }>(backend, 'select count(distinct group_id) as n from exams')[0]?.n;
    expect(examGroups).toBe(summary.groups);
    expect(all(backend, "select 1 from exams where exam_date < '2027-01-05' or exam_type <> '13'")).toEqual([]);
  });

  it('names its subjects in four languages with the Uzbek apostrophes', () => {
    expect(CATALOG.length).toBeGreaterThan(150);
    expect(new Set(CATALOG.map((s) => s.code)).size).toBe(CATALOG.length);
    for (const s of CATALOG) {
      expect(normalizeApostrophes(s.uzLatn), s.uzLatn).toBe(s.uzLatn);
      expect(s.uzLatn).not.toMatch(/['`\u2018\u2019]/);
      expect(scriptOf(s.uzLatn.replace(/[()]/g, ''))).toBe('latin');
      expect(scriptOf(s.uzCyrl.replace(/[()]/g, '')), s.uzCyrl).toBe('cyrillic');
      expect(scriptOf(s.ru.replace(/[()]/g, '')), s.ru).toBe('cyrillic');
      expect(s.en).toMatch(/^[A-Za-z ,'()-]+$/);
    }
    const cyr = new Map(CATALOG.map((s) => [s.uzLatn, s.uzCyrl]));
    expect(cyr.get('Oʻzbekistonning eng yangi tarixi')).toBe('Ўзбекистоннинг энг янги тарихи');
    expect(cyr.get('Maʼlumotlar bazasi')).toBe('Маълумотлар базаси');
    expect(cyr.get('Konstitutsiyaviy huquq')).toBe('Конституциявий ҳуқуқ');
    expect(cyr.get('Kompyuter tarmoqlari')).toBe('Компьютер тармоқлари');
    for (const p of PROGRAMMES) {
      for (const semester of p.semesters) expect(semester.reduce((t, s) => t + s.credit, 0)).toBe(30);
    }
  });

  it('is deterministic for a seed, and a cancelled demo resumes to the same records', async () => {
    const a = open();
    await demo(a, { students: 150, seed: 21, batchSize: 150 });
    const b = open();
    const run = generateDemo(b.services, ACTOR, { students: 150, seed: 21, batchSize: 50 }, cancellingJob(50));
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    const partial = count(b, 'academic_records');
    expect(partial).toBeGreaterThan(0);
    expect(count(b, 'students')).toBe(50);
    await demo(b, { students: 150, seed: 21, batchSize: 50 });
    expect(academics(b)).toEqual(academics(a));

    // Running it again writes nothing more.
    const records = count(b, 'academic_records');
    const absences = count(b, 'attendance');
    const marks = count(b, 'control_marks');
    expect(marks).toBeGreaterThan(0);
    await demo(b, { students: 150, seed: 21, batchSize: 50 });
    expect(count(b, 'academic_records')).toBe(records);
    expect(count(b, 'attendance')).toBe(absences);
    expect(count(b, 'control_marks')).toBe(marks);

    const c = open();
    await demo(c, { students: 150, seed: 22 });
    expect(academics(c)).not.toEqual(academics(a));
  });
});

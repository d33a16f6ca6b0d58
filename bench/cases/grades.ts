import { performance } from 'node:perf_hooks';
import { openStore, systemClock, type Store } from '../../src-main/db/store';
import { gpaOfStudents } from '../../src-main/features/grades/gpa';
import { loadSystems } from '../../src-main/features/grades/systems';
import { transcriptOf } from '../../src-main/features/grades/transcript';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { median, type BenchCase, type BenchContext } from './types';

const STUDENTS = 100_000;
const FACULTIES = 20; // ~5,000 students each
const SEMESTERS = 8;
const PER_SEMESTER = 5; // 40 records a student
const NOW = '2026-01-01T00:00:00.000Z';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * 100,000 students × 40 current results, written with prepared statements in big transactions
 * (the app's own write path would add an audit row per command, which is not what is measured).
 */
export function makeGradesDatabase(dataDir: string, log: (m: string) => void): Store {
  const store = openStore({ dataDir, clock: systemClock, appVersion: 'bench' });
  const w = store.writer;
  // Fixture data only: no fsync and a large cache make the 4M-row load several times faster.
  w.pragma('synchronous = OFF');
  w.pragma('cache_size = -1000000');
  const started = performance.now();
  const faculties = Array.from({ length: FACULTIES }, () => uuidv7());
  w.transaction(() => {
    const dept = w.prepare(`insert into departments (id, code, name_uz_latn, structure_type) values (?, ?, ?, '11')`);
    const spec = w.prepare(
      `insert into specialties (id, code, name_uz_latn, department_id, education_type) values (?, ?, ?, ?, '11')`,
    );
    const curr = w.prepare(
      `insert into curricula (id, name, specialty_id, department_id, education_year, education_type, education_form, semester_count, created_at, updated_at)
         values (?, ?, ?, ?, '2022', '11', '11', 8, ?, ?)`,
    );
    const grp = w.prepare(
      `insert into groups (id, name, department_id, specialty_id, education_lang, education_form, course, curriculum_id) values (?, ?, ?, ?, '11', '11', 4, ?)`,
    );
    const subj = w.prepare(`insert into subjects (id, code, name_uz_latn) values (?, ?, ?)`);
    const subjects = Array.from({ length: SEMESTERS * PER_SEMESTER }, (_, i) => {
      const id = uuidv7();
      subj.run(id, `S${i}`, `Fan ${i}`);
      return id;
    });
    const groups = faculties.map((f, i) => {
      dept.run(f, `F${i}`, `Fakultet ${i}`);
      const s = uuidv7();
      spec.run(s, `604${i}`, `Mutaxassislik ${i}`, f);
      const c = uuidv7();
      curr.run(c, `Reja ${i}`, s, f, NOW, NOW);
      const g = uuidv7();
      grp.run(g, `G-${i}`, f, s, c);
      return { f, s, g };
    });
    const st = w.prepare(
      `insert into students (id, last_name_lat, first_name_lat, group_id, department_id, specialty_id, course, status, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, 4, '11', ?, ?)`,
    );
    const rec = w.prepare(
      `insert into academic_records (id, student_id, subject_id, semester, education_year, credit, total_point, grade, rating_grade,
           marking_system, source, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, '13', 'bench', 'bench', ?)`,
    );
    for (let i = 0; i < STUDENTS; i++) {
      const g = groups[i % FACULTIES] as { f: string; s: string; g: string };
      const id = uuidv7();
      st.run(id, `Familiya${i}`, `Ism${i}`, g.g, g.f, g.s, NOW, NOW);
      for (let k = 0; k < SEMESTERS * PER_SEMESTER; k++) {
        const semester = 11 + Math.floor(k / PER_SEMESTER);
        const score = 40 + ((i * 7 + k * 13) % 61);
        const grade = score >= 90 ? 5 : score >= 70 ? 4 : score >= 60 ? 3 : 2;
        rec.run(
          uuidv7(),
          id,
          subjects[k],
          String(semester),
          String(2022 + Math.floor((semester - 11) / 2)),
          4 + (k % 3),
          score,
          grade,
          k % 10 === 9 ? '13' : '11',
          NOW,
        );
      }
    }
  })();
  w.exec('analyze');
  w.pragma('synchronous = FULL');
  log(
    `generated ${STUDENTS} students × ${SEMESTERS * PER_SEMESTER} records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return store;
}

/** The database shared by both cases, with the ids they pick from. */
function gradesDatabase(ctx: BenchContext): Promise<{ store: Store; students: string[]; faculties: string[] }> {
  return ctx.fixture('grades100k', () =>
    Promise.resolve(benchIds(makeGradesDatabase(ctx.tempDir('bench-grades-'), ctx.log))),
  );
}

export function benchIds(store: Store): { store: Store; students: string[]; faculties: string[] } {
  const col = (sql: string) => (store.reader.prepare(sql).raw().all() as [string][]).map(([v]) => v);
  return {
    store,
    students: col('select id from students order by id'),
    faculties: col('select id from departments order by id'),
  };
}

export const gradesCard: BenchCase = {
  name: 'grades-card',
  description: 'card transcript with GPA (40 records) at 100,000 students × 40 records: backend p95 of 2,000 cards',
  async run(ctx) {
    const { store, students } = await gradesDatabase(ctx);
    const db = store.reader;
    const sample = Array.from({ length: 2000 }, (_, i) => students[(i * 49_999) % students.length] as string);
    for (const id of sample) transcriptOf(db, id); // warm caches and JIT, as the search bench does
    const times = sample.map((id) => {
      const started = performance.now();
      transcriptOf(db, id);
      return performance.now() - started;
    });
    return { 'card.p95_ms': Math.round(percentile(times, 95) * 1000) / 1000 };
  },
};

export const gradesGpa: BenchCase = {
  name: 'grades-gpa',
  description:
    'GPA of one faculty (~5,000 students) and of all 100,000 from the running sums in gpa_totals (median of 5)',
  async run(ctx) {
    const { store, faculties } = await gradesDatabase(ctx);
    const db = store.reader;
    const systemOf = loadSystems(db);
    const time = (fn: () => unknown) => {
      fn();
      const runs = Array.from({ length: 5 }, () => {
        const started = performance.now();
        fn();
        return performance.now() - started;
      });
      return Math.round(median(runs) * 10) / 10;
    };
    const faculty = faculties[3] as string;
    const rows = gpaOfStudents(db, { departmentId: faculty }, systemOf);
    ctx.log(`faculty: ${rows.length} students; all: ${gpaOfStudents(db, {}, systemOf).length}`);
    return {
      'gpa.faculty_ms': time(() => gpaOfStudents(db, { departmentId: faculty }, systemOf)),
      'gpa.all_ms': time(() => gpaOfStudents(db, {}, systemOf)),
    };
  },
};

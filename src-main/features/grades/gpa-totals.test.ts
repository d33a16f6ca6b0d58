import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARKING_SYSTEMS, roundHalfUp } from '../../../src-shared/domain/grading';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { seedAcademic, type AcademicFixture } from '../../../test/support/academic-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';
import { gpaOfStudents } from './gpa';

/** A small deterministic generator: the same sequence on every run, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('gpa_totals: running sums kept by triggers on academic_records (migration 0007)', () => {
  let h: Harness;
  let f: AcademicFixture;
  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer, { students: 6 });
  });
  afterEach(() => h.dispose());

  /** The GPA straight from every current, counted entry: what the totals must always equal. */
  function recomputed(year?: string) {
    const rows = h.backend.services.store.reader
      .prepare(
        `select student_id as studentId, sum(credit * coalesce(grade, 2)) as w, sum(credit) as c,
                sum(coalesce(grade, 2) <= 2) as debts
           from academic_records
          where is_current = 1 and rating_grade in ('11', '12', '14', '16') and credit > 0 ${year ? 'and education_year = ?' : ''}
          group by student_id order by student_id`,
      )
      .all(...(year ? [year] : [])) as { studentId: string; w: number; c: number; debts: number }[];
    return rows.map((r) => ({
      studentId: r.studentId,
      gpa: roundHalfUp(r.w / r.c, 1),
      creditSum: r.c,
      debtSubjects: r.debts,
    }));
  }

  it('equal a full recomputation after random entries, corrections and re-sits', () => {
    const db = h.backend.services.store.writer;
    const rnd = lcg(20261128);
    const insert = db.prepare(
      `insert into academic_records (id, student_id, subject_id, curriculum_subject_id, semester, education_year, credit,
         total_point, grade, rating_grade, marking_system, attempt, replaces_id, source, is_current, created_by, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '13', ?, ?, 'manual', 1, 'test', '2026-11-28T09:00:00Z')`,
    );
    const retire = db.prepare('update academic_records set is_current = 0 where id = ?');
    const current: { id: string; student: string; subject: AcademicFixture['subjects'][number] }[] = [];
    const years = ['2024', '2025'];
    for (let step = 0; step < 400; step++) {
      const pick = rnd();
      if (pick < 0.55 || current.length === 0) {
        const student = f.students[Math.floor(rnd() * f.students.length)]!.id;
        const subject = f.subjects[Math.floor(rnd() * f.subjects.length)]!;
        const grade = rnd() < 0.1 ? null : 2 + Math.floor(rnd() * 4);
        const id = uuidv7();
        insert.run(
          id,
          student,
          subject.subjectId,
          subject.id,
          subject.semester,
          years[Math.floor(rnd() * 2)],
          subject.credit + (rnd() < 0.2 ? 0.5 : 0),
          grade === null ? null : grade * 20 - 5,
          grade,
          subject.code === 'KURS' ? '12' : subject.code === 'DAV' ? '13' : '11',
          1,
          null,
        );
        current.push({ id, student, subject });
      } else {
        // A correction: the old entry stops counting in the same transaction as the new one arrives.
        const i = Math.floor(rnd() * current.length);
        const old = current[i]!;
        const id = uuidv7();
        db.transaction(() => {
          retire.run(old.id);
          insert.run(
            id,
            old.student,
            old.subject.subjectId,
            old.subject.id,
            old.subject.semester,
            '2025',
            old.subject.credit,
            90,
            5,
            '11',
            2,
            old.id,
          );
        })();
        current[i] = { id, student: old.student, subject: old.subject };
      }
    }
    const systemOf = (code: string) => DEFAULT_MARKING_SYSTEMS[code as '13'];
    const sorted = (rows: ReturnType<typeof gpaOfStudents>) =>
      [...rows].sort((a, b) => a.studentId.localeCompare(b.studentId)).map((r) => ({ ...r, creditSum: r.creditSum }));
    expect(sorted(gpaOfStudents(h.backend.services.store.reader, {}, systemOf))).toEqual(recomputed());
    expect(sorted(gpaOfStudents(h.backend.services.store.reader, {}, systemOf, '2025'))).toEqual(recomputed('2025'));
    expect(sorted(gpaOfStudents(h.backend.services.store.reader, { groupId: f.groupId }, systemOf))).toEqual(
      recomputed(),
    );
  });

  it('refuse to change a recorded value or delete an entry: only the current flag moves', () => {
    const db = h.backend.services.store.writer;
    const s = f.subjects[0]!;
    const id = uuidv7();
    db.prepare(
      `insert into academic_records (id, student_id, subject_id, semester, education_year, credit, grade, source, created_by, created_at)
       values (?, ?, ?, '11', '2025', ?, 4, 'manual', 'test', '2026-11-28T09:00:00Z')`,
    ).run(id, f.students[0]!.id, s.subjectId, s.credit);
    expect(() => db.prepare('update academic_records set grade = 5 where id = ?').run(id)).toThrow(/append-only/);
    expect(() => db.prepare('delete from academic_records where id = ?').run(id)).toThrow(/append-only/);
    expect(db.prepare('update academic_records set is_current = 0 where id = ?').run(id).changes).toBe(1);
    const totals = db.prepare('select subjects, credits from gpa_totals where student_id = ?').get(f.students[0]!.id);
    expect(totals).toEqual({ subjects: 0, credits: 0 });
  });
});

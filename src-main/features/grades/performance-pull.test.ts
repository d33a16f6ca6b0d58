import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GradesPullResult } from '../../../src-shared/contract/grades';
import { seedAcademic, type AcademicFixture } from '../../../test/support/academic-fixtures';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { fakeAcademicRecords, fakePerformance } from '../../../test/support/fake-hemis-grades';
import { startHarness, type Harness } from '../../../test/support/harness';
import { connect, count, waitForJob } from '../hemis/test-helpers';

type Item = Record<string, unknown>;

describe('marks per control from HEMIS student-performance-list', () => {
  let h: Harness;
  let f: AcademicFixture;
  let back: string;
  let fake: FakeHemis;
  const marks = (where: string, ...params: unknown[]) =>
    h.backend.services.store.reader
      .prepare(
        `select hemis_id, semester, education_year, exam_type, final_exam_type, points, max_points, exam_date,
                lecturer, source, updated_at
           from control_marks ${where} order by hemis_id`,
      )
      .all(...params);

  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer);
    back = await h.signInAs('back_office', 'dekanat');
    fake = await startFakeHemis({ students: 0, pageSize: 5 });
    await connect(h, fake);
    fake.data['academic-record-list'] = fakeAcademicRecords(f);
    fake.data['student-gpa-list'] = [];
  });
  afterEach(async () => {
    await h.dispose();
    await fake.close();
  });

  async function pull(): Promise<GradesPullResult> {
    const { jobId } = await h.ok('grades.pull', {}, back);
    const job = await waitForJob(h, jobId, back);
    expect(job.state, JSON.stringify(job)).toBe('succeeded');
    return job.result as GradesPullResult;
  }
  const transcriptRow = async (student: number, code: string) => {
    const t = await h.ok('grades.transcript', { studentId: f.students[student]?.id as string }, back);
    return t.semesters.flatMap((s) => s.rows).find((r) => r.subjectCode === code);
  };

  it('stores every mark by its HEMIS id, the transcript row shows them by exam type, and a re-pull writes nothing', async () => {
    fake.data['student-performance-list'] = fakePerformance(f);
    const first = await pull();
    expect(first.performance).toEqual({ seen: 36, stored: 36, unchanged: 0, rejected: 0 });
    expect(first.rejects).toEqual([]);
    expect(fake.requests.filter((r) => r.endpoint === 'student-performance-list')).toHaveLength(8);
    expect(count(h, 'control_marks')).toBe(36);
    // Whatever spelling the item used (`_student` or `student{id}`, `examType{code}` or `exam_type: 13`,
    // `lesson_date` or `exam_date`, `employee{name}` or `employee_name`), the row reads the same.
    expect(marks('where hemis_id in (7000, 7001, 7002)')).toEqual(
      [
        ['11', 28, 30, '2025-01-10'],
        ['12', 18, 20, '2025-01-11'],
        ['13', 46, 50, '2025-01-12'],
      ].map(([examType, points, max, date], k) => ({
        hemis_id: 7000 + k,
        semester: '11',
        education_year: '2024',
        exam_type: examType,
        final_exam_type: '11',
        points,
        max_points: max,
        exam_date: date,
        lecturer: 'Karimov A.',
        source: 'hemis',
        updated_at: '2025-01-10T05:00:00.000Z',
      })),
    );
    expect((await transcriptRow(0, 'MAT'))?.controls).toEqual([
      { examType: '11', finalExamType: '11', points: 28, maxPoints: 30 },
      { examType: '12', finalExamType: '11', points: 18, maxPoints: 20 },
      { examType: '13', finalExamType: '11', points: 46, maxPoints: 50 },
    ]);
    // The second semester's subject and a failed one (a debt) carry their marks too; the sum is the result.
    const tar = await transcriptRow(1, 'TAR');
    expect(tar?.controls.reduce((sum, m) => sum + m.points, 0)).toBe(tar?.totalPoint);
    const t = await h.ok('grades.transcript', { studentId: f.students[2]?.id as string }, back);
    expect(t.debts[0]?.controls.map((m) => m.points)).toEqual([12, 8, 21]);
    // A subject without marks has an empty list, not a missing one.
    expect((await transcriptRow(0, 'DAV'))?.controls ?? []).toEqual([]);

    const audited = async () => (await h.ok('audit.list', { command: 'grades.pull.performance' }, h.adminToken)).total;
    expect(await audited()).toBe(8);
    const again = await pull();
    expect(again.performance).toEqual({ seen: 36, stored: 0, unchanged: 36, rejected: 0 });
    expect(count(h, 'control_marks')).toBe(36);
    // Pages that change nothing write no audit entry.
    expect(await audited()).toBe(8);
  });

  it('a changed mark is updated in place with its before and after; a re-sit YN replaces the first one on the card', async () => {
    const items = fakePerformance(f);
    fake.data['student-performance-list'] = items;
    await pull();
    // Student 2 failed MAT (JN 12 + ON 8 + YN 21 = 41): HEMIS corrects the YN and adds the re-sit on the 2nd sheet.
    const yn = items.find((i) => i.id === 7202) as Item;
    yn.grade = 25;
    yn.updated_at = 1736900000;
    items.push({
      id: 7290,
      _student: f.students[2]?.hemisId,
      _subject: f.subjects[0]?.hemisId,
      _semester: 41, // the semester-list id of semester 11
      _education_year: '2024',
      _exam_type: '13',
      _final_exam_type: '12',
      grade: '46,5',
      max_ball: 50,
      exam_date: '2025-02-03',
      employee_name: ' Karimov A. ',
    });
    const res = await pull();
    expect(res.performance).toEqual({ seen: 37, stored: 2, unchanged: 35, rejected: 0 });
    expect(count(h, 'control_marks')).toBe(37);
    expect(marks('where hemis_id in (7202, 7290)')).toMatchObject([
      { points: 25, final_exam_type: '11', updated_at: new Date(1736900000 * 1000).toISOString() },
      { points: 46.5, semester: '11', final_exam_type: '12', exam_date: '2025-02-03', lecturer: 'Karimov A.' },
    ]);
    const audit = await h.ok('audit.list', { command: 'grades.pull.performance' }, h.adminToken);
    const changes = audit.entries.flatMap((e) => e.changes).filter((c) => c.table === 'control_marks');
    expect(changes.find((c) => c.before?.hemisId === 7202 && c.after?.points === 25)?.before?.points).toBe(21);
    expect(changes.some((c) => c.before === null && c.after?.hemisId === 7290)).toBe(true);

    const t = await h.ok('grades.transcript', { studentId: f.students[2]?.id as string }, back);
    expect(t.debts[0]?.controls).toEqual([
      { examType: '11', finalExamType: '11', points: 12, maxPoints: 30 },
      { examType: '12', finalExamType: '11', points: 8, maxPoints: 20 },
      { examType: '13', finalExamType: '12', points: 46.5, maxPoints: 50 },
    ]);
  });

  it('rejects an item that does not match, each with its HEMIS id and the reason', async () => {
    const good = fakePerformance(f)[0] as Item;
    const base = {
      _student: f.students[0]?.hemisId,
      _subject: f.subjects[3]?.hemisId,
      _semester: '12',
      _education_year: '2024',
      _exam_type: '11',
      grade: 20,
      max_ball: 30,
    };
    fake.data['student-performance-list'] = [
      good,
      { ...base, id: 8001, _student: 424242 },
      { ...base, id: 8002, _subject: 999 },
      { ...base, id: 8003, _semester: 77777 },
      { ...base, id: 8004, _education_year: null },
      { ...base, id: 8005, _exam_type: null },
      { ...base, id: 8006, _exam_type: 'Joriy nazorat' },
      { ...base, id: 8007, grade: null },
      { ...base, id: 8008, grade: -3 },
      { ...base, id: 8009, _semester: 42 },
      { ...base, id: 'x' },
    ];
    const res = await pull();
    expect(res.performance).toEqual({ seen: 11, stored: 2, unchanged: 0, rejected: 9 });
    expect(res.rejects).toEqual(
      (
        [
          [8001, 'error.gradePullStudent'],
          [8002, 'error.gradePullSubject'],
          [8003, 'error.gradePullSemester'],
          [8004, 'error.gradePullSemester'],
          [8005, 'error.gradePullMark'],
          [8006, 'error.gradePullMark'],
          [8007, 'error.gradePullMark'],
          [8008, 'error.gradePullMark'],
          // No id to find it again by: it would be duplicated on every pull.
          [null, 'error.gradePullMark'],
        ] as const
      ).map(([hemisId, key]) => ({ endpoint: 'student-performance-list', hemisId, key })),
    );
    expect(marks('where hemis_id = 8009')).toMatchObject([{ semester: '12', exam_type: '11', points: 20 }]);
  });

  it('a HEMIS without the list (404) keeps the results and GPA and says so among the rejects', async () => {
    const res = await pull();
    expect(res.records.added).toBe(12);
    expect(res.performance).toEqual({ seen: 0, stored: 0, unchanged: 0, rejected: 0 });
    expect(res.rejects).toEqual([{ endpoint: 'student-performance-list', hemisId: null, key: 'error.hemisNotFound' }]);
  });
});

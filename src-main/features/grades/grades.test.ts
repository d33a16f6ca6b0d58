import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAcademic, type AcademicFixture } from '../../../test/support/academic-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';

describe('grades: record sheets, corrections, transcript, lists', () => {
  let h: Harness;
  let f: AcademicFixture;
  let back: string;
  const cs = (code: string) => f.subjects.find((s) => s.code === code) as AcademicFixture['subjects'][number];
  const st = (i: number) => (f.students[i] as AcademicFixture['students'][number]).id;
  const rows = (where = '') =>
    (
      h.backend.services.store.reader.prepare(`select count(*) as n from academic_records ${where}`).get() as {
        n: number;
      }
    ).n;
  const sheet = (code: string, scores: (number | 'absent')[], extra: Record<string, unknown> = {}) => ({
    curriculumSubjectId: cs(code).id,
    entries: scores.map((s, i) => ({ studentId: st(i), value: s === 'absent' ? { absent: true } : { score: s } })),
    ...extra,
  });

  beforeEach(async () => {
    h = await startHarness();
    f = seedAcademic(h.backend.services.store.writer);
    back = await h.signInAs('back_office', 'dekanat');
  });
  afterEach(() => h.dispose());

  it('records a sheet in one command, each entry audited, and the card shows transcript, GPA and debts', async () => {
    expect(await h.ok('grades.record', sheet('MAT', [92, 75, 41, 'absent']), back)).toEqual({ added: 4, unchanged: 0 });
    await h.ok('grades.record', sheet('FIZ', [88, 64]), back);
    await h.ok('grades.record', sheet('KURS', [95]), back);
    await h.ok('grades.record', sheet('TAR', [71]), back);
    await h.ok('grades.record', sheet('DAV', [90]), back);
    const audit = await h.ok('audit.list', { command: 'grades.record' }, h.adminToken);
    expect(audit.total).toBe(5);
    expect(audit.entries.at(-1)?.changes).toHaveLength(4);

    const t = await h.ok('grades.transcript', { studentId: st(0) }, back);
    expect(t.semesters.map((s) => [s.semester, s.educationYear, s.credits])).toEqual([
      ['11', '2024', 12],
      ['12', '2024', 5],
      ['13', '2025', 10],
    ]);
    expect(t.semesters[0]?.rows.map((r) => [r.subjectCode, r.totalPoint, r.grade, r.letter])).toEqual([
      ['FIZ', 88, 4, 'A'],
      ['KURS', 95, 5, 'A+'],
      ['MAT', 92, 5, 'A+'],
    ]);
    // 2024: (4×4 + 2×5 + 6×5 + 5×4) / 17 = 4.47 → 4.5; the state exam (2025) is not counted.
    expect(t.years).toEqual([expect.objectContaining({ educationYear: '2024', gpa: 4.5, creditSum: 17 })]);
    expect(t.overall).toMatchObject({ gpa: 4.5, debtSubjects: 0, canTransfer: true });
    expect(t.creditsEarned).toBe(27);
    expect(t.restudyPrice).toBeNull();

    const failing = await h.ok('grades.transcript', { studentId: st(2) }, back);
    expect(failing.debts.map((d) => [d.subjectCode, d.grade, d.credit, d.earned])).toEqual([['MAT', 2, 6, false]]);
    expect(failing.debtCredits).toBe(6);
    expect(failing.overall).toMatchObject({ gpa: 2, debtSubjects: 1, canTransfer: false });
    const absent = await h.ok('grades.transcript', { studentId: st(3) }, back);
    expect(absent.debts[0]).toMatchObject({ grade: null, totalPoint: null, debt: true });
  });

  it('a sheet with one bad row writes nothing and names the row; the same values again change nothing', async () => {
    const bad = await h.call('grades.record', sheet('MAT', [92, 101, 50]), back);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.details?.issues).toEqual([
        { path: 'entries.1.value', key: 'error.gradeScoreRange', params: { max: 100 } },
      ]);
    }
    expect(rows()).toBe(0);
    await h.ok('grades.record', sheet('MAT', [92, 75]), back);
    expect(await h.ok('grades.record', sheet('MAT', [92, 75]), back)).toEqual({ added: 0, unchanged: 2 });
    const changed = await h.call('grades.record', sheet('MAT', [92, 80]), back);
    expect(!changed.ok && changed.error.details?.issues?.[0]).toMatchObject({
      path: 'entries.1.value',
      key: 'error.gradeExists',
    });
    expect(rows()).toBe(2);
  });

  it('a bare grade only in the 5-point system', async () => {
    const res = await h.call(
      'grades.record',
      { curriculumSubjectId: cs('MAT').id, entries: [{ studentId: st(0), value: { grade: 4 } }] },
      back,
    );
    expect(!res.ok && res.error.details?.issues?.[0]?.key).toBe('error.gradeNeedsScore');
  });

  it('a correction is a new entry naming the old one with a reason; the old entry stays unchanged in history', async () => {
    await h.ok('grades.record', sheet('MAT', [58]), back);
    const [entry] = (await h.ok('grades.transcript', { studentId: st(0) }, back)).debts;
    const noReason = await h.call('grades.correct', { recordId: entry?.id, value: { score: 64 }, reason: ' ' }, back);
    expect(!noReason.ok && noReason.error.details?.issues?.[0]?.path).toBe('reason');
    const same = await h.call(
      'grades.correct',
      { recordId: entry?.id, value: { score: 58 }, reason: 'apellyatsiya' },
      back,
    );
    expect(!same.ok && same.error.details?.issues?.[0]?.key).toBe('error.gradeUnchanged');
    expect(rows()).toBe(1);

    const { id } = await h.ok(
      'grades.correct',
      { recordId: entry?.id, value: { score: 64 }, reason: 'Apellyatsiya qarori №3' },
      back,
    );
    const history = await h.ok(
      'grades.history',
      { studentId: st(0), subjectId: cs('MAT').subjectId, semester: '11' },
      back,
    );
    expect(history.map((e) => [e.totalPoint, e.grade, e.isCurrent, e.replacesId, e.reason, e.createdBy])).toEqual([
      [58, 2, false, null, '', 'dekanat'],
      [64, 3, true, entry?.id, 'Apellyatsiya qarori №3', 'dekanat'],
    ]);
    expect(history[1]?.id).toBe(id);
    const t = await h.ok('grades.transcript', { studentId: st(0) }, back);
    expect(t.debts).toEqual([]);
    expect(t.semesters[0]?.rows[0]).toMatchObject({ totalPoint: 64, hasHistory: true });
    const again = await h.call('grades.correct', { recordId: entry?.id, value: { score: 70 }, reason: 'yana' }, back);
    expect(!again.ok && again.error.key).toBe('error.gradeNotCurrent');
    const audit = await h.ok('audit.list', { command: 'grades.correct' }, h.adminToken);
    expect(audit.entries[0]?.changes.map((c) => [c.table, c.before?.isCurrent, c.after?.isCurrent])).toEqual(
      [
        ['academic_records', true, false],
        ['academic_records', null, true],
      ].map(([t, b, a]) => [t, b ?? undefined, a]),
    );
  });

  it('a re-sit (2nd sheet) supersedes a debt only', async () => {
    await h.ok('grades.record', sheet('MAT', [41, 80]), back);
    const resit = await h.call('grades.record', sheet('MAT', [67, 90], { attempt: 2 }), back);
    expect(!resit.ok && resit.error.details?.issues).toEqual([
      { path: 'entries.1.value', key: 'error.gradeResitPassed' },
    ]);
    await h.ok('grades.record', { ...sheet('MAT', [67], { attempt: 2 }) }, back);
    const t = await h.ok('grades.transcript', { studentId: st(0) }, back);
    expect(t.semesters[0]?.rows[0]).toMatchObject({ attempt: 2, grade: 3, hasHistory: true });
    expect(rows('where is_current = 0')).toBe(1);
    expect(rows('where replaces_id is not null and attempt = 2')).toBe(1);
  });

  it('roles that may not change grades cannot, and their attempt writes nothing', async () => {
    for (const role of ['front_office', 'viewer', 'archive'] as const) {
      const token = await h.signInAs(role);
      const res = await h.call('grades.record', sheet('MAT', [92]), token);
      expect(!res.ok && res.error.code).toBe('FORBIDDEN');
      expect((await h.call('grades.transcript', { studentId: st(0) }, token)).ok).toBe(true);
    }
    expect(rows()).toBe(0);
  });

  it('debtors by faculty/course/group/year, ranking with shared ranks, and the HEMIS GPA differences', async () => {
    const other = seedAcademic(h.backend.services.store.writer, { tag: 1, course: 3, students: 2 });
    await h.ok('grades.record', sheet('MAT', [92, 75, 41, 'absent']), back);
    await h.ok('grades.record', sheet('FIZ', [88, 88, 90, 70]), back);
    await h.ok(
      'grades.record',
      {
        curriculumSubjectId: other.subjects[0]?.id,
        entries: [{ studentId: other.students[0]?.id, value: { score: 30 } }],
      },
      back,
    );

    const all = await h.ok('grades.debtors', {}, back);
    expect(all.total).toBe(3);
    const mine = await h.ok('grades.debtors', { groupId: f.groupId }, back);
    expect(mine.items.map((d) => [d.name, d.debts, d.debtCredits, d.subjects.map((s) => s.subject.uzLatn)])).toEqual([
      ['Joʻrayev Sanjar', 1, 6, ['Oliy matematika']],
      ['Qodirova Nodira', 1, 6, ['Oliy matematika']],
    ]);
    expect((await h.ok('grades.debtors', { departmentId: other.facultyId }, back)).total).toBe(1);
    expect((await h.ok('grades.debtors', { course: 3 }, back)).total).toBe(1);
    expect((await h.ok('grades.debtors', { educationYear: '2025' }, back)).total).toBe(0);
    expect((await h.ok('grades.debtors', { limit: 1, offset: 1 }, back)).items).toHaveLength(1);

    const rank = await h.ok('grades.ranking', { groupId: f.groupId }, back);
    // (6×5+4×4)/10 = 4.6; (6×4+4×4)/10 = 4.0; (6×2+4×5)/10 = 3.2; (6×2+4×4)/10 = 2.8
    expect(rank.map((r) => [r.rank, r.gpa])).toEqual([
      [1, 4.6],
      [2, 4],
      [3, 3.2],
      [4, 2.8],
    ]);
    const w = h.backend.services.store.writer;
    const hemis = (student: string, gpa: number, method = 'all_year') =>
      w
        .prepare(
          `insert into hemis_student_gpa (id, student_id, education_year, gpa, method, pulled_at) values (?, ?, '2024', ?, ?, 'x')`,
        )
        .run(`${student}-${method}`, student, gpa, method);
    hemis(st(0), 4.5);
    hemis(st(1), 4.0, 'one_year');
    hemis(st(2), 3.2);
    const diff = await h.ok('grades.gpaDiff', {}, back);
    expect(diff.map((d) => [d.name, d.local, d.hemis, d.method])).toEqual([['Aliyev Bobur', 4.6, 4.5, 'all_year']]);
    await h.ok('grades.record', sheet('TAR', [41, 62]), back);
    const tied = await h.ok('grades.ranking', { groupId: f.groupId, method: 'one_year', educationYear: '2024' }, back);
    expect(tied.slice(0, 2).map((r) => [r.rank, r.gpa])).toEqual([
      // (6×5 + 4×4 + 5×2) / 15 = 3.73 and (6×4 + 4×4 + 5×3) / 15 = 3.67 both round to 3.7
      [1, 3.7],
      [1, 3.7],
    ]);
    const noYear = await h.call('grades.ranking', { method: 'one_year' }, back);
    expect(!noYear.ok && noYear.error.details?.issues?.[0]?.path).toBe('educationYear');
  });
});

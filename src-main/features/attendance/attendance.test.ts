import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../test/support/harness';
import {
  absenceRun,
  addAbsences,
  addExam,
  addLessons,
  seedAttendanceWorld,
  type AttendanceWorld,
} from '../../../test/support/attendance-fixtures';

/** The harness clock: 2026-11-28 09:00 UTC = Saturday 14:00 in Tashkent. */
describe('attendance through dispatch', () => {
  let h: Harness;
  let w: AttendanceWorld;
  let head: string;
  let clerk: string;
  const auditTotal = async () => (await h.ok('audit.list', { limit: 1 }, h.adminToken)).total;

  beforeAll(async () => {
    h = await startHarness();
    head = await h.signInAs('head');
    clerk = await h.signInAs('front_office');
    const db = h.backend.services.store.writer;
    w = seedAttendanceWorld(db);
    const [a, b, c] = w.students as [
      AttendanceWorld['students'][0],
      AttendanceWorld['students'][0],
      AttendanceWorld['students'][0],
    ];
    addAbsences(db, [
      // Aziz: 7 × 2 h of physics before the day, 2 h on the day → 16 h (warning).
      ...absenceRun(a.id, w.physicsId, '2026-11-20', 7),
      { studentId: a.id, subjectId: w.physicsId, date: '2026-11-27', pair: '2', unexcused: 2 },
      // Nilufar: excused on the day; 10 h of history without excuse (of 36 h → barred).
      { studentId: b.id, subjectId: w.physicsId, date: '2026-11-27', excused: 2 },
      ...absenceRun(b.id, w.historyId, '2026-10-01', 5),
      // Bekzod: 38 h (reprimand), chemistry has no curriculum hours: never "barred".
      ...absenceRun(c.id, w.chemistryId, '2026-10-01', 19),
      // Another faculty's student on the day.
      { studentId: w.otherStudentId, subjectId: w.historyId, date: '2026-11-27', unexcused: 4 },
      // Last year's semester: not in this year's alerts.
      { studentId: a.id, subjectId: w.historyId, date: '2026-03-02', unexcused: 80, semester: '12', year: '2025' },
    ]);
    addLessons(db, [
      { groupId: w.groupId, subjectId: w.physicsId, date: '2026-11-28', pair: '3', start: '13:30', end: '14:50' },
      { groupId: w.groupId, subjectId: w.historyId, date: '2026-11-30', pair: '1', start: '08:30', end: '09:50' },
      { groupId: w.groupId, subjectId: w.physicsId, date: '2026-12-01', pair: '2', start: '10:00', end: '11:20' },
    ]);
    addExam(db, { groupId: w.groupId, subjectId: w.physicsId, date: '2026-12-20', start: '09:00' });
    addExam(db, { groupId: w.groupId, subjectId: w.historyId, date: '2026-12-15', start: '14:00', type: '12' });
  });
  afterAll(() => h.dispose());

  it('starts with HEMIS’s borders; a head changes them; disordered borders name the field and write nothing', async () => {
    expect(await h.ok('attendance.thresholds', {}, clerk)).toEqual({
      warning: 12,
      reprimand: 36,
      expulsion: 74,
      barredPercent: 25,
      barredCountsExcused: false,
    });
    const before = await auditTotal();
    const bad = await h.call(
      'attendance.updateThresholds',
      { warning: 40, reprimand: 36, expulsion: 74, barredPercent: 25, barredCountsExcused: false },
      head,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.details?.issues).toEqual([
        { path: 'reprimand', key: 'validation.attendanceBorderOrder', params: { min: 41 } },
      ]);
    }
    const percent = await h.call(
      'attendance.updateThresholds',
      { warning: 12, reprimand: 36, expulsion: 74, barredPercent: 0, barredCountsExcused: false },
      head,
    );
    expect(!percent.ok && percent.error.details?.issues?.[0]?.path).toBe('barredPercent');
    expect(await auditTotal()).toBe(before);
    expect((await h.call('attendance.updateThresholds', { warning: 12 }, clerk)).ok).toBe(false);
  });

  it('daily report: who was absent on the day, by faculty and group, with the semester level', async () => {
    const r = await h.ok('attendance.dailyReport', { date: '2026-11-27' }, clerk);
    expect(r.rows.map((x) => [x.name, x.group, x.excused, x.unexcused, x.semesterUnexcused, x.level])).toEqual([
      ['Karimov Aziz Botirovich', 'FIZ-24', 0, 2, 16, 'warning'],
      ['Yoʻldosheva Nilufar Anvarovna', 'FIZ-24', 2, 0, 10, 'none'],
      ['Rahimov Olim', 'TAR-24', 0, 4, 4, 'none'],
    ]);
    expect(r.rows[0]?.subjects).toEqual(['Umumiy fizika']);
    expect(r.totals).toEqual({ students: 3, excused: 2, unexcused: 6 });
    const faculty = await h.ok('attendance.dailyReport', { date: '2026-11-27', facultyId: w.otherFacultyId }, clerk);
    expect(faculty.rows.map((x) => x.name)).toEqual(['Rahimov Olim']);
    expect((await h.ok('attendance.dailyReport', { date: '2026-11-29' }, clerk)).rows).toEqual([]);
    const bad = await h.call('attendance.dailyReport', { date: '2026-02-30' }, clerk);
    expect(!bad.ok && bad.error.details?.issues).toEqual([{ path: 'date', key: 'validation.invalidDate' }]);
  });

  it('alerts: each level and the 25 % rule, for the newest year, with filters', async () => {
    const r = await h.ok('attendance.alerts', {}, clerk);
    expect(r.educationYear).toBe('2026');
    expect(r.rows.map((x) => [x.name, x.unexcused, x.level, x.barredSubjects])).toEqual([
      ['Toshmatov Bekzod', 38, 'reprimand', []],
      // 16 of physics's 60 auditorium hours is 26.7 %: barred as well as warned.
      ['Karimov Aziz Botirovich', 16, 'warning', ['Umumiy fizika']],
      ['Yoʻldosheva Nilufar Anvarovna', 10, 'none', ['Oʻzbekiston tarixi']],
    ]);
    expect(r.counts).toEqual({ warning: 1, reprimand: 1, expulsion: 0, barred: 2 });
    const barred = await h.ok('attendance.alerts', { kind: 'barred' }, clerk);
    expect(barred.rows.map((x) => x.name)).toEqual(['Karimov Aziz Botirovich', 'Yoʻldosheva Nilufar Anvarovna']);
    const lastYear = await h.ok('attendance.alerts', { educationYear: '2025' }, clerk);
    expect(lastYear.rows.map((x) => [x.name, x.level])).toEqual([['Karimov Aziz Botirovich', 'expulsion']]);
    expect((await h.ok('attendance.alerts', { facultyId: w.otherFacultyId }, clerk)).rows).toEqual([]);
    expect((await h.ok('attendance.alerts', { course: 3 }, clerk)).rows).toEqual([]);
  });

  it('a change of the borders changes the alerts at once', async () => {
    await h.ok(
      'attendance.updateThresholds',
      { warning: 20, reprimand: 40, expulsion: 74, barredPercent: 30, barredCountsExcused: false },
      head,
    );
    const r = await h.ok('attendance.alerts', {}, clerk);
    expect(r.rows.map((x) => [x.name, x.level, x.barredSubjects.length])).toEqual([['Toshmatov Bekzod', 'warning', 0]]);
    await h.ok(
      'attendance.updateThresholds',
      { warning: 12, reprimand: 36, expulsion: 74, barredPercent: 25, barredCountsExcused: false },
      head,
    );
    expect((await h.ok('attendance.alerts', {}, clerk)).rows).toHaveLength(3);
  });

  it('per-subject monitoring: the whole group with hours and the share of the subject missed', async () => {
    const subjects = await h.ok('attendance.groupSubjects', { groupId: w.groupId }, clerk);
    expect(subjects.map((s) => [s.name, s.semester, s.educationYear])).toContainEqual(['Umumiy fizika', '13', '2026']);
    const r = await h.ok(
      'attendance.subjectMonitoring',
      { groupId: w.groupId, subjectId: w.physicsId, semester: '13', educationYear: '2026' },
      clerk,
    );
    expect(r.auditoriumHours).toBe(60);
    expect(r.lessons).toBe(2);
    expect(r.rows.map((x) => [x.name, x.excused, x.unexcused, x.percent, x.barred])).toEqual([
      ['Karimov Aziz Botirovich', 0, 16, 26.7, true],
      ['Toshmatov Bekzod', 0, 0, 0, false],
      ['Yoʻldosheva Nilufar Anvarovna', 2, 0, 3.3, false],
    ]);
    const bad = await h.call(
      'attendance.subjectMonitoring',
      { groupId: w.groupId, subjectId: w.physicsId, semester: '31', educationYear: '2026' },
      clerk,
    );
    expect(!bad.ok && bad.error.details?.issues?.[0]?.path).toBe('semester');
  });

  it('the card summary: per subject and semester, the level, the next class and exam', async () => {
    const [a] = w.students;
    const s = await h.ok('attendance.studentSummary', { studentId: a?.id }, clerk);
    expect(s.hasData).toBe(true);
    expect(s.semesters.map((x) => [x.educationYear, x.semester, x.unexcused, x.level, x.barred])).toEqual([
      ['2026', '13', 16, 'warning', true],
      ['2025', '12', 80, 'expulsion', false],
    ]);
    expect(s.semesters[0]?.subjects[0]).toMatchObject({ subject: 'Umumiy fizika', auditoriumHours: 60, percent: 26.7 });
    // Saturday 14:00 in Tashkent: the 13:30 physics lesson is going on.
    expect(s.next.lesson).toMatchObject({ subject: 'Umumiy fizika', startTime: '13:30', inProgress: true });
    expect(s.next.exam).toMatchObject({ subject: 'Oʻzbekiston tarixi', examDate: '2026-12-15', examType: '12' });
    const none = await h.ok('attendance.studentSummary', { studentId: w.otherStudentId }, clerk);
    expect(none.next).toEqual({ lesson: null, exam: null });
    const missing = await h.call(
      'attendance.studentSummary',
      { studentId: '01900000-0000-7000-8000-000000000000' },
      clerk,
    );
    expect(!missing.ok && missing.error.details?.issues).toEqual([{ path: 'studentId', key: 'error.notFound' }]);
  });

  it('timetable of a group or a student for a week; next class for either; not both', async () => {
    const week = await h.ok('attendance.timetable', { groupId: w.groupId, date: '2026-12-02' }, clerk);
    expect([week.weekStart, week.weekEnd]).toEqual(['2026-11-30', '2026-12-06']);
    expect(week.lessons.map((l) => [l.lessonDate, l.startTime, l.subject, l.auditorium])).toEqual([
      ['2026-11-30', '08:30', 'Oʻzbekiston tarixi', '214'],
      ['2026-12-01', '10:00', 'Umumiy fizika', '214'],
    ]);
    const mine = await h.ok('attendance.timetable', { studentId: w.students[1]?.id }, clerk);
    expect(mine.group?.name).toBe('FIZ-24');
    expect(mine.weekStart).toBe('2026-11-23');
    expect(mine.lessons).toHaveLength(1);
    h.clock.advance(55 * 60_000); // 14:55: the Saturday lesson is over
    const next = await h.ok('attendance.next', { groupId: w.groupId }, clerk);
    expect(next.lesson).toMatchObject({ lessonDate: '2026-11-30', startTime: '08:30', inProgress: false });
    h.clock.advance(-55 * 60_000);
    const both = await h.call('attendance.next', { groupId: w.groupId, studentId: w.otherStudentId }, clerk);
    expect(!both.ok && both.error.details?.issues?.[0]).toMatchObject({
      path: 'studentId',
      key: 'validation.attendanceStudentOrGroup',
    });
  });

  it('a student’s exam list for printing', async () => {
    const r = await h.ok('attendance.studentExams', { studentId: w.students[0]?.id }, clerk);
    expect(r.student.group).toBe('FIZ-24');
    expect(r.exams.map((e) => [e.examDate, e.subject])).toEqual([
      ['2026-12-15', 'Oʻzbekiston tarixi'],
      ['2026-12-20', 'Umumiy fizika'],
    ]);
  });

  it('manual entry and correction are audited with the reason; bad input names the field and writes nothing', async () => {
    const editor = await h.signInAs('back_office');
    const student = w.students[2]?.id;
    const input = {
      studentId: student,
      subjectId: w.physicsId,
      lessonDate: '2026-11-27',
      lessonPair: '4',
      hoursExcused: 0,
      hoursUnexcused: 2,
      reason: 'Jurnal boʻyicha',
    };
    const before = await auditTotal();
    const created = await h.ok('attendance.record', input, editor);
    expect(created.action).toBe('created');
    const audit = await h.ok('audit.list', { limit: 1 }, h.adminToken);
    expect(audit.total).toBe(before + 1);
    expect(JSON.stringify(audit.entries[0])).toContain('Jurnal boʻyicha');
    expect((await h.ok('attendance.record', { ...input, hoursUnexcused: 0, hoursExcused: 2 }, editor)).action).toBe(
      'updated',
    );
    const day = await h.ok('attendance.dailyReport', { date: '2026-11-27' }, clerk);
    expect(day.rows.find((r) => r.id === student)).toMatchObject({ excused: 2, unexcused: 0 });
    expect((await h.ok('attendance.record', { ...input, hoursUnexcused: 0 }, editor)).action).toBe('removed');

    const count = await auditTotal();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ lessonDate: '2026-12-05' }, 'lessonDate', 'validation.attendanceFutureDate'],
      [{ subjectId: '01900000-0000-7000-8000-000000000000' }, 'subjectId', 'error.notFound'],
      [{ hoursUnexcused: 0 }, 'hoursUnexcused', 'validation.attendanceNoHours'],
      [{ hoursUnexcused: 30 }, 'hoursUnexcused', 'validation.tooBig'],
      [{ reason: '' }, 'reason', 'validation.required'],
      [{ lessonDate: '27.11.2026' }, 'lessonDate', 'validation.invalidDate'],
    ];
    for (const [patch, path, key] of cases) {
      const res = await h.call('attendance.record', { ...input, ...patch }, editor);
      expect(res.ok, path).toBe(false);
      if (!res.ok) expect(res.error.details?.issues?.[0], JSON.stringify(patch)).toMatchObject({ path, key });
    }
    expect(await auditTotal()).toBe(count);
    expect((await h.call('attendance.record', input, clerk)).ok).toBe(false);
  });

  it('filters list faculties, groups and years with data', async () => {
    const f = await h.ok('attendance.filters', {}, clerk);
    expect(f.groups.map((g) => g.name)).toEqual(['FIZ-24', 'TAR-24']);
    expect(f.educationYears).toEqual(['2026', '2025']);
    expect(f.faculties).toHaveLength(2);
  });
});

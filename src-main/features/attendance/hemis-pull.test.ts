import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeHemis, type FakeHemis } from '../../../test/support/fake-hemis';
import { fakeAttendanceList, fakeExamList, fakeScheduleList } from '../../../test/support/fake-hemis-attendance';
import { startHarness, type Harness } from '../../../test/support/harness';
import { connect, count, pull, waitForJob } from '../hemis/test-helpers';

/** HEMIS attendance pull against the fake server, after a student pull brought the groups and students. */
describe('attendance pull from HEMIS', () => {
  let h: Harness;
  let fake: FakeHemis;
  const auditTotal = () => count(h, 'audit_log');
  const run = async () => {
    const { jobId } = await h.ok('attendance.pull', { from: '2026-11-01', to: '2026-11-28' }, h.adminToken);
    return waitForJob(h, jobId);
  };
  const reader = () => h.backend.services.store.reader;

  beforeAll(async () => {
    fake = await startFakeHemis({ students: 12, pageSize: 10 });
    h = await startHarness();
    await connect(h, fake);
    const students = await pull(h);
    expect(students.ok).toBe(true);
    fake.data['attendance-list'] = fakeAttendanceList({ students: 12, count: 25, until: '2026-11-27' });
    fake.data['schedule-list'] = fakeScheduleList('2026-11-30');
    fake.data['exam-list'] = fakeExamList('2026-12-14');
  });
  afterAll(async () => {
    await h.dispose();
    await fake.close();
  });

  it('maps HEMIS ids to our students, groups and subjects, page by page, skipping what it cannot place', async () => {
    const job = await run();
    expect(job.state).toBe('succeeded');
    expect(job.result).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-28',
      endpoints: {
        'attendance-list': { created: 25, updated: 0, skipped: 1, pages: 3 },
        'schedule-list': { created: 72, skipped: 1, pages: 8 },
        'exam-list': { created: 8, skipped: 0, pages: 1 },
      },
      skipped: { unknownStudent: 1, unknownGroup: 1, unreadable: 0 },
    });
    expect(count(h, 'attendance', "where source = 'hemis'")).toBe(25);
    expect(count(h, 'subjects', 'where hemis_id in (401, 402, 403)')).toBe(3);
    // The absence filed under the lesson as HEMIS sent it: Tashkent day, pair, hours, lecturer.
    const row = reader()
      .prepare(
        `select a.lesson_date as d, a.lesson_pair as p, a.hours_excused as ex, a.hours_unexcused as un, a.lecturer as l,
                s.hemis_id as student, g.hemis_id as grp
           from attendance a join students s on s.id = a.student_id left join groups g on g.id = a.group_id
          where a.hemis_id = 50002`,
      )
      .get();
    expect(row).toEqual({ d: '2026-11-27', p: '13', ex: 2, un: 0, l: 'Aliyev Anvar', student: 1002, grp: 53 });
    const lesson = reader()
      .prepare(
        'select lesson_date as d, start_time as s, end_time as e, auditorium as a, building as b from schedule_lessons where hemis_id = 70001',
      )
      .get();
    expect(lesson).toEqual({ d: '2026-11-30', s: '10:00', e: '11:20', a: '201-xona', b: 'Bosh bino' });
    const resit = reader()
      .prepare(
        'select exam_type as t, final_exam_type as f, start_time as s, exam_date as d from exams where hemis_id = 90001',
      )
      .get();
    expect(resit).toEqual({ t: '13', f: '12', s: '14:00', d: '2026-12-28' });
    expect(job.done).toBeGreaterThan(0);
  });

  it('answers the counter from the pulled timetable', async () => {
    const student = reader().prepare('select id from students where hemis_id = 1000').get() as { id: string };
    const next = await h.ok('attendance.next', { studentId: student.id }, h.adminToken);
    // Saturday 28 Nov, 14:00 in Tashkent: the next lesson is Monday's first pair.
    expect(next.lesson).toMatchObject({ lessonDate: '2026-11-30', startTime: '08:30', group: 'IQT-24' });
    expect(next.exam).toMatchObject({ examDate: '2026-12-14', startTime: '08:30', auditorium: '301-xona' });
  });

  it('a repeat changes nothing and writes no audit entry; a changed item updates its row', async () => {
    const before = auditTotal();
    const again = await run();
    expect(again.result).toMatchObject({
      endpoints: { 'attendance-list': { created: 0, updated: 0, unchanged: 25 }, 'exam-list': { unchanged: 8 } },
    });
    expect(auditTotal()).toBe(before);
    const item = fake.data['attendance-list']?.find((i) => i.id === 50000) as Record<string, unknown>;
    item.absent_off = 4;
    const changed = await run();
    expect(changed.result).toMatchObject({ endpoints: { 'attendance-list': { updated: 1, unchanged: 24 } } });
    expect(count(h, 'attendance', 'where hemis_id = 50000 and hours_unexcused = 4')).toBe(1);
  });

  it('keeps a correction made by hand when HEMIS sends the lesson again', async () => {
    const r = reader()
      .prepare(
        `select student_id as studentId, subject_id as subjectId, lesson_date as lessonDate, lesson_pair as lessonPair
           from attendance where hemis_id = 50001`,
      )
      .get() as { studentId: string; subjectId: string; lessonDate: string; lessonPair: string };
    await h.ok(
      'attendance.record',
      { ...r, hoursExcused: 2, hoursUnexcused: 0, reason: 'Tibbiy maʼlumotnoma 15-son' },
      h.adminToken,
    );
    const job = await run();
    expect(job.result).toMatchObject({ endpoints: { 'attendance-list': { kept: 1, updated: 0 } } });
    expect(count(h, 'attendance', "where hemis_id = 50001 and hours_excused = 2 and source = 'manual'")).toBe(1);
  });

  it('can be cancelled between pages and leaves whole pages; one pull at a time', async () => {
    fake.data['attendance-list'] = fakeAttendanceList({ students: 12, count: 60, until: '2026-11-20' });
    fake.delayMs = 150;
    const before = count(h, 'attendance');
    const { jobId } = await h.ok('attendance.pull', {}, h.adminToken);
    const second = await h.call('attendance.pull', {}, h.adminToken);
    expect(!second.ok && second.error.key).toBe('error.attendancePullRunning');
    await new Promise((r) => setTimeout(r, 400));
    await h.ok('jobs.cancel', { id: jobId }, h.adminToken);
    const job = await waitForJob(h, jobId);
    fake.delayMs = 0;
    expect(job.state).toBe('cancelled');
    // New rows arrive 10 at a time (a page): never a part of a page.
    expect((count(h, 'attendance') - before) % 10).toBe(0);
  });

  it('says so when HEMIS is not set up', async () => {
    const other = await startHarness();
    const res = await other.call('attendance.pull', {}, other.adminToken);
    expect(!res.ok && res.error.key).toBe('error.hemisNotConfigured');
    const range = await other.call('attendance.pull', { from: '2026-11-10', to: '2026-11-01' }, other.adminToken);
    expect(!range.ok && range.error.details?.issues).toEqual([{ path: 'to', key: 'validation.attendanceDateRange' }]);
    await other.dispose();
  });
});

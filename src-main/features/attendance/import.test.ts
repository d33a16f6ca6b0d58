import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAttendanceWorld, type AttendanceWorld } from '../../../test/support/attendance-fixtures';
import { startHarness, type Harness } from '../../../test/support/harness';
import { count, waitForJob } from '../hemis/test-helpers';

async function workbook(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Davomat');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('Excel import of attendance, timetable and exams', () => {
  let h: Harness;
  let w: AttendanceWorld;
  let editor: string;
  const run = async (kind: 'attendance' | 'timetable' | 'exams', data: string, dryRun: boolean) => {
    const { jobId } = await h.ok('attendance.import', { kind, fileName: `${kind}.xlsx`, data, dryRun }, editor);
    const job = await waitForJob(h, jobId, editor);
    return { job, result: job.state === 'succeeded' ? await h.ok('attendance.importResult', { jobId }, editor) : null };
  };

  beforeAll(async () => {
    h = await startHarness();
    editor = await h.signInAs('back_office');
    w = seedAttendanceWorld(h.backend.services.store.writer);
  });
  afterAll(() => h.dispose());

  it('attendance: dry run reports bad rows by row, column and translated message and writes nothing; the import writes the good rows once', async () => {
    const [a, b] = w.students;
    const data = await workbook([
      ['Davomat jurnali, FIZ-24'],
      [],
      ['Talaba ID', 'F.I.Sh.', 'Fan', 'Sana', 'Juftlik', 'Sababli', 'Sababsiz'],
      [a?.studentIdNumber, a?.name, 'Umumiy fizika', new Date(Date.UTC(2026, 10, 20)), 1, 0, 2],
      [a?.studentIdNumber, a?.name, 'fizika', '21.11.2026', 1, 0, 2],
      [b?.studentIdNumber, b?.name, 'OʻZBEKISTON TARIXI', '2026-11-21', 2, 2, ''],
      ['999999999999', 'Nomaʼlum', 'Umumiy fizika', '2026-11-21', 1, 0, 2],
      [a?.studentIdNumber, a?.name, 'Umumiy fizika', '31.02.2026', 1, 0, 2],
      [a?.studentIdNumber, a?.name, 'Umumiy fizika', '2026-12-15', 1, 0, 2],
      [a?.studentIdNumber, a?.name, 'Umumiy fizika', '2026-11-22', 1, 0, 20],
      [b?.studentIdNumber, b?.name, "O'zbekiston tarixi", '2026-11-22', 3, 0, 0],
      [],
      [b?.studentIdNumber, b?.name, "O'zbekiston tarixi", '2026-11-23', 1, 0, 2],
    ]);
    const before = count(h, 'audit_log');
    const dry = await run('attendance', data, true);
    expect(dry.job.state).toBe('succeeded');
    expect(dry.job.state).toBe('succeeded');
    expect(dry.result).toMatchObject({ dryRun: true, rows: 9, created: 3, rejectedCount: 6 });
    expect(dry.result?.rejected.map((r) => [r.row, r.issues.map((i) => i.message)])).toEqual([
      [5, ['Fan: «fizika» fani katalogda yoʻq']],
      [7, ['Talaba ID: «999999999999» talaba topilmadi']],
      [8, ['Sana: Notoʻgʻri sana (kk.oo.yyyy)']],
      [9, ['Sana: Hali kelmagan sana']],
      [10, ['Sababsiz: 0 dan 12 gacha soat']],
      [11, ['Sababsiz: Sababli yoki sababsiz soatni kiriting']],
    ]);
    expect(dry.result?.rejected[0]?.issues[0]).toMatchObject({
      column: 'Fan',
      key: 'validation.attendanceUnknownSubject',
    });
    expect(count(h, 'attendance')).toBe(0);
    expect(count(h, 'audit_log')).toBe(before);

    const real = await run('attendance', data, false);
    expect(real.result).toMatchObject({ dryRun: false, rows: 9, created: 3, rejectedCount: 6 });
    expect(count(h, 'attendance', "where source = 'excel'")).toBe(3);
    // The Excel date cell (a serial number once styles are skipped) became the calendar day; the semester came from the curriculum.
    expect(
      count(h, 'attendance', "where lesson_date = '2026-11-20' and semester = '13' and education_year = '2026'"),
    ).toBe(1);
    expect(count(h, 'audit_log')).toBe(before + 1);
    const again = await run('attendance', data, false);
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(count(h, 'audit_log')).toBe(before + 1);
  });

  it('refuses a sheet without the columns it needs, naming them, before reading any row', async () => {
    const data = await workbook([
      ['Fan', 'Sababsiz'],
      ['Umumiy fizika', 2],
    ]);
    const { job } = await run('attendance', data, true);
    expect(job.state).toBe('failed');
    expect(job.errorKey).toBe('error.attendanceImportColumns');
    expect(job.errorParams).toMatchObject({ columns: 'Talaba ID, Sana' });
    const res = await h.call('attendance.importResult', { jobId: job.id }, editor);
    expect(!res.ok && res.error.key).toBe('error.attendanceImportColumns');
    const notBook = await run('timetable', Buffer.from('not a workbook at all').toString('base64'), true);
    expect(notBook.job.errorKey).toBe('error.importNotWorkbook');
  });

  it('timetable and exams: groups by name, times as typed or as Excel times, classifiers by name or code', async () => {
    const lessons = await workbook([
      ['Guruh', 'Fan', 'Sana', 'Juftlik', 'Boshlanish', 'Tugash', 'Xona', 'Bino', 'Oʻqituvchi', 'Mashgʻulot turi'],
      ['fiz-24', 'Umumiy fizika', '2026-11-30', 1, '8:30', '9:50', '214', 'A', 'Aliyev A.', 'Maʼruza'],
      ['FIZ-24', 'Umumiy fizika', '2026-11-30', 2, 10 / 24, 11.33 / 24, '215', 'A', 'Aliyev A.', 13],
      ['FIZ-99', 'Umumiy fizika', '2026-11-30', 3, '12:00', '13:20', '', '', '', ''],
      ['FIZ-24', 'Umumiy fizika', '2026-12-01', 1, '10:00', '09:00', '', '', '', 'sport'],
    ]);
    const t = await run('timetable', lessons, false);
    expect(t.result).toMatchObject({ rows: 4, created: 2, rejectedCount: 2 });
    expect(t.result?.rejected.map((r) => [r.row, r.issues.map((i) => i.column)])).toEqual([
      [4, ['Guruh']],
      [5, ['Mashgʻulot turi', 'Tugash']],
    ]);
    const week = await h.ok('attendance.timetable', { groupId: w.groupId, date: '2026-11-30' }, editor);
    expect(week.lessons.map((l) => [l.startTime, l.endTime, l.trainingType])).toEqual([
      ['08:30', '09:50', '11'],
      ['10:00', '11:20', '13'],
    ]);

    const exams = await workbook([
      ['Guruh', 'Fan', 'Imtihon sanasi', 'Vaqt', 'Nazorat turi', 'Qaydnoma', 'Auditoriya'],
      ['FIZ-24', 'Umumiy fizika', '20.12.2026', '09:00', 'YN', 1, '301'],
      ['FIZ-24', 'Umumiy fizika', '05.01.2027', '09:00', 'YN', 2, '301'],
      ['FIZ-24', 'Kimyo', '21.12.2026', '09:00', 'imtihon', 5, '301'],
    ]);
    const e = await run('exams', exams, false);
    expect(e.result).toMatchObject({ rows: 3, created: 2, rejectedCount: 1 });
    expect(e.result?.rejected[0]?.issues.map((i) => i.column)).toEqual(['Nazorat turi', 'Qaydnoma']);
    const list = await h.ok('attendance.studentExams', { studentId: w.students[0]?.id }, editor);
    expect(list.exams.map((x) => [x.examDate, x.finalExamType])).toEqual([
      ['2026-12-20', '11'],
      ['2027-01-05', '12'],
    ]);
  });
});

import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, tashkentMoment } from '../../src-shared/domain/attendance-timetable';
import { absenceRun, addAbsences, addExam, addLessons, seedAttendanceWorld } from '../support/attendance-fixtures';
import { expect, seededTest } from './fixtures';
import { AppShell } from './pages/app-shell';
import { AttendancePages } from './pages/attendance-pages';
import { SignInPage } from './pages/auth-pages';
import { shot } from './shot';

const USERS = {
  head: { login: 'dekanat', role: 'head', fullName: 'Sobirov Jamshid', password: 'head-pass-2026' },
  clerk: { login: 'kassa', role: 'front_office', fullName: 'Karimova Nilufar', password: 'front-desk-pass-1' },
} as const;

const today = tashkentMoment(new Date()).date;

/** A journal page as an office keeps it: a title row, Uzbek headers, one good row and two bad ones. */
async function attendanceWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Davomat');
  ws.addRow(['FIZ-24 guruhi davomati']);
  ws.addRow(['Talaba ID', 'Fan', 'Sana', 'Juftlik', 'Sababli', 'Sababsiz']);
  ws.addRow(['364241102000', 'Umumiy fizika', addDays(today, -2), 3, 0, 2]);
  ws.addRow(['999999999999', 'Umumiy fizika', addDays(today, -2), 3, 0, 2]);
  ws.addRow(['364241102001', 'Umumiy fizika', addDays(today, 5), 1, 0, 2]);
  const path = join(mkdtempSync(join(tmpdir(), 'registrator-att-')), 'davomat.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}
const yesterday = addDays(today, -1);

/**
 * A journal that already holds a semester: the data folder gets its users from the CLI and the
 * academic rows straight into SQLite (the structure screens are another feature), before the server starts.
 */
const test = seededTest('attendance', Object.values(USERS), (dataDir) => {
  const db = new Database(join(dataDir, 'registrator.sqlite'));
  const w = seedAttendanceWorld(db);
  const [aziz, nilufar, bekzod] = w.students;
  addAbsences(db, [
    // Aziz: 7 × 2 h of physics, then 2 h yesterday → 16 h: a warning, and 26.7 % of physics.
    ...absenceRun(aziz!.id, w.physicsId, addDays(today, -10), 7),
    { studentId: aziz!.id, subjectId: w.physicsId, date: yesterday, pair: '2', unexcused: 2 },
    { studentId: nilufar!.id, subjectId: w.historyId, date: yesterday, excused: 2 },
    ...absenceRun(bekzod!.id, w.chemistryId, addDays(today, -40), 19),
    { studentId: w.otherStudentId, subjectId: w.historyId, date: yesterday, unexcused: 4 },
  ]);
  addLessons(
    db,
    [1, 2, 3, 4, 5, 6].flatMap((d) => [
      {
        groupId: w.groupId,
        subjectId: w.physicsId,
        date: addDays(today, d),
        pair: '1',
        start: '08:30',
        end: '09:50',
      },
      {
        groupId: w.groupId,
        subjectId: w.historyId,
        date: addDays(today, d),
        pair: '2',
        start: '10:00',
        end: '11:20',
        room: '305',
      },
    ]),
  );
  addExam(db, {
    groupId: w.groupId,
    subjectId: w.physicsId,
    date: addDays(today, 10),
    start: '09:00',
    room: '101',
  });
  addExam(db, {
    groupId: w.groupId,
    subjectId: w.historyId,
    date: addDays(today, 24),
    start: '14:00',
    attempt: '12',
  });
  db.close();
  return {};
});

test('attendance: daily report over a threshold, alerts, the card, borders, the front desk timetable', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const signIn = new SignInPage(page);
  const att = new AttendancePages(page);

  await test.step('the daily report lists yesterday’s absences by faculty and group with the level reached', async () => {
    await page.goto('/');
    await signIn.signIn(USERS.head.login, USERS.head.password);
    await shell.expectShell('head');
    await att.open('attendanceDaily');
    await att.typeDate(page.getByTestId('daily-date').locator('input'), yesterday);
    await expect(att.dailyRows()).toHaveCount(3);
    const aziz = att.dailyRow('Karimov Aziz');
    await expect(aziz).toContainText('Umumiy fizika');
    await expect(aziz.getByTestId('level-warning')).toBeVisible();
    await expect(att.dailyRow('Rahimov Olim').getByTestId('level-warning')).toHaveCount(0);
    await expect(page.getByTestId('daily-table')).toContainText('Fizika-matematika fakulteti');
    await shot(page, '50-attendance-daily');
  });

  await test.step('alerts: each level counted, the 25 % rule listed', async () => {
    await att.open('attendanceAlerts');
    await expect(att.alertRow('Toshmatov Bekzod').getByTestId('level-reprimand')).toBeVisible();
    await expect(att.alertRow('Karimov Aziz').getByTestId('level-warning')).toBeVisible();
    await expect(att.alertRow('Karimov Aziz').getByTestId('level-barred')).toBeVisible();
    await expect(page.getByTestId('alerts-kind-reprimand')).toContainText('1');
    await shot(page, '51-attendance-alerts');
  });

  await test.step('the card shows the level, hours per subject and the next class and exam', async () => {
    await att.alertRow('Karimov Aziz').getByTestId('attendance-student').click();
    const section = page.getByTestId('attendance-section');
    await expect(section).toBeVisible();
    await expect(section.getByTestId('level-warning')).toBeVisible();
    await expect(section.getByTestId('attendance-totals').first()).toContainText('16');
    await expect(section.getByTestId('next-lesson')).toContainText('Umumiy fizika');
    await expect(section.getByTestId('next-lesson')).toContainText('08:30');
    await expect(section.getByTestId('next-exam')).toContainText('Umumiy fizika');
    await section.scrollIntoViewIfNeeded();
    await shot(page, '52-attendance-card');
  });

  await test.step('borders: a disordered one is named under its field; a saved change moves the alerts', async () => {
    await att.open('attendanceSettings');
    await att.setThreshold('warning', '40');
    await att.saveThresholds();
    await expect(page.getByText('kamida 41')).toBeVisible();
    await shot(page, '53-attendance-borders');
    await att.setThreshold('warning', '20');
    await att.setThreshold('reprimand', '40');
    await att.saveThresholds();
    await att.open('attendanceAlerts');
    await expect(att.alertRow('Toshmatov Bekzod').getByTestId('level-warning')).toBeVisible();
    await expect(att.alertRow('Karimov Aziz').getByTestId('level-warning')).toHaveCount(0);
  });

  await test.step('per-subject monitoring: the whole group with the share of physics missed', async () => {
    await att.open('attendanceMonitoring');
    await att.choose('monitoring-group', 'FIZ-24');
    await att.choose('monitoring-subject', 'Umumiy fizika · 3-semestr (2026)');
    await expect(page.getByTestId('monitoring-row')).toHaveCount(3);
    await expect(page.getByTestId('monitoring-hours')).toContainText('60');
    const aziz = page.getByTestId('monitoring-row').filter({ hasText: 'Karimov Aziz' });
    await expect(aziz).toContainText('26,7 %');
    await expect(aziz.getByTestId('level-barred')).toBeVisible();
    await shot(page, '55-attendance-monitoring');
  });

  await test.step('an Excel journal: the check lists bad rows by row and column and writes nothing', async () => {
    await att.open('attendanceImport');
    const file = await attendanceWorkbook();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-check').click();
    const result = page.getByTestId('import-result');
    await expect(result).toContainText('3 qator');
    const rejected = page.getByTestId('import-rejected');
    await expect(rejected).toContainText('«999999999999» talaba topilmadi');
    await expect(rejected).toContainText('Hali kelmagan sana');
    await shot(page, '56-attendance-import-check');
    await shell.signOut();
  });

  await test.step('the front desk answers “when and where is my next class / exam”', async () => {
    await signIn.signIn(USERS.clerk.login, USERS.clerk.password);
    await shell.expectShell('front-desk');
    await att.open('attendanceTimetable');
    await att.pickStudent('Yoʻldosheva', 'Yoʻldosheva Nilufar Anvarovna');
    await expect(page.getByTestId('next-lesson')).toContainText('08:30');
    await expect(page.getByTestId('week-lesson').first()).toBeVisible();
    await page.getByTestId('print-exams').click();
    await expect(page.getByTestId('exam-list')).toContainText('Oʻzbekiston tarixi');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('exam-list')).toHaveCount(0);
    // Focus off the button, so the picture shows it at rest.
    await page.getByTestId('timetable-week').click();
    await shot(page, '54-attendance-timetable');
  });
});

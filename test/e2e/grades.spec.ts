import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRaw, type Sqlite } from '../../src-main/db/connection';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { seedAcademic, type AcademicFixture } from '../support/academic-fixtures';
import { expect, seededTest } from './fixtures';
import { SignInPage } from './pages/auth-pages';
import { DebtorsPage, GpaDiffPage, GradeEntryPage, GradesCard, GradesImportPage, pick } from './pages/grades-pages';
import { shot } from './shot';

const DEAN = { login: 'dekanat', role: 'back_office', password: 'dean-office-2026', fullName: 'Yusupova Malika' };

/** What a HEMIS pull of `student-gpa-list` would have stored: values that disagree with the grades here. */
function seedHemisGpa(db: Sqlite, fixture: AcademicFixture): void {
  const [first, , , fourth] = fixture.students;
  const insert = db.prepare(
    `insert into hemis_student_gpa (id, student_id, education_year, level, gpa, credit_sum, method, pulled_at)
     values (?, ?, ?, ?, ?, ?, ?, '2026-11-20T08:00:00.000Z')`,
  );
  insert.run(uuidv7(), first?.id, '2025', '12', 2.6, 10, 'all_year');
  insert.run(uuidv7(), fourth?.id, '2024', '11', 4.5, 10, 'one_year');
}

/**
 * A record sheet as a department sends it: a title row, the usual Uzbek headers, the history grades
 * of the second semester, and one row whose student ID exists nowhere (sheet row 5).
 */
async function gradesWorkbook(fixture: AcademicFixture): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Qaydnoma');
  ws.addRow(['IQT-24: Oʻzbekiston tarixi, 2-semestr']);
  ws.addRow(['Talaba ID', 'Fan kodi', 'Semestr', 'Ball']);
  const [a, b, c] = fixture.students;
  ws.addRow([a?.idNumber, 'TAR', 2, 86]);
  ws.addRow([b?.idNumber, 'TAR', 2, 71]);
  ws.addRow(['364241199999', 'TAR', 2, 90]);
  ws.addRow([c?.idNumber, 'TAR', 2, 64]);
  const path = join(mkdtempSync(join(tmpdir(), 'registrator-grades-')), 'tarix-qaydnoma.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

/**
 * A dean's-office day: a curriculum with subjects in two semesters, a group and its students are
 * in the database (seeded directly: the structure screens are tested on their own), the back
 * office enters a record sheet with one failing and one absent student, the card shows the
 * transcript, GPA and the debt, a grade is corrected with a reason and the history keeps both.
 */
const test = seededTest('grades', [DEAN], (dataDir) => {
  const db = openRaw(join(dataDir, 'registrator.sqlite'));
  const fixture = seedAcademic(db, { students: 5 });
  seedHemisGpa(db, fixture);
  db.close();
  return { fixture };
});

test('grades: a record sheet, the card transcript with GPA and debt, a correction with its history, debtors', async ({
  page,
  seeded,
}) => {
  const entry = new GradeEntryPage(page);
  const card = new GradesCard(page);
  const debtors = new DebtorsPage(page);
  const failing = seeded.fixture.students[2] as AcademicFixture['students'][number];

  await test.step('the back office types a record sheet with the keyboard, one failing, one absent', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(DEAN.login, DEAN.password);
    await entry.open('back-office');
    await entry.choose('IQT-24', /Oliy matematika/);
    await expect(entry.rows).toHaveCount(5);
    await entry.type(['92', '75', '41', 'kelmadi', '88,5']);
    await expect(page.getByText('Saqlanmagan: 5')).toBeVisible();
    await shot(page, '40-grade-entry');
    await entry.saveWithShortcut();
    await expect(entry.recorded(0)).toHaveText('92 (5)');
    await expect(entry.recorded(2)).toHaveText('41 (2)');
    await expect(entry.recorded(3)).toHaveText('kelmadi');
    await expect(page.getByTestId('grade-input').first()).toBeDisabled();

    await pick(page, page.getByTestId('entry-subject'), /Fizika/);
    await entry.type(['88', '64', '90', '70', '101']);
    await entry.saveWithShortcut();
    // The bad row is named in its cell and nothing of the sheet was written.
    await expect(entry.rows.nth(4)).toContainText('Ball 0 dan 100 gacha');
    await page.getByTestId('grade-input').nth(4).fill('77');
    await entry.saveWithShortcut();
    await expect(entry.recorded(4)).toHaveText('77 (4)');
  });

  await test.step('the card shows the transcript by semester, GPA, credits and the debt', async () => {
    await page.goto(`/#/back-office/students/${failing.id}`);
    await expect(card.section).toBeVisible();
    await expect(card.row('Oliy matematika')).toContainText('41');
    await expect(card.row('Fizika').locator('td').nth(4)).toHaveText('A');
    // (6×2 + 4×5) / 10 = 3.2
    await expect(page.getByTestId('grades-gpa')).toHaveText('3.2');
    await expect(page.getByTestId('grades-credits')).toHaveText('4');
    await expect(page.getByTestId('grades-debts')).toContainText('1 ta fan, 6 kredit');
    await expect(page.getByTestId('grades-debts')).toContainText('Oliy matematika');
    await card.section.scrollIntoViewIfNeeded();
    await shot(page, '41-card-transcript');
  });

  await test.step('a correction needs a reason and keeps the old entry', async () => {
    await card.correct('Oliy matematika', '64', '');
    await expect(page.getByTestId('correct-save')).toBeDisabled();
    await page.getByTestId('correct-reason').fill('Apellyatsiya komissiyasi qarori, 12.01.2026');
    await shot(page, '42-grade-correction');
    await card.saveCorrection();
    await expect(page.getByTestId('grades-debts')).toHaveCount(0);
    await expect(page.getByTestId('grades-gpa')).toHaveText('3.8');
    await card.row('Oliy matematika').getByTestId('grade-history').click();
    const history = page.getByTestId('grade-history-row');
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText('41');
    await expect(history.nth(0)).toContainText('almashtirilgan');
    await expect(history.nth(1)).toContainText('64');
    await expect(history.nth(1)).toContainText('Apellyatsiya komissiyasi qarori');
    await expect(history.nth(1)).toContainText(DEAN.login);
    await shot(page, '43-grade-history');
    await page.keyboard.press('Escape');
  });

  await test.step('the debtors list names who still owes, with an .xlsx export', async () => {
    await debtors.open();
    await debtors.filterGroup('IQT-24');
    await expect(debtors.rows).toHaveCount(1);
    await expect(debtors.rows.first()).toContainText('Karimova Dilnoza');
    await expect(debtors.rows.first()).toContainText('Oliy matematika (1, 6)');
    const download = page.waitForEvent('download');
    await page.getByTestId('debtors-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await shot(page, '44-debtors');
  });
});

test('grades import: a file with a bad row is checked, imported and shows on the card; HEMIS and GPA differences', async ({
  page,
  seeded,
}) => {
  const importPage = new GradesImportPage(page);
  const card = new GradesCard(page);
  const diff = new GpaDiffPage(page);
  const [first] = seeded.fixture.students;
  const file = await gradesWorkbook(seeded.fixture);

  await test.step('the dry run counts the rows and names the bad one by row, column and problem', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(DEAN.login, DEAN.password);
    await importPage.open('back-office');
    await importPage.choose(file);
    await expect(importPage.dryRun).toBeVisible();
    await expect(importPage.count('rows')).toHaveText('4');
    await expect(importPage.count('added')).toHaveText('3');
    await expect(importPage.count('rejected')).toHaveText('1');
    await expect(importPage.rejected).toHaveCount(1);
    await expect(importPage.rejected.first()).toHaveAttribute('data-row', '5');
    await expect(importPage.rejected.first()).toContainText('Talaba ID');
    await expect(importPage.rejected.first()).toContainText('talaba topilmadi');
    const report = page.waitForEvent('download');
    await page.getByTestId('grades-import-rejected-export').click();
    expect((await report).suggestedFilename()).toMatch(/^Rad etilgan qatorlar .*\.xlsx$/);
    await shot(page, '45-grades-import-check');
  });

  await test.step('the import writes the good rows; HEMIS says plainly it is not set up', async () => {
    await importPage.run();
    await expect(importPage.done).toBeVisible();
    await expect(importPage.count('added')).toHaveText('3');
    await page.getByTestId('grades-pull').click();
    await expect(page.getByTestId('hemis-not-configured')).toContainText('HEMIS manzili va API tokeni sozlanmagan');
    await shot(page, '46-grades-import-done');
  });

  await test.step('the card shows the imported grade', async () => {
    await page.goto(`/#/back-office/students/${first?.id}`);
    await expect(card.section).toBeVisible();
    await expect(card.row('Oʻzbekiston tarixi')).toContainText('86');
  });

  await test.step('the GPA differences list compares with HEMIS and exports', async () => {
    await diff.open();
    await expect(diff.rows).toHaveCount(2);
    await expect(diff.rows.filter({ hasText: first?.name ?? '' })).toContainText('2.6');
    await pick(page, page.getByTestId('filter-method'), 'Bir oʻquv yili');
    await expect(diff.rows).toHaveCount(1);
    await expect(diff.rows.first()).toContainText('4.5');
    await pick(page, page.getByTestId('filter-method'), 'Barchasi');
    const download = page.waitForEvent('download');
    await page.getByTestId('gpa-diff-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await shot(page, '47-gpa-diff');
  });
});

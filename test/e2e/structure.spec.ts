import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { nameSearchText } from '../../src-shared/domain/search-key';
import { uuidv7 } from '../../src-shared/domain/uuid';
import type { Page } from '@playwright/test';
import { expect, seededTest } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/auth-pages';
import { StructurePages } from './pages/structure-pages';
import { shot } from './shot';

const CLERK = { login: 'dekanat', role: 'back_office', fullName: 'Rahimova Gulnora', password: 'back-office-pass-1' };
/** Students admitted but not placed yet (the registry knows them; the back office places them). */
const NEWCOMERS: [string, string][] = [
  ['Joʻrayev', 'Bobur'],
  ['Gʻulomova', 'Shahnoza'],
  ['Ergashev', 'Sanjar'],
];

/** A groups list as an office keeps it: a title row, then the header; Excel stores the code as a number. */
async function groupsWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Guruhlar');
  ws.addRow(['Iqtisodiyot fakulteti guruhlari']);
  ws.addRow(['Guruh', 'Yoʻnalish kodi', 'Taʼlim tili', 'Taʼlim shakli', 'Kurs', 'Oʻquv reja']);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Lets the "saved" toast go by itself (closing it races its own timer), then takes the picture. */
async function calmShot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.MuiSnackbar-root')).toHaveCount(0, { timeout: 10_000 });
  await shot(page, name);
}

const test = seededTest('structure', [CLERK], (dataDir) => {
  const db = new Database(join(dataDir, 'registrator.sqlite'));
  const now = new Date().toISOString();
  const insert = db.prepare(
    'insert into students (id, last_name_lat, first_name_lat, search_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  for (const [last, first] of NEWCOMERS) insert.run(uuidv7(), last, first, nameSearchText(last, first), now, now);
  db.close();
  return {};
});

test('structure: a curriculum over two semesters, a group on it, two students placed through the preview', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const s = new StructurePages(page);

  await test.step('the back office builds a faculty with a chair and a specialty', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(CLERK.login, CLERK.password);
    await shell.expectShell('back-office');
    await s.open('structure');
    await page.getByTestId('department-add').click();
    await s.fill('nameUzLatn', 'Iqtisodiyot fakulteti');
    await s.fill('code', '101');
    await s.save();
    await page.getByTestId('department-add').click();
    await s.fill('nameUzLatn', 'Oliy matematika kafedrasi');
    await s.fill('code', '101-1');
    await s.choose('structureType', /^Kafedra$|^Chair$|^Кафедра$/);
    await s.choose('parentId', /Iqtisodiyot fakulteti/);
    await s.save();
    await page.getByTestId('specialty-add').click();
    await s.fill('code', '60410100');
    await s.fill('nameUzLatn', 'Iqtisodiyot');
    await s.save();
    await expect(page.getByRole('table').first()).toContainText('60410100');
    await calmShot(page, '30-structure-tree');
  });

  await test.step('academic years: last year and this one added, this one marked current (only one is)', async () => {
    await s.open('academicYears');
    await page.getByTestId('year-add').click();
    await s.fill('code', '2025');
    await s.dialog.locator('input[name="current"]').check();
    await s.save();
    await expect(s.yearRow('2025').getByTestId('year-current')).toBeVisible();
    await page.getByTestId('year-add').click();
    await expect(s.dialog.locator('input[name="code"]')).toHaveValue('2026'); // the year after the newest
    await s.save();
    await expect(s.yearRow('2026')).toContainText('2026–2027');
    await expect(s.yearRow('2026').getByTestId('year-current')).toHaveCount(0);
    await s.yearRow('2026').getByTestId('year-make-current').click();
    await expect(s.yearRow('2026').getByTestId('year-current')).toBeVisible();
    await expect(page.getByTestId('year-current')).toHaveCount(1);
    await expect(s.yearRow('2025').getByTestId('year-make-current')).toBeVisible();
    await expect(page.getByTestId('year-row').first()).toHaveAttribute('data-year', '2026'); // newest first
    await calmShot(page, '35-academic-years');
  });

  await test.step('a curriculum with subjects in two semesters and credit totals', async () => {
    await s.open('curricula');
    await page.getByTestId('curriculum-add').click();
    await s.fill('name', 'Iqtisodiyot 2026 kunduzgi');
    await s.choose('specialtyId', /60410100 Iqtisodiyot/);
    await s.save();
    await expect(s.semester('11')).toBeVisible();
    await s.addSubject('11', { name: 'Oliy matematika', credit: '6', hours: { '11': '30', '13': '30', '17': '120' } });
    await s.addSubject('11', { name: 'Oʻzbek tili', credit: '4', hours: { '13': '60', '17': '60' } });
    await page.getByTestId('subject-add-12').click();
    await s.dialog.locator('input[name="subject"]').fill('Mikroiqtisodiyot');
    await s.fill('credit', '5,5');
    await s.fill('hours.11', '30');
    await shot(page, '31-curriculum-subject-dialog');
    await s.save();
    await expect(s.semester('11')).toContainText('Oliy matematika');
    await expect(s.semester('11')).toContainText('10');
    await expect(s.semester('12')).toContainText('5,5');
    await calmShot(page, '32-curriculum-editor');
  });

  await test.step('a group on that curriculum', async () => {
    await s.open('structure');
    await page.getByTestId('group-add').click();
    await s.fill('name', 'IQT-26-01');
    await s.choose('specialtyId', /60410100 Iqtisodiyot/);
    await s.choose('curriculumId', /Iqtisodiyot 2026 kunduzgi/);
    await s.save();
    await expect(page.getByRole('table').nth(1)).toContainText('IQT-26-01');
  });

  await test.step('two students placed after a preview of what changes', async () => {
    await s.open('studyGroups');
    await expect(page.getByTestId('placement-student')).toHaveCount(3);
    await s.studentRow('Joʻrayev Bobur').click();
    await s.studentRow('Gʻulomova Shahnoza').click();
    await s.pickGroup('targetGroup', 'IQT-26-01');
    await page.getByTestId('bulk-assign').click();
    const plan = page.getByTestId('plan-dialog');
    await expect(plan.locator('[data-outcome="change"]')).toHaveCount(2);
    await expect(plan).toContainText('Joʻrayev Bobur');
    await shot(page, '33-placement-preview');
    await plan.getByTestId('plan-apply').click();
    await expect(plan).toHaveCount(0);
    await expect(page.getByTestId('placement-student')).toHaveCount(1);
    await expect(s.studentRow('Ergashev Sanjar')).toBeVisible();
    await page.getByRole('button', { name: /Guruhdan|From a group|Из группы|Гуруҳдан/ }).click();
    await s.pickGroup('sourceGroup', 'IQT-26-01');
    await expect(page.getByTestId('placement-student')).toHaveCount(2);
    await expect(s.studentRow('Gʻulomova Shahnoza')).toContainText('IQT-26-01');
    await calmShot(page, '34-group-after-placement');
  });

  await test.step('the group gets its first-semester subjects for the year, after a preview', async () => {
    await page.getByTestId('bulk-subjects').click();
    const dialog = page.getByTestId('subject-assign-dialog');
    await dialog.getByLabel(/Oliy matematika/).check();
    await dialog.getByLabel(/Oʻzbek tili/).check();
    await dialog.getByRole('button', { name: /Oldindan koʻrish|Preview|Предпросмотр|Олдиндан кўриш/ }).click();
    const apply = dialog.getByRole('button', { name: /\(4\)/ });
    await expect(apply).toBeEnabled();
    await apply.click();
    await expect(dialog).toHaveCount(0);
  });

  await test.step('a teacher added to the chair becomes the group’s tutor', async () => {
    await s.open('employees');
    await page.getByTestId('employee-add').click();
    await s.fill('lastName', 'Toʻxtayev');
    await s.fill('firstName', 'Gʻayrat');
    await s.fill('patronymic', 'Shavkat oʻgʻli');
    await s.choose('departmentId', /Oliy matematika kafedrasi/);
    await s.fill('position', 'Katta oʻqituvchi');
    await s.fill('phone', '90 123 45 67');
    await s.save();
    await expect(s.employeeRow('Toʻxtayev Gʻayrat Shavkat oʻgʻli')).toContainText('+998 90 123 45 67');
    await page.getByTestId('employee-add').click();
    await s.fill('lastName', 'Ergasheva');
    await s.fill('firstName', 'Dilnoza');
    await s.choose('kind', /^Xodim$|^Staff$|^Сотрудник$|^Ходим$/);
    await s.fill('position', 'Dekanat inspektori');
    await s.save();
    await expect(page.getByTestId('employee-row')).toHaveCount(2);
    // The faculty filter takes its chairs: the teacher of the chair stays, the one without a department goes.
    await s.filter('departmentFilter', /Iqtisodiyot fakulteti/);
    await expect(page.getByTestId('employee-row')).toHaveCount(1);
    await expect(s.employeeRow('Toʻxtayev')).toBeVisible();
    await s.filter('departmentFilter', /^Barchasi$|^All$|^Все$|^Барчаси$/);
    await page.locator('input[name="employeeSearch"]').fill('Toʻx');
    await expect(page.getByTestId('employee-row')).toHaveCount(1);
    await page.locator('input[name="employeeSearch"]').fill('');
    await page.locator('input[name="employeeSearch"]').blur();
    await expect(page.getByTestId('employee-row')).toHaveCount(2);
    await calmShot(page, '36-employees');

    await s.open('structure');
    await page
      .getByRole('row', { name: /IQT-26-01/ })
      .getByRole('button')
      .click();
    await s.choose('tutorId', /Toʻxtayev Gʻayrat/);
    await s.save();
    await expect(page.getByRole('row', { name: /IQT-26-01/ })).toContainText('Toʻxtayev');
  });

  await test.step('two more groups from an Excel list: a bad row rejects the file, the fixed one is checked, then imported', async () => {
    await s.open('studyGroups');
    await page.getByTestId('structure-import-open').click();
    const dialog = page.getByTestId('structure-import-dialog');
    await expect(dialog.getByTestId('structure-import-kind-groups')).toHaveAttribute('aria-pressed', 'true');
    const good: (string | number | null)[][] = [
      ['IQT-26-02', 60410100, 'Rus', 'Kunduzgi', 1, 'Iqtisodiyot 2026 kunduzgi'],
      ['IQT-25-01', '60410100', 'Oʻzbek', 'Sirtqi', '2-kurs', null],
    ];
    const input = dialog.getByTestId('structure-import-file');
    await input.setInputFiles({
      name: 'guruhlar.xlsx',
      mimeType: XLSX,
      buffer: await groupsWorkbook([...good, ['IQT-25-02', '99999999', 'Oʻzbek', 'Kunduzgi', 1, null]]),
    });
    await dialog.getByTestId('structure-import-run').click();
    const errors = dialog.getByTestId('structure-import-errors');
    await expect(errors.locator('tbody tr')).toHaveCount(1);
    await expect(errors.locator('tbody tr')).toContainText('5');
    await expect(errors.locator('tbody tr')).toContainText('99999999');
    await expect(dialog.getByTestId('structure-import-apply')).toHaveCount(0);

    await input.setInputFiles({ name: 'guruhlar.xlsx', mimeType: XLSX, buffer: await groupsWorkbook(good) });
    await dialog.getByTestId('structure-import-run').click();
    await expect(dialog.getByTestId('structure-import-summary')).toContainText('2');
    await expect(errors).toHaveCount(0);
    await shot(page, '37-structure-import-checked');
    await dialog.getByTestId('structure-import-apply').click();
    await expect(dialog.getByTestId('structure-import-summary')).toHaveClass(/Success/);
    await dialog.getByRole('button', { name: /^Yopish$|^Close$|^Закрыть$|^Ёпиш$/ }).click();
    await expect(dialog).toHaveCount(0);

    await s.open('structure');
    const groups = page.getByRole('table').nth(1);
    await expect(groups).toContainText('IQT-26-02');
    await expect(groups.getByRole('row', { name: /IQT-25-01/ })).toContainText('2');
  });
});

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openRaw } from '../../src-main/db/connection';
import { seedAcademic, type AcademicFixture } from '../support/academic-fixtures';
import { cli, expect, startServer, tempDataDir, test as base, type RunningServer } from './fixtures';
import { SignInPage } from './pages/auth-pages';
import { DebtorsPage, GradeEntryPage, GradesCard, pick } from './pages/grades-pages';
import { shot } from './shot';

const DEAN = { login: 'dekanat', password: 'dean-office-2026', fullName: 'Yusupova Malika' };

/**
 * A dean's-office day: a curriculum with subjects in two semesters, a group and its students are
 * in the database (seeded directly: the structure screens are tested on their own), the back
 * office enters a record sheet with one failing and one absent student, the card shows the
 * transcript, GPA and the debt, a grade is corrected with a reason and the history keeps both.
 */
const test = base.extend<object, { seeded: RunningServer & { fixture: AcademicFixture } }>({
  seeded: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      const dataDir = tempDataDir();
      try {
        cli(
          [
            'users',
            'add',
            '--login',
            DEAN.login,
            '--role',
            'back_office',
            '--full-name',
            DEAN.fullName,
            '--password-stdin',
            '--data-dir',
            dataDir,
          ],
          `${DEAN.password}\n`,
        );
        const db = openRaw(join(dataDir, 'registrator.sqlite'));
        const fixture = seedAcademic(db, { students: 5 });
        db.close();
        const server = await startServer(dataDir, 'e2e-grades-server.log');
        try {
          await use({ ...server, fixture });
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ seeded }, use) => use(seeded.url),
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

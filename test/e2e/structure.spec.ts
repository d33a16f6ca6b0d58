import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { nameSearchText } from '../../src-shared/domain/search-key';
import { uuidv7 } from '../../src-shared/domain/uuid';
import type { Page } from '@playwright/test';
import { cli, expect, startServer, tempDataDir, test as base, type RunningServer } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/auth-pages';
import { StructurePages } from './pages/structure-pages';
import { shot } from './shot';

const CLERK = { login: 'dekanat', fullName: 'Rahimova Gulnora', password: 'back-office-pass-1' };
/** Students admitted but not placed yet (the registry knows them; the back office places them). */
const NEWCOMERS: [string, string][] = [
  ['Joʻrayev', 'Bobur'],
  ['Gʻulomova', 'Shahnoza'],
  ['Ergashev', 'Sanjar'],
];

/** Lets the "saved" toast go by itself (closing it races its own timer), then takes the picture. */
async function calmShot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.MuiSnackbar-root')).toHaveCount(0, { timeout: 10_000 });
  await shot(page, name);
}

const test = base.extend<object, { seeded: RunningServer }>({
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
            CLERK.login,
            '--role',
            'back_office',
            '--full-name',
            CLERK.fullName,
            '--password-stdin',
            '--data-dir',
            dataDir,
          ],
          `${CLERK.password}\n`,
        );
        const db = new Database(join(dataDir, 'registrator.sqlite'));
        const now = new Date().toISOString();
        const insert = db.prepare(
          'insert into students (id, last_name_lat, first_name_lat, search_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
        );
        for (const [last, first] of NEWCOMERS) insert.run(uuidv7(), last, first, nameSearchText(last, first), now, now);
        db.close();
        const server = await startServer(dataDir, 'e2e-structure-server.log');
        try {
          await use(server);
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
});

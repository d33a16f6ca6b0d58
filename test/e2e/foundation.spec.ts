import { expect, test } from './fixtures';
import { AuditPage, BackupsPage, InstitutionPage, UsersPage } from './pages/admin-pages';
import { ALL_PAGES, AppShell } from './pages/app-shell';
import { SetupPage, SignInPage } from './pages/auth-pages';
import { emblemPng } from './png';
import { shot } from './shot';

const ADMIN = { fullName: 'Aliyeva Dilnoza Rustamovna', login: 'admin', password: 'registrar-admin-2026' };
const CLERK = { fullName: 'Karimov Jasur Bahodirovich', login: 'front1', password: 'front-desk-pass-1' };
const ADMIN_ONLY_PAGES = ['users', 'institution', 'audit', 'backups', 'settings', 'check'] as const;

test('foundation: setup, users, shells, languages, institution profile, audit, backups', async ({ page }) => {
  const shell = new AppShell(page);
  const signIn = new SignInPage(page);

  await test.step('first run: create the administrator', async () => {
    const setup = new SetupPage(page);
    await setup.open();
    await expect(page.getByRole('heading', { name: 'Dastlabki sozlash' })).toBeVisible();
    await shot(page, '01-setup');
    await setup.createAdmin(ADMIN);
    await shell.expectShell('head');
    await expect(page.getByTestId('welcome')).toHaveText(`Xush kelibsiz, ${ADMIN.fullName}!`);
  });

  await test.step('sign out, sign in again as the administrator', async () => {
    await shell.signOut();
    await signIn.expectShown();
    await expect(page.getByText('Siz tizimdan chiqdingiz')).toBeVisible();
    await shot(page, '02-sign-in');
    await signIn.signIn(ADMIN.login, 'wrong-password');
    await expect(page.getByRole('alert')).toHaveText('Login yoki parol notoʻgʻri');
    await signIn.signIn(ADMIN.login, ADMIN.password);
    await shell.expectShell('head');
    await shell.expectNav(ALL_PAGES);
    await expect(page.getByTestId('role')).toHaveText('Administrator');
    await expect(page.getByTestId('shell-switcher')).toBeVisible();
    await shot(page, '03-head-home');
  });

  await test.step('the administrator creates a front-office user', async () => {
    await shell.go('users');
    const users = new UsersPage(page);
    await expect(users.row(ADMIN.login)).toBeVisible();
    await users.createUser({ ...CLERK, roleLabel: 'Front-ofis xodimi' });
    await expect(users.row(CLERK.login)).toContainText('Front-ofis xodimi');
    await expect(users.row(CLERK.login)).toContainText('Hali kirmagan');
    await shot(page, '04-users', { keepToast: true });
  });

  await test.step('the front-office user sees only the front desk, opened on the student search', async () => {
    await shell.signOut();
    await signIn.signIn(CLERK.login, CLERK.password);
    await shell.expectShell('front-desk');
    await expect(page.getByTestId('student-search-input')).toBeFocused();
    await shell.expectNav([
      'home',
      'students',
      'studentNew',
      'requests',
      'queueDesk',
      'queueIssue',
      'foreign',
      'infodesk',
      'feesCalculator',
      'feesTariffs',
      'contracts',
      'contractNew',
      'contractDebtors',
      'documentsRegister',
      'documentsVerify',
      'attendanceTimetable',
      'account',
    ]);
    await shell.go('home');
    for (const id of ADMIN_ONLY_PAGES) await expect(shell.navItem(id)).toHaveCount(0);
    await expect(page.getByTestId('shell-switcher')).toHaveCount(0);
    await expect(page.getByTestId('role')).toHaveText('Front-ofis xodimi');
    // A typed URL of an admin page leads back to the user's own workspace.
    await page.goto('/#/head/users');
    await shell.expectShell('front-desk');
    await expect(page.getByTestId('users-table')).toHaveCount(0);
    await expect(page.getByTestId('search-help')).toBeVisible();
    await shot(page, '05-front-desk');
    await shell.go('home');
  });

  await test.step('switching to Russian translates the UI and is remembered', async () => {
    await shell.switchLanguage('Русский');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByTestId('welcome')).toHaveText(`Добро пожаловать, ${CLERK.fullName}!`);
    await expect(shell.navItem('home')).toHaveText('Главная');
    await expect(shell.navItem('account')).toHaveText('Моя учётная запись');
    await expect(page.getByTestId('role')).toHaveText('Сотрудник фронт-офиса');
    await expect(page.getByTestId('appbar-context')).toContainText('Фронт-офис');
    await shot(page, '06-front-desk-ru');
    // Saved for the user (auth.setLocale): still Russian after a reload.
    await page.reload();
    await expect(page.getByTestId('welcome')).toHaveText(`Добро пожаловать, ${CLERK.fullName}!`);
    await shell.signOut();
    await expect(page.getByText('Вход в систему').first()).toBeVisible();
  });

  await test.step('five wrong passwords lock the account, with the minutes shown', async () => {
    for (let attempt = 1; attempt < 5; attempt++) {
      await signIn.signIn(CLERK.login, `wrong-${attempt}`);
      await expect(page.getByRole('alert')).toHaveText('Неверный логин или пароль');
    }
    await signIn.signIn(CLERK.login, 'wrong-5');
    await expect(page.getByRole('alert')).toHaveText('Учётная запись временно заблокирована: попробуйте через 15 мин.');
  });

  await test.step('the administrator edits the institution profile', async () => {
    await signIn.signIn(ADMIN.login, ADMIN.password);
    // The administrator's own language (uz-Latn) applies again.
    await expect(page.getByTestId('welcome')).toHaveText(`Xush kelibsiz, ${ADMIN.fullName}!`);
    await shell.go('institution');
    const institution = new InstitutionPage(page);
    await institution.fill({
      nameUzLatn: 'Muhammad al-Xorazmiy nomidagi Toshkent axborot texnologiyalari universiteti',
      nameUzCyrl: 'Муҳаммад ал-Хоразмий номидаги Тошкент ахборот технологиялари университети',
      nameRu: 'Ташкентский университет информационных технологий имени Мухаммада аль-Хорезми',
      nameEn: 'Tashkent University of Information Technologies named after Muhammad al-Khwarizmi',
      shortName: 'TATU',
      address: 'Amir Temur shoh koʻchasi, 108',
      city: 'Toshkent',
      phone: '71 238-64-43',
      email: 'info@tuit.uz',
      stir: '20123',
      rectorName: 'Maxkamov Baxtiyor Shuxratovich',
      officeHeadName: 'Yusupova Malika Anvarovna',
    });
    await institution.uploadLogo(emblemPng());
    await institution.addSignatory('Rektor', 'Maxkamov Baxtiyor Shuxratovich');
    await institution.save();
    // The backend rejects the 5-digit STIR: the message appears under that field.
    await expect(institution.field('stir')).toHaveAttribute('aria-invalid', 'true');
    await expect(institution.helper('stir')).not.toHaveText('9 ta raqam');
    await institution.fill({ stir: '201234567' });
    await institution.save();
    await expect(page.getByTestId('save-state')).toContainText('Oxirgi marta saqlangan');
    await expect(institution.field('phone')).toHaveValue('+998712386443');
    await expect(page.getByTestId('appbar-context')).toContainText('TATU');
    // A second edit (a typo in the address) is an update with a real before/after.
    await institution.fill({ address: 'Amir Temur shoh koʻchasi, 108-uy' });
    await expect(page.getByTestId('save-state')).toContainText('Saqlanmagan oʻzgarishlar bor');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('save-state')).toContainText('Oxirgi marta saqlangan');
    await shot(page, '07-institution', { keepToast: true });
  });

  await test.step('the audit log shows both changes with before/after', async () => {
    await shell.go('audit');
    const audit = new AuditPage(page);
    await expect(audit.rows('users.create')).toHaveCount(1);
    await expect(audit.rows('institution.update')).toHaveCount(2);

    const created = await audit.expand('users.create');
    const diff = created.getByTestId('diff');
    await expect(diff.locator('tr[data-field="login"] td').nth(2)).toHaveText(CLERK.login);
    await expect(diff.locator('tr[data-field="role"] td').nth(2)).toHaveText('front_office');
    await expect(diff.locator('tr[data-field="passwordHash"] td').nth(2)).toHaveText('«redacted»');
    await audit.collapse('users.create');

    const updated = await audit.expand('institution.update');
    const address = updated.getByTestId('diff').locator('tr[data-field="address"]');
    await expect(address).toHaveAttribute('data-changed', 'true');
    await expect(address.locator('td').nth(1)).toHaveText('Amir Temur shoh koʻchasi, 108');
    await expect(address.locator('td').nth(2)).toHaveText('Amir Temur shoh koʻchasi, 108-uy');
    await expect(updated.getByTestId('diff').locator('tr[data-field="shortName"]')).not.toHaveAttribute(
      'data-changed',
      'true',
    );
    await expect(updated.getByTestId('audit-input').getByText('108-uy')).toBeVisible();
    await shot(page, '08-audit');
  });

  await test.step('a backup runs as a job and the list refreshes', async () => {
    await shell.go('backups');
    const backups = new BackupsPage(page);
    await expect(backups.rows().first()).toBeVisible(); // the automatic backup taken at start
    const before = await backups.rows().count();
    await backups.backUpNow();
    await expect(page.getByTestId('job-result')).toContainText('Zaxira nusxa yaratildi');
    await expect(backups.rows()).toHaveCount(before + 1);
    await expect(backups.rows().filter({ hasText: 'Qoʻlda' })).toHaveCount(1);
    await shot(page, '09-backups');
  });

  await test.step('the administrator unlocks the clerk; the database check passes', async () => {
    await shell.go('users');
    const users = new UsersPage(page);
    await expect(users.row(CLERK.login)).toContainText('gacha');
    await users.unlock(CLERK.login);
    await expect(users.row(CLERK.login)).not.toContainText('gacha');
    await shell.go('check');
    await page.getByTestId('run-check').click();
    await expect(page.getByTestId('check-report')).toContainText('Hammasi joyida');
  });
});

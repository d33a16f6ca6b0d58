import { makePinfl } from '../../src-shared/domain/pinfl';
import { cli, expect, seededTest } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/auth-pages';
import { StudentCardPage, StudentFormPage, StudentSearchPage } from './pages/student-pages';
import { makePng } from './png';
import { shot } from './shot';

const USERS = {
  clerk: { login: 'kassa', role: 'front_office', fullName: 'Karimova Nilufar', password: 'front-desk-pass-1' },
  viewer: { login: 'kuzatuvchi', role: 'viewer', fullName: 'Rahimov Akmal', password: 'viewer-pass-2026' },
  archive: { login: 'arxiv', role: 'archive', fullName: 'Sobirova Dilbar', password: 'archive-pass-2026' },
} as const;

const PINFL = makePinfl('2005-04-12', 'male', 26, 17);
const PINFL_BAD_CHECK = PINFL.slice(0, 13) + String((Number(PINFL[13]) + 1) % 10);

/**
 * A counter day on a registry that already holds students: the data folder is filled by the CLI
 * (`users add`, `demo --students 300`) before its own server starts, so no setup screen.
 */
const test = seededTest('students', Object.values(USERS), (dataDir) => {
  cli(['demo', '--students', '300', '--data-dir', dataDir]);
  return {};
});

test('students: create with warnings, find in every spelling, photo, edit, history, masked identifiers', async ({
  page,
}) => {
  const shell = new AppShell(page);
  const signIn = new SignInPage(page);
  const search = new StudentSearchPage(page);
  const form = new StudentFormPage(page);
  const card = new StudentCardPage(page);
  let studentId = '';

  await test.step('the front desk opens on the search, focused, with what can be typed', async () => {
    await page.goto('/');
    await signIn.signIn(USERS.clerk.login, USERS.clerk.password);
    await shell.expectShell('front-desk');
    await expect(search.input).toBeFocused();
    await expect(page.getByTestId('search-help')).toContainText('JSHSHIR (14 ta raqam)');
  });

  await test.step('a new student: live warnings, nothing changed without asking', async () => {
    await shell.go('studentNew');
    await form.fill({
      lastNameLat: "Jo'rayev",
      firstNameLat: 'Bоbur', // a Cyrillic о typed on the wrong layout
      patronymicLat: "Shavkat o'g'li",
      lastNamePassport: 'Djuraev',
      firstNamePassport: 'Bobur',
      pinfl: PINFL_BAD_CHECK,
      passport: 'ab 1234567',
      phone: '90 123 45 67',
    });
    // The ASCII apostrophe becomes oʻ (U+02BB) as the field is left; the phone is shown formatted.
    await expect(form.field('lastNameLat')).toHaveValue('Joʻrayev');
    await expect(form.field('patronymicLat')).toHaveValue('Shavkat oʻgʻli');
    await expect(form.field('phone')).toHaveValue('+998 90 123 45 67');
    await expect(form.field('passport')).toHaveValue('AB 1234567');
    await expect(form.field('lastNamePassport')).toHaveValue('DJURAEV');
    await expect(form.help('firstNameLat')).toHaveAttribute('data-warning', 'warning.mixedScript');
    await expect(form.help('pinfl')).toHaveAttribute('data-warning', 'warning.pinflCheckDigit');
    await expect(form.form.getByTestId('accept-check-digit')).toHaveCount(0); // only a head accepts it
    await expect(form.help('birthDate')).toHaveText('JSHSHIRdan: 12.04.2005');
    await expect(form.scriptNotice()).toHaveAttribute('data-state', 'empty');
    await expect(form.scriptNotice()).toContainText('Жўраев');
    await expect(form.field('lastNameCyr')).toHaveValue('');
    await form.pickGroup('KE');
    await shot(page, '11-student-form-warnings');

    // Saving is held until the Cyrillic spelling is filled and confirmed.
    await form.save();
    await expect(form.scriptNotice()).toHaveClass(/MuiAlert-standardError/);
    await expect(page).toHaveURL(/new-student/);

    await form.form.getByTestId('fix-firstNameLat').click();
    await expect(form.field('firstNameLat')).toHaveValue('Bobur');
    await expect(form.help('firstNameLat')).toHaveCount(0);
    await form.form.getByTestId('lat-to-cyr').click();
    await expect(form.field('lastNameCyr')).toHaveValue('Жўраев');
    await expect(form.field('firstNameCyr')).toHaveValue('Бобур');
    await expect(form.field('patronymicCyr')).toHaveValue('Шавкат ўғли');
    await expect(form.scriptNotice()).toHaveAttribute('data-state', 'proposed');
    await form.form.getByTestId('confirm-script').click();
    await expect(form.scriptNotice()).toHaveCount(0);

    // The clerk may not accept a failed check digit: the backend says so under the field.
    await form.save();
    await expect(form.help('pinfl')).toContainText('ofis boshligʻi');
    await expect(page).toHaveURL(/new-student/);
    await form.field('pinfl').fill(PINFL);
    await form.save();
  });

  await test.step('the card shows both scripts, the passport spelling and formatted identifiers', async () => {
    studentId = await card.id();
    await expect(page).toHaveURL(new RegExp(`/front-desk/students/${studentId}$`));
    await expect(page.getByTestId('student-name')).toHaveText('Joʻrayev Bobur Shavkat oʻgʻli');
    await expect(page.getByTestId('student-name-cyr')).toHaveText('Жўраев Бобур Шавкат ўғли');
    await expect(page.getByTestId('student-name-passport')).toHaveText('DJURAEV BOBUR');
    await expect(page.getByTestId('status-chip').first()).toHaveText('Oʻqimoqda');
    await expect(card.fact('pinfl')).toHaveText(PINFL);
    await expect(card.fact('passport')).toHaveText('AB 1234567');
    await expect(card.fact('phone')).toHaveText('+998 90 123 45 67');
    await expect(card.fact('birthDate')).toHaveText('12.04.2005');
    await expect(card.fact('gender')).toHaveText('Erkak');
    await expect(card.fact('educationForm')).not.toHaveText('—');
    await expect(card.historyEntries('students.create')).toHaveCount(1);
  });

  await test.step('a photo of any size is scaled in the browser and saved', async () => {
    await page.getByTestId('photo-input').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: makePng(900, (x, y) => [120 + ((x >> 4) % 80), 140 + ((y >> 5) % 60), 170]),
    });
    await expect(page.getByTestId('student-photo')).toBeVisible();
    const photo = await page.getByTestId('student-photo').getAttribute('src');
    expect(photo).toMatch(/^data:image\/jpeg;base64,/);
    const size = await page
      .getByTestId('student-photo')
      .evaluate((img) => [
        (img as { naturalWidth: number }).naturalWidth,
        (img as { naturalHeight: number }).naturalHeight,
      ]);
    expect(size).toEqual([600, 600]);
    await expect(card.historyEntries('students.setPhoto')).toHaveCount(1);
    await shot(page, '12-student-card');
  });

  await test.step('Cyrillic, an ASCII apostrophe and a Russified spelling each find and open the same card', async () => {
    for (const query of ['Жўраев', "jo'rayev", 'Djuraev']) {
      await search.search(query);
      await expect(search.result(studentId)).toBeVisible();
      await expect(search.result(studentId).getByTestId('result-name')).toHaveText('Joʻrayev Bobur Shavkat oʻgʻli');
      await expect(search.result(studentId).getByTestId('avatar-photo')).toBeVisible();
      if (query === 'Djuraev') await shot(page, '10-search-results');
      await search.openWithKeyboard(studentId);
      expect(await card.id()).toBe(studentId);
    }
    // By PINFL the match is exact and says so.
    await search.search(PINFL);
    await expect(search.results).toHaveCount(1);
    await expect(search.results.first()).toHaveAttribute('data-match', 'pinfl');
    await expect(page.getByTestId('query-hint')).toContainText('JSHSHIR');
    await search.input.press('Escape');
    await expect(search.input).toHaveValue('');
    await expect(page.getByTestId('search-help')).toBeVisible();
  });

  await test.step('edit the phone: the card history shows it before and after', async () => {
    await search.search('Joʻrayev Bobur');
    await search.openWithKeyboard(studentId);
    await page.getByTestId('edit-student').click();
    await expect(form.field('lastNameLat')).toHaveValue('Joʻrayev');
    await form.field('phone').fill('+998 (91) 765-43-21');
    await page.keyboard.press('Control+s');
    expect(await card.id()).toBe(studentId);
    await expect(card.fact('phone')).toHaveText('+998 91 765 43 21');
    const latest = card.historyEntries().first();
    await expect(latest).toHaveAttribute('data-command', 'students.update');
    await expect(latest).toContainText(USERS.clerk.login);
    await expect(latest.locator('tr[data-field]')).toHaveCount(1);
    const phone = card.historyChange('students.update', 'phone');
    await expect(phone.before).toHaveText('+998 90 123 45 67');
    await expect(phone.after).toHaveText('+998 91 765 43 21');
    await shot(page, '13-student-history');
  });

  await test.step('the viewer sees PINFL and passport masked, cannot reveal or edit', async () => {
    await shell.signOut();
    await signIn.signIn(USERS.viewer.login, USERS.viewer.password);
    await shell.expectShell('back-office');
    await expect(shell.navItem('students')).toBeVisible();
    await expect(shell.navItem('studentNew')).toHaveCount(0);
    await search.search('Жўраев Бобур');
    await search.openWithKeyboard(studentId);
    await expect(card.fact('pinfl')).toHaveText(/^5•{9}\d{4}$/);
    await expect(card.fact('pinfl')).not.toHaveText(PINFL);
    await expect(card.fact('passport')).toHaveText('AB •••4567');
    await expect(page.getByTestId('identifiers-note')).toBeVisible();
    await expect(page.getByTestId('reveal')).toHaveCount(0);
    await expect(page.getByTestId('edit-student')).toHaveCount(0);
    await expect(page.getByTestId('photo-input')).toHaveCount(0);
    // The history does not give away what the card hides.
    await card.historyEntries('students.create').getByRole('button').click();
    await expect(card.historyChange('students.create', 'pinfl').after).toHaveText(/^5•{9}\d{4}$/);
    await shot(page, '14-viewer-masked');
  });

  await test.step('the archive reveals them with a reason, and the reveal is in the history', async () => {
    await shell.signOut();
    await signIn.signIn(USERS.archive.login, USERS.archive.password);
    await shell.expectShell('archive');
    await search.search(PINFL);
    await search.openWithKeyboard(studentId);
    await expect(card.fact('pinfl')).not.toHaveText(PINFL);
    await page.getByTestId('reveal').click();
    const dialog = page.getByTestId('reveal-dialog');
    await expect(dialog.getByTestId('reveal-submit')).toBeDisabled();
    await dialog.locator('textarea[name=reason]').fill('arxiv soʻrovi №12');
    await dialog.getByTestId('reveal-submit').click();
    await expect(card.fact('pinfl')).toHaveText(PINFL);
    await expect(card.fact('passport')).toHaveText('AB 1234567');
    await expect(card.historyEntries().first()).toHaveAttribute('data-command', 'students.revealIdentifiers');
    await expect(card.historyEntries().first()).toContainText('arxiv soʻrovi №12');
  });
});

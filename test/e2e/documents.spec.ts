import { join } from 'node:path';
import { openRaw } from '../../src-main/db/connection';
import { indexStudentsAfter, studentSearchText } from '../../src-main/features/students/search-index';
import { seedAcademic, type AcademicFixture } from '../support/academic-fixtures';
import { expect, seededTest } from './fixtures';
import { SignInPage } from './pages/auth-pages';
import { AppShell } from './pages/app-shell';
import { StudentSearchPage } from './pages/student-pages';
import { shot } from './shot';

const CLERK = { login: 'kassa1', role: 'front_office', password: 'counter-desk-2026', fullName: 'Abdullayeva Gulnora' };

/** The institution as the head would have set it up: names, and who signs certificates. */
function seedInstitution(dataDir: string): AcademicFixture {
  const db = openRaw(join(dataDir, 'registrator.sqlite'));
  const fixture = seedAcademic(db, { students: 3 });
  db.prepare(
    `insert into institution (id, name_uz_latn, name_ru, name_en, short_name, address, phone, signatories, updated_at)
     values ('main', 'Fargʻona davlat universiteti', 'Ферганский государственный университет', 'Fergana State University',
             'FarDU', 'Fargʻona sh., Murabbiylar koʻchasi, 19', '+998732444401', ?, '2026-11-01T08:00:00.000Z')`,
  ).run(JSON.stringify([{ role: 'office_head', position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' }]));
  db.prepare(
    "update students set pinfl = '31505990123456', birth_date = '2005-05-15', payment_form = '11', education_type = '11', year_of_enter = 2025",
  ).run();
  // The fixture writes rows directly: give them the search words the counter's search looks up.
  const rows = db
    .prepare('select id, last_name_lat as lastNameLat, first_name_lat as firstNameLat from students')
    .all() as {
    id: string;
    lastNameLat: string;
    firstNameLat: string;
  }[];
  for (const r of rows) db.prepare('update students set search_text = ? where id = ?').run(studentSearchText(r), r.id);
  indexStudentsAfter(db, 0);
  db.close();
  return fixture;
}

const test = seededTest('documents', [CLERK], (dataDir) => {
  const fixture = seedInstitution(dataDir);
  return { fixture };
});

/** One character of the payload's body changed, as a forger would. */
function tamper(payload: string): string {
  const [prefix, body, sig] = payload.split('.') as [string, string, string];
  const i = Math.floor(body.length / 2);
  return `${prefix}.${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}.${sig}`;
}

test('documents: the counter issues a certificate of enrolment, verifies its QR payload, voids it', async ({
  page,
  seeded,
}) => {
  const student = seeded.fixture.students[0]!;
  const shell = new AppShell(page);
  let payload = '';

  await test.step('search the student and prepare a certificate: the preview has no number', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(CLERK.login, CLERK.password);
    await shell.expectShell('front-desk');
    const search = new StudentSearchPage(page);
    await search.search(student.name.split(' ')[0]!);
    await search.openWithKeyboard(student.id);
    await expect(page.getByTestId('student-card')).toBeVisible();
    await expect(page.getByTestId('student-documents')).toContainText('Bu talabaga hali hujjat berilmagan');
    await page.getByTestId('prepare-document').click();
    const preview = page.frameLocator('[data-testid="document-frame"]');
    await expect(preview.locator('h1')).toContainText('OʻQISH JOYIDAN MAʼLUMOTNOMA');
    await expect(preview.locator('.watermark')).toContainText('NAMUNA');
    await expect(preview.locator('table.fields')).toContainText(student.name);
    await shot(page, '60-document-preview');
  });

  await test.step('issue it: the register number shows, the page carries it and the QR code', async () => {
    await page.getByTestId('issue-document').click();
    await expect(page.getByTestId('register-number')).toHaveText('№ 1/2026');
    const issued = page.frameLocator('[data-testid="document-frame"]');
    await expect(issued.locator('.number-line')).toContainText('№ 1/2026');
    await expect(issued.locator('.watermark')).toHaveCount(0);
    payload = (await issued.locator('figure.qr').getAttribute('data-payload')) ?? '';
    expect(payload).toMatch(/^RG1\./);
    await shot(page, '61-document-issued');
    await page.getByRole('button', { name: 'Yopish' }).click();
    await expect(page.getByTestId('document-row')).toHaveCount(1);
    await expect(page.getByTestId('document-row')).toContainText('1/2026');
  });

  await test.step('verification: the payload is valid; one changed character is not', async () => {
    await shell.go('documentsVerify');
    await page.getByTestId('verify-payload').fill(payload);
    await page.getByTestId('verify-check').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'valid');
    await expect(page.getByTestId('verify-number')).toHaveText('1/2026');
    await expect(page.getByTestId('verify-result')).toContainText(student.name);
    await shot(page, '62-verify-valid');
    await page.getByTestId('verify-payload').fill(tamper(payload));
    await page.getByTestId('verify-check').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'invalid');
    await shot(page, '63-verify-invalid');
  });

  await test.step('void it with a reason: the number stays, verification says void', async () => {
    await page.goto(`/#/front-desk/students/${student.id}`);
    await expect(page.getByTestId('student-card')).toBeVisible();
    await page.getByTestId('document-row').first().click();
    // The dialog grows when the printed page arrives (printing is enabled then): click once it has its size.
    await expect(page.getByTestId('print-document')).toBeEnabled();
    await page.getByTestId('void-document').click();
    await page.getByTestId('void-reason').fill('Familiya notoʻgʻri yozilgan');
    await page.getByTestId('confirm-void').click();
    await expect(page.getByTestId('void-chip')).toBeVisible();
    await expect(page.frameLocator('[data-testid="document-frame"]').locator('.watermark')).toContainText(
      'BEKOR QILINGAN',
    );
    await page.getByRole('button', { name: 'Yopish' }).click();
    await expect(page.getByTestId('document-row')).toContainText('Bekor qilingan');
    await shell.go('documentsVerify');
    await page.getByTestId('verify-payload').fill(payload);
    await page.getByTestId('verify-check').click();
    await expect(page.getByTestId('verify-result')).toHaveAttribute('data-status', 'void');
    await expect(page.getByTestId('verify-result')).toContainText('Familiya notoʻgʻri yozilgan');
    await shot(page, '64-verify-void');
  });

  await test.step('the register lists the voided number', async () => {
    await shell.go('documentsRegister');
    await expect(page.getByTestId('register-table')).toContainText('1/2026');
    await expect(page.getByTestId('register-table')).toContainText('Bekor qilingan');
    await shot(page, '65-document-register');
  });
});

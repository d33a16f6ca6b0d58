import { join } from 'node:path';
import { openRaw } from '../../src-main/db/connection';
import { studentDebts, studentFacts } from '../../src-main/features/fees/student-facts';
import { tariffFor } from '../../src-main/features/fees/tariff-lookup';
import { tashkentMoment } from '../../src-shared/domain/attendance-timetable';
import { educationYearName, educationYearOf } from '../../src-shared/domain/structure-codes';
import { cli, expect, seededTest } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/auth-pages';
import { StudentSearchPage } from './pages/student-pages';
import { shot } from './shot';

const COUNTER = {
  login: 'qabul1',
  password: 'front-office-2026',
  fullName: 'Yoʻldosheva Malika',
  role: 'front_office',
};
const CLERK = { login: 'dekanat1', password: 'back-office-2026', fullName: 'Raximov Sherzod', role: 'back_office' };

interface Debtor {
  id: string;
  lastName: string;
  fullName: string;
}

/**
 * The demo institution (200 students: tariffs, contracts, request types, forty requests of the last weeks, the
 * queue's services and windows, the info desk), a quiet morning at the counter (today's demo tickets cleared,
 * so the ticket issued here is the one a window calls next), and a debtor whose specialty and form the tariff
 * in force prices.
 */
function seed(dataDir: string): Debtor {
  cli(['demo', '--students', '200', '--data-dir', dataDir]);
  const db = openRaw(join(dataDir, 'registrator.sqlite'));
  try {
    db.prepare('delete from queue_tickets').run();
    const year = educationYearName(educationYearOf(tashkentMoment(new Date()).date));
    const candidates = db
      .prepare(
        `select id, last_name_lat as lastName, trim(last_name_lat || ' ' || first_name_lat) as fullName
           from students where status = '11' and specialty_id is not null
            and id not in (select student_id from contracts where kind = 'restudy')
          order by last_name_lat, id`,
      )
      .all() as Debtor[];
    const debtor = candidates.find((s) => {
      if (studentDebts(db, s.id).length === 0) return false;
      const facts = studentFacts(db, s.id);
      return !!tariffFor(db, {
        educationYear: year,
        specialtyCode: facts.specialtyCode,
        educationForm: facts.educationForm,
      });
    });
    if (!debtor) throw new Error('the demo has no debtor priced by the tariff in force');
    return debtor;
  } finally {
    db.close();
  }
}

const test = seededTest('service-desk', [COUNTER, CLERK], (dataDir) => {
  const debtor = seed(dataDir);
  return { debtor };
});

test('service desk: a request from the card to its hand-over, overdue requests, a re-study contract with its formula, a queue ticket called to a window', async ({
  page,
  browser,
  seeded,
}) => {
  const { debtor } = seeded;
  const shell = new AppShell(page);

  await test.step('the counter takes a re-study request on the debtor’s card, for the back-office clerk', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(COUNTER.login, COUNTER.password);
    await shell.expectShell('front-desk');
    const search = new StudentSearchPage(page);
    await search.search(debtor.lastName);
    await search.openWithKeyboard(debtor.id);
    const section = page.getByTestId('student-requests');
    await section.getByRole('button', { name: 'Ariza qabul qilish' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('intake-type').click();
    await page.getByRole('option', { name: 'Fanlarni guruh bilan qayta oʻqish' }).click();
    await dialog.getByLabel('Ijrochi').click();
    await page.getByRole('option', { name: CLERK.fullName }).click();
    await dialog.getByLabel('Mazmuni').fill('Oliy matematika fanidan yozgi semestrda qayta oʻqish');
    // The deadline in working days and what to bring are said before the request is taken.
    await expect(dialog.getByTestId('intake-summary')).toContainText('ish kuni');
    await shot(page, '80-request-intake');
    await dialog.getByRole('button', { name: 'Qabul qilish' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(section).toContainText('Fanlarni guruh bilan qayta oʻqish');
  });

  await test.step('overdue requests stand out in the list of all requests', async () => {
    await shell.go('requests');
    await page.getByRole('tab', { name: 'Barchasi' }).click();
    const overdue = page.locator('[data-testid="request-row"][data-deadline="overdue"]');
    await expect(overdue.first()).toBeVisible();
    await expect(overdue.first().getByTestId('overdue-chip')).toBeVisible();
    await shot(page, '81-requests-overdue');
  });

  await test.step('the re-study fee of the debtor, from the request: credits × credit price, with the tariff version', async () => {
    await page.getByTestId('request-row').filter({ hasText: debtor.fullName }).first().click();
    await page.getByRole('link', { name: 'Qayta oʻqish narxi' }).click();
    // The calculator opens on the request's student, on the re-study tab.
    await expect(page.getByRole('tab', { name: 'Qayta oʻqish' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('combobox', { name: 'Talaba' })).toHaveValue(new RegExp(debtor.fullName));
    await expect(page.getByTestId('restudy-debts')).toBeVisible();
    await page.getByRole('button', { name: 'Hisoblash' }).click();
    const result = page.getByTestId('fee-result');
    await expect(result.getByTestId('fee-amount')).toContainText('soʻm');
    await expect(result.getByTestId('fee-formula')).toContainText('×');
    await expect(result.getByTestId('fee-tariff-version')).toContainText(/Tarif: \d{4}-\d{4} v\d+/);
    await shot(page, '82-restudy-fee');
  });

  await test.step('the re-study contract is drawn up and printed with its formula and tariff', async () => {
    await page.getByTestId('fee-result').getByRole('button', { name: 'Shartnoma tuzish' }).click();
    await expect(page).toHaveURL(new RegExp(`contracts/new\\?student=${debtor.id}&kind=restudy`));
    await expect(page.getByTestId('contract-formula')).toContainText('×');
    const tariff = (await page.getByTestId('contract-tariff').innerText()).trim();
    expect(tariff).toMatch(/\d{4}-\d{4} v\d+/);
    await shot(page, '83-contract-draw');
    await page.getByRole('button', { name: 'Tuzish va raqam berish' }).click();
    await expect(page.getByTestId('register-number')).toBeVisible();
    // The issued page (the draw-up page's own preview stays behind the dialog).
    const issued = page.getByRole('dialog').frameLocator('[data-testid="document-frame"]');
    const printed = issued.locator('body');
    await expect(printed).toContainText('Formula');
    await expect(printed).toContainText(tariff.replace(/^[^:]*:\s*/, ''));
    await expect(printed).toContainText(debtor.fullName);
    await expect(issued.locator('figure.qr')).toBeVisible();
    await shot(page, '84-contract-issued');
    // Closing the printed contract leaves the counter on the contract, ready to reprint it.
    await page.getByRole('dialog').getByRole('button', { name: 'Yopish' }).click();
    await expect(page.getByRole('button', { name: 'Shartnomani chop etish' })).toBeVisible();
    await expect(page.getByTestId('contract-formula')).toContainText('×');
  });

  let ticket = '';
  await test.step('a visitor takes a queue ticket; window 1 calls it; the hall shows it', async () => {
    await shell.go('queueIssue');
    await page.getByRole('button', { name: /Chipta olish: Maʼlumotnomalar/ }).click();
    ticket = (await page.getByTestId('issued-ticket').innerText()).trim();
    expect(ticket).toMatch(/^A-\d{3}$/);
    await shot(page, '85-queue-ticket');
    await page.getByRole('dialog').getByRole('button', { name: 'Yopish' }).click();

    await shell.go('queueDesk');
    await page.getByLabel('Mening oynam').click();
    await page.getByRole('option', { name: '1-oyna' }).click();
    await page.getByRole('button', { name: 'Keyingisini chaqirish' }).click();
    await expect(page.getByTestId('current-ticket')).toContainText(ticket);

    // The visitor wants a certificate: the request is taken at the window with the service's type already chosen,
    // and "Done" keeps it on the ticket.
    await page.getByRole('button', { name: 'Ariza qabul qilish' }).click();
    const intake = page.getByRole('dialog');
    await expect(intake.getByTestId('intake-type')).toContainText('Maʼlumotnoma berish');
    await intake.getByLabel('F.I.Sh. (pasport boʻyicha)').fill('Toshmatova Gulnora');
    await intake.getByRole('button', { name: 'Qabul qilish' }).click();
    await expect(intake).toHaveCount(0);
    const taken = page.getByTestId('ticket-request').getByRole('link');
    await expect(taken).toHaveText(/^A-\d{4}\/\d+$/);
    const takenNumber = (await taken.innerText()).trim();
    await shot(page, '86-queue-window');

    // The hall's screen needs nobody signed in.
    const hall = await browser.newPage();
    await hall.goto(`${seeded.url}/#/hall`);
    await expect(hall.getByTestId('hall-newest')).toContainText(ticket);
    await expect(hall.getByTestId('hall-newest')).toContainText('1');
    await shot(hall, '87-queue-hall');
    await hall.close();

    await page.getByRole('button', { name: 'Yakunlash' }).click();
    await expect(page.getByTestId('current-ticket-none')).toBeVisible();
    const db = openRaw(join(seeded.dataDir, 'registrator.sqlite'), { readonly: true });
    try {
      const closed = db
        .prepare(
          `select t.status, r.number from queue_tickets t left join requests r on r.id = t.request_id where t.label = ?`,
        )
        .get(ticket);
      expect(closed).toEqual({ status: 'done', number: takenNumber });
    } finally {
      db.close();
    }
  });

  await test.step('the assignee finds the request in their queue, works it, marks it ready and hands it over', async () => {
    const clerk = await browser.newPage();
    await clerk.goto(seeded.url);
    await new SignInPage(clerk).signIn(CLERK.login, CLERK.password);
    await new AppShell(clerk).go('requests');
    // "My queue" is where the list opens.
    const mine = clerk.getByTestId('request-row').filter({ hasText: debtor.fullName });
    await expect(mine).toHaveCount(1);
    await mine.click();
    const status = clerk.getByTestId('request-status').first();
    await clerk.getByRole('button', { name: 'Ishni boshlash' }).click();
    await expect(status).toHaveAttribute('data-status', 'inProgress');
    await clerk.getByRole('button', { name: 'Tayyor deb belgilash' }).click();
    await expect(status).toHaveAttribute('data-status', 'ready');
    await clerk.getByRole('button', { name: 'Topshirish' }).click();
    await expect(status).toHaveAttribute('data-status', 'handedOver');
    await shot(clerk, '88-request-handed-over');
    await clerk.close();
  });
});

import { join } from 'node:path';
import { openRaw } from '../../src-main/db/connection';
import { indexStudentsAfter, studentSearchText } from '../../src-main/features/students/search-index';
import { tashkentMoment } from '../../src-shared/domain/attendance-timetable';
import { seedOrders, type OrderFixture } from '../support/order-fixtures';
import { expect, seededTest } from './fixtures';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/auth-pages';
import { MovementsSection, OrderComposerPage, OrderPage, PromotionPage } from './pages/orders-pages';
import { shot } from './shot';

const CLERK = { login: 'buyruq1', password: 'back-office-2026', fullName: 'Xolmatova Zarina', role: 'back_office' };
const HEAD = { login: 'rahbar1', password: 'office-head-2026', fullName: 'Qoʻchqorova Nilufar', role: 'head' };
const SIGNER = { position: 'Rektor', name: 'B. Rektorov' };

/** Yesterday and today in Tashkent: orders take effect today, "as of yesterday" is the state before them. */
const TODAY = tashkentMoment(new Date()).date;
const YESTERDAY = tashkentMoment(new Date(Date.now() - 86_400_000)).date;

/**
 * The order fixture (one faculty, groups over courses 1–4, results of 2025; see test/support/order-fixtures.ts)
 * and the institution's name for the order's letterhead, written before the server starts.
 */
function seed(dataDir: string): OrderFixture {
  const db = openRaw(join(dataDir, 'registrator.sqlite'));
  const fixture = seedOrders(db);
  db.prepare(
    `insert into institution (id, name_uz_latn, name_ru, name_en, short_name, address, phone, signatories, updated_at)
     values ('main', 'Fargʻona davlat universiteti', 'Ферганский государственный университет', 'Fergana State University',
             'FarDU', 'Fargʻona sh., Murabbiylar koʻchasi, 19', '+998732444401', ?, '2026-11-01T08:00:00.000Z')`,
  ).run(JSON.stringify([{ role: 'office_head', position: 'Registrator ofisi boshligʻi', fullName: 'N. Qoʻchqorova' }]));
  // The fixture writes rows directly: give them the search words the composer's search looks up.
  const rows = db
    .prepare('select id, last_name_lat as lastNameLat, first_name_lat as firstNameLat from students')
    .all() as { id: string; lastNameLat: string; firstNameLat: string }[];
  for (const r of rows) db.prepare('update students set search_text = ? where id = ?').run(studentSearchText(r), r.id);
  indexStudentsAfter(db, 0);
  db.close();
  return fixture;
}

const test = seededTest('orders', [CLERK, HEAD], (dataDir) => {
  const fixture = seed(dataDir);
  return { fixture };
});

test('orders: academic leave with a head’s override, approval, application, excerpt, revocation; promotion run twice', async ({
  page,
  browser,
  seeded,
}) => {
  const { students } = seeded.fixture;
  const shell = new AppShell(page);
  const composer = new OrderComposerPage(page);
  const order = new OrderPage(page);
  let orderId = '';

  await test.step('back office drafts academic leave for two students: the one already on leave is flagged', async () => {
    await page.goto('/');
    await new SignInPage(page).signIn(CLERK.login, CLERK.password);
    await shell.expectShell('back-office');
    await shell.go('orders');
    await expect(page.getByTestId('orders-table')).toContainText('Bunday buyruq yoʻq');
    await page.getByTestId('new-order').click();
    await composer.chooseType('academicLeave');
    await composer.addStudent('Aliyev', students.good.name);
    await composer.addStudent('Qodirova', students.onLeave.name);
    await composer.sameForAll({ reason: '12', leaveUntil: '2027-09-01' });
    await composer.checked();
    await expect(composer.line(students.good.name).getByTestId('line-check')).toHaveText('Shartlarga mos');
    const flagged = composer.line(students.onLeave.name);
    await expect(flagged).toHaveAttribute('data-blocked', 'true');
    await expect(flagged.getByTestId('line-problem')).toHaveText('Talabaning holati bu buyruqqa mos emas');
    // The reason chosen once is every student's.
    await expect(flagged.getByTestId('line-1-reason')).toContainText('Salomatligini tiklash');
    await shot(page, '70-order-composer-check');
    await composer.save();
    await expect(page).toHaveURL(/#\/back-office\/orders\/[0-9a-f-]{36}$/);
    orderId = await order.id();
    await expect(order.status()).toHaveAttribute('data-status', 'draft');
    await expect(page.getByTestId('order-blocked-chip')).toBeVisible();
    await expect(page.getByTestId('approve-order')).toBeDisabled();
    // The back office cannot wave a precondition away.
    await expect(page.getByTestId('line-override-button')).toHaveCount(0);
    await expect(page.getByTestId('order-page').first()).toContainText('BUYURAMAN:');
  });

  await test.step('the head lets the leave be extended despite the status, with a reason', async () => {
    const headPage = await browser.newPage();
    await headPage.goto(seeded.url);
    await new SignInPage(headPage).signIn(HEAD.login, HEAD.password);
    await headPage.goto(`${seeded.url}/#/head/orders/${orderId}`);
    const headOrder = new OrderPage(headPage);
    await headOrder.override(students.onLeave.name, 'Taʼtil muddati uzaytiriladi: rektor roziligi bilan');
    await expect(headPage.getByTestId('approve-order')).toBeEnabled();
    await shot(headPage, '71-order-override');
    await headPage.close();
  });

  await test.step('back office approves it with a number and date and attaches the signed scan', async () => {
    await page.reload();
    await expect(page.getByTestId('approve-order')).toBeEnabled();
    await order.approve('245-T', TODAY, SIGNER);
    await expect(order.title).toContainText('245-T');
    await expect(page.getByTestId('order-signer')).toContainText('B. Rektorov');
    await order.attachScan({
      name: 'buyruq-245.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await expect(page.getByTestId('order-number-line').first()).toContainText('245-T');
    await shot(page, '72-order-approved');
    // The order as a document, in Russian too, ready for the printer.
    await page.getByTestId('print-order').click();
    await page.getByTestId('print-lang-ru').click();
    await expect(page.frameLocator('[data-testid="document-frame"]').locator('body')).toContainText('ПРИКАЗ');
    await expect(page.frameLocator('[data-testid="document-frame"]').locator('body')).toContainText('245-T');
    await page.getByRole('button', { name: 'Yopish' }).click();
  });

  await test.step('applying it puts both students on leave in one step', async () => {
    await page.getByTestId('apply-order').click();
    await expect(page.getByTestId('apply-summary')).toContainText('2 ta talabaga');
    await page.getByTestId('apply-confirm').click();
    await expect(order.status()).toHaveAttribute('data-status', 'applied');
    await expect(page.getByTestId('line-outcome').first()).toContainText('Akademik taʼtil');
    await expect(page.getByTestId('reverse-order')).toBeVisible();
    await shot(page, '73-order-applied');
  });

  await test.step('both cards show the status and the order in their history', async () => {
    const movements = new MovementsSection(page);
    for (const s of [students.good, students.onLeave]) {
      await page.goto(`/#/back-office/students/${s.id}`);
      await expect(page.getByTestId('student-card').getByTestId('status-chip').first()).toHaveAttribute(
        'data-status',
        '13',
      );
      await expect(movements.rows()).toHaveCount(1);
      await expect(movements.rows().first()).toContainText('№ 245-T');
      await expect(movements.rows().first()).toContainText('Akademik taʼtil berish');
    }
    await page.goto(`/#/back-office/students/${students.good.id}`);
    // Yesterday he was still studying; today the order says leave.
    const before = await movements.stateAsOf(YESTERDAY);
    await expect(before.getByTestId('status-chip')).toHaveAttribute('data-status', '11');
    const after = await movements.stateAsOf(TODAY);
    await expect(after.getByTestId('status-chip')).toHaveAttribute('data-status', '13');
    await expect(after).toContainText('245-T');
    await movements.section.scrollIntoViewIfNeeded();
    await shot(page, '74-card-movements');
  });

  await test.step('the counter prints an excerpt of the order for him: numbered, with a QR code', async () => {
    await page.getByTestId('print-excerpt').click();
    const preview = page.frameLocator('[data-testid="document-frame"]');
    await expect(preview.locator('body')).toContainText('BUYRUQDAN KOʻCHIRMA');
    await expect(preview.locator('body')).toContainText('245-T');
    await page.getByTestId('issue-document').click();
    await expect(page.getByTestId('register-number')).toBeVisible();
    await expect(page.frameLocator('[data-testid="document-frame"]').locator('figure.qr')).toBeVisible();
    await shot(page, '75-order-excerpt');
    await page.getByRole('button', { name: 'Yopish' }).click();
  });

  await test.step('excerpts for every student of the order come as one batch', async () => {
    await page.goto(`/#/back-office/orders/${orderId}`);
    await page.getByTestId('excerpts-start').click();
    await expect(page.getByTestId('excerpts-done')).toContainText('2 ta koʻchirma', { timeout: 60_000 });
    const download = page.waitForEvent('download');
    await page.getByTestId('excerpts-download').click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  await test.step('a revocation returns one student: a new order, approved and applied', async () => {
    await page.goto(`/#/back-office/orders/${orderId}`);
    await order.reverse([students.good.name], TODAY);
    await expect(page.getByTestId('order-type-line')).toHaveText('Buyruqni bekor qilish');
    await composer.checked();
    await expect(composer.line(students.good.name).getByTestId('line-check')).toHaveText('Shartlarga mos');
    await shot(page, '76-order-revocation');
    await order.approve('246-T', TODAY, SIGNER);
    await expect(page.getByTestId('order-reverses')).toContainText('245-T');
    await order.apply();
    await page.goto(`/#/back-office/students/${students.good.id}`);
    await expect(page.getByTestId('student-card').getByTestId('status-chip').first()).toHaveAttribute(
      'data-status',
      '11',
    );
    await expect(new MovementsSection(page).rows()).toHaveCount(2);
    // The other student stays on leave.
    await page.goto(`/#/back-office/students/${students.onLeave.id}`);
    await expect(page.getByTestId('student-card').getByTestId('status-chip').first()).toHaveAttribute(
      'data-status',
      '13',
    );
  });

  await test.step('the register lists both orders', async () => {
    await shell.go('orders');
    await expect(page.getByTestId('order-row')).toHaveCount(2);
    await expect(page.locator('[data-testid="order-row"][data-status="applied"]')).toHaveCount(2);
    await page.getByTestId('orders-search').fill('246');
    await expect(page.getByTestId('order-row')).toHaveCount(1);
    await page.getByTestId('orders-search').fill('');
    await expect(page.getByTestId('order-row')).toHaveCount(2);
    await shot(page, '79-orders-list');
  });

  const promotion = new PromotionPage(page);
  await test.step('the promotion dry run for course 2: promoted, repeating, blocked', async () => {
    await shell.go('ordersPromotion');
    await promotion.check(2);
    await expect(promotion.row(students.good.name)).toHaveAttribute('data-outcome', 'promote');
    await expect(promotion.row(students.weak.name)).toHaveAttribute('data-outcome', 'repeat');
    await expect(promotion.row(students.onLeave.name)).toHaveAttribute('data-outcome', 'blocked');
    await shot(page, '77-promotion-plan');
  });

  await test.step('its orders are created, approved and applied', async () => {
    await page.getByTestId('bulk-create').click();
    const links = page.getByTestId('bulk-order-link');
    await expect(links).toHaveCount(2);
    const paths = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const [i, href] of paths.entries()) {
      await page.goto(`/${href.startsWith('#') ? href : `#${href}`}`);
      await order.approve(`${247 + i}-T`, TODAY, SIGNER);
      await order.apply();
    }
    await page.goto(`/#/back-office/students/${students.good.id}`);
    await expect(page.getByTestId('fact-course')).toContainText('3');
  });

  await test.step('running it again changes nothing: nobody new for course 2, nobody promoted twice', async () => {
    await shell.go('ordersPromotion');
    await promotion.check(2);
    await expect(page.locator('[data-testid="plan-row"][data-outcome="promote"]')).toHaveCount(0);
    await expect(promotion.row(students.weak.name)).toHaveAttribute('data-outcome', 'already');
    await page.getByTestId('bulk-create').click();
    await expect(page.getByTestId('bulk-nobody')).toBeVisible();
    await shot(page, '78-promotion-again');
    // He is in course 3 now; this year's run already holds him there.
    await promotion.check(3);
    await expect(promotion.row(students.good.name)).toHaveAttribute('data-outcome', 'already');
    await page.goto(`/#/back-office/students/${students.good.id}`);
    await expect(page.getByTestId('fact-course')).toContainText('3');
    await shell.go('orders');
    await expect(page.getByTestId('order-row')).toHaveCount(4);
  });
});

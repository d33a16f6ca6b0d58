import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the MUI select inside the element with this test id and picks the option with this value. */
async function choose(page: Page, scope: Locator, value: string): Promise<void> {
  await scope.locator('[role="combobox"]').click();
  await page.locator(`[role="option"][data-value="${value}"]`).click();
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
}

/** Types a date as a person does, `dd.mm.yyyy`, into the date field with this test id. */
async function typeDate(scope: Locator, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await scope.locator('input').fill(`${d}.${m}.${y}`);
}

/** The composer of a new order or a draft: type, students, their fields and the live check. */
export class OrderComposerPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('order-composer');
  }

  async chooseType(type: string): Promise<void> {
    await choose(this.page, this.page.getByTestId('order-type'), type);
  }

  /** Finds a student by name in the composer's search and adds them. */
  async addStudent(query: string, fullName: string): Promise<void> {
    const input = this.page.getByTestId('order-student-search');
    await input.fill(query);
    await this.page.getByRole('option').filter({ hasText: fullName }).first().click();
    await expect(this.line(fullName)).toBeVisible();
  }

  line(fullName: string): Locator {
    return this.page.getByTestId('order-line').filter({ hasText: fullName });
  }

  /** "Same for all": the reason and the leave's end, copied to every student. */
  async sameForAll(values: { reason?: string; leaveUntil?: string; effectiveDate?: string }): Promise<void> {
    const all = this.page.getByTestId('same-for-all');
    if (values.effectiveDate) await typeDate(all.getByTestId('all-date'), values.effectiveDate);
    if (values.reason) await choose(this.page, all.getByTestId('all-reason'), values.reason);
    if (values.leaveUntil) await typeDate(all.getByTestId('all-leave-until'), values.leaveUntil);
    await this.page.getByTestId('apply-to-all').click();
  }

  /** Waits until the live check has answered for every student on screen. */
  async checked(): Promise<void> {
    await expect(this.page.getByTestId('line-check').filter({ hasText: /^…$/ })).toHaveCount(0);
  }

  async save(): Promise<void> {
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/rpc/orders.saveDraft'));
    await this.page.getByTestId('save-draft').click();
    await saved;
  }
}

/** An order once saved: its header, actions and dialogs. */
export class OrderPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByTestId('order-title-line');
  }

  status(): Locator {
    return this.page.getByTestId('order-status').first();
  }

  async id(): Promise<string> {
    const match = /orders\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1] || match[1] === 'new') throw new Error(`not an order page: ${this.page.url()}`);
    return match[1];
  }

  async override(fullName: string, reason: string): Promise<void> {
    await this.page.getByTestId('order-line').filter({ hasText: fullName }).getByTestId('line-override-button').click();
    await this.page.getByTestId('override-reason').locator('textarea').first().fill(reason);
    await this.page.getByTestId('override-confirm').click();
    await expect(
      this.page.getByTestId('order-line').filter({ hasText: fullName }).getByTestId('line-override'),
    ).toBeVisible();
  }

  async approve(number: string, orderDate: string, signer: { position: string; name: string }): Promise<void> {
    await this.page.getByTestId('approve-order').click();
    await this.page.getByTestId('approve-number').locator('input').fill(number);
    await typeDate(this.page.getByTestId('approve-date'), orderDate);
    await this.page.getByTestId('approve-signer-position').locator('input').fill(signer.position);
    await this.page.getByTestId('approve-signer-name').locator('input').fill(signer.name);
    await this.page.getByTestId('approve-confirm').click();
    await expect(this.status()).toHaveAttribute('data-status', 'approved');
  }

  async attachScan(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('scan-file-input').setInputFiles(file);
    await expect(this.page.getByTestId('order-scan')).toContainText(file.name);
  }

  async apply(): Promise<void> {
    await this.page.getByTestId('apply-order').click();
    await this.page.getByTestId('apply-confirm').click();
    await expect(this.status()).toHaveAttribute('data-status', 'applied');
  }

  /** Revokes the order for these students: a new draft revocation opens. */
  async reverse(fullNames: string[], effectiveDate: string): Promise<void> {
    await this.page.getByTestId('reverse-order').click();
    for (const name of fullNames) {
      await this.page.getByTestId('reverse-student').filter({ hasText: name }).locator('input').check();
    }
    await typeDate(this.page.getByTestId('reverse-date'), effectiveDate);
    await this.page.getByTestId('reverse-confirm').click();
    await expect(this.page.getByTestId('order-composer')).toBeVisible();
  }
}

/** The card's "Movements and orders" section. */
export class MovementsSection {
  readonly section: Locator;
  constructor(readonly page: Page) {
    this.section = page.getByTestId('student-movements');
  }

  rows(): Locator {
    return this.section.getByTestId('movement-row');
  }

  async stateAsOf(iso: string): Promise<Locator> {
    await typeDate(this.section.getByTestId('state-as-of-date'), iso);
    return this.section.getByTestId('state-as-of');
  }
}

/** Promotion and graduation: the scope, the dry run and "create orders". */
export class PromotionPage {
  constructor(readonly page: Page) {}

  async check(course: number): Promise<void> {
    await this.page.getByTestId('filter-course').click();
    await this.page.getByRole('option', { name: String(course), exact: true }).click();
    await this.page.getByTestId('bulk-check').click();
    await expect(this.page.getByTestId('plan')).toBeVisible();
  }

  row(fullName: string): Locator {
    return this.page.getByTestId('plan-row').filter({ hasText: fullName });
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option of an MUI select found by its `name` (the hidden input beside the combobox). */
async function choose(scope: Locator, page: Page, name: string, option: string): Promise<void> {
  await scope.locator(`input[name="${name}"]`).locator('xpath=..').getByRole('combobox').click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export class UsersPage {
  readonly table: Locator;
  readonly dialog: Locator;
  constructor(readonly page: Page) {
    this.table = page.getByTestId('users-table');
    this.dialog = page.getByTestId('user-dialog');
  }

  row(login: string): Locator {
    return this.table.locator(`tr[data-login="${login}"]`);
  }

  async createUser(user: { login: string; fullName: string; roleLabel: string; password: string }): Promise<void> {
    await this.page.getByTestId('add-user').click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.locator('input[name=login]').fill(user.login);
    await this.dialog.locator('input[name=fullName]').fill(user.fullName);
    await choose(this.dialog, this.page, 'role', user.roleLabel);
    await this.dialog.locator('input[name=password]').fill(user.password);
    await this.page.getByTestId('user-dialog-submit').click();
    await expect(this.dialog).toBeHidden();
    await expect(this.row(user.login)).toBeVisible();
  }

  async unlock(login: string): Promise<void> {
    await this.row(login).getByTestId('unlock').click();
  }
}

export class InstitutionPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('institution-form');
  }

  field(name: string): Locator {
    return this.form.locator(`:is(input, textarea)[name="${name}"]`);
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
  }

  /** The helper text under a field (where the envelope's field issue is shown). */
  helper(name: string): Locator {
    return this.page.locator(`#institution-${name}-helper-text`);
  }

  async save(): Promise<void> {
    await this.form.locator('button[type=submit]').click();
  }

  async uploadLogo(png: Buffer): Promise<void> {
    await this.page.getByTestId('logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect(this.page.getByTestId('logo-preview')).toBeVisible();
  }

  async addSignatory(roleLabel: string, fullName: string): Promise<void> {
    const rows = this.page.getByTestId('signatory-row');
    const before = await rows.count();
    await this.page.getByTestId('add-signatory').click();
    const row = rows.nth(before);
    await row.getByRole('combobox').click();
    await this.page.getByRole('option', { name: roleLabel, exact: true }).click();
    await row.locator('input[name$=".fullName"]').fill(fullName);
  }
}

export class AuditPage {
  readonly table: Locator;
  constructor(readonly page: Page) {
    this.table = page.getByTestId('audit-table');
  }

  rows(command: string): Locator {
    return this.table.locator(`tr[data-testid="audit-row"][data-command="${command}"]`);
  }

  /** Expands the newest entry of a command and returns its details panel. */
  async expand(command: string): Promise<Locator> {
    const row = this.rows(command).first();
    await row.getByRole('button').first().click();
    const details = row.locator('xpath=following-sibling::tr[1]').getByTestId('audit-details');
    await expect(details).toBeVisible();
    return details;
  }

  async collapse(command: string): Promise<void> {
    await this.rows(command).first().getByRole('button').first().click();
  }
}

export class BackupsPage {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.getByTestId('backup-row');
  }

  async backUpNow(): Promise<void> {
    await this.page.getByTestId('backup-now').click();
  }
}

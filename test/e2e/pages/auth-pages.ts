import { expect, type Locator, type Page } from '@playwright/test';

/** First run: the administrator form. Fields are found by name, so the language does not matter. */
export class SetupPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('setup-form');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.form).toBeVisible();
  }

  async createAdmin(admin: { fullName: string; login: string; password: string }): Promise<void> {
    await this.form.locator('input[name=fullName]').fill(admin.fullName);
    await this.form.locator('input[name=login]').fill(admin.login);
    await this.form.locator('input[name=password]').fill(admin.password);
    await this.form.locator('input[name=confirm]').fill(admin.password);
    await this.page.getByTestId('setup-submit').click();
  }
}

export class SignInPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('sign-in-form');
  }

  async expectShown(): Promise<void> {
    await expect(this.form).toBeVisible();
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.expectShown();
    await this.form.locator('input[name=login]').fill(login);
    await this.form.locator('input[name=password]').fill(password);
    // Enter submits, as a person at the counter would do it; wait for the answer (scrypt takes ~0.7 s).
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/rpc/auth.signIn'));
    await this.form.locator('input[name=password]').press('Enter');
    await answered;
  }
}

import { expect, type Locator, type Page } from '@playwright/test';

/** The counter search: one box, a listbox of results driven from the keyboard. */
export class StudentSearchPage {
  readonly input: Locator;
  readonly results: Locator;
  constructor(readonly page: Page) {
    this.input = page.getByTestId('student-search-input');
    this.results = page.getByTestId('search-result');
  }

  /** Ctrl+K from anywhere, then the query typed as a person would. */
  async search(query: string): Promise<void> {
    // Right after a navigation the shortcut's listener may not be attached yet: press again then.
    await expect(async () => {
      await this.page.keyboard.press('Control+k');
      await expect(this.input).toBeFocused({ timeout: 1000 });
    }).toPass();
    await this.input.fill(query);
    // The answer to this very query is on screen (aria-busy while an older one is still shown).
    await expect(this.page.getByTestId('search-results')).toHaveAttribute('aria-busy', 'false');
  }

  result(studentId: string): Locator {
    return this.page.locator(`[data-testid="search-result"][data-student-id="${studentId}"]`);
  }

  /** Moves to the student's row with the arrow keys and opens the card with Enter. */
  async openWithKeyboard(studentId: string): Promise<void> {
    await expect(this.result(studentId)).toBeVisible();
    const ids = await this.results.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-student-id')));
    const index = ids.indexOf(studentId);
    for (let i = 0; i < index; i++) await this.input.press('ArrowDown');
    await expect(this.result(studentId)).toHaveAttribute('aria-selected', 'true');
    await this.input.press('Enter');
  }
}

/** Create/edit form. Fields are found by name, so the language does not matter. */
export class StudentFormPage {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByTestId('student-form');
  }

  field(name: string): Locator {
    return this.form.locator(`input[name="${name}"]`);
  }

  help(name: string): Locator {
    return this.form.getByTestId(`help-${name}`);
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
    // Leaving the last field applies its tidying (apostrophes, phone format) like a person tabbing on.
    await this.field('address').focus();
  }

  async pickGroup(typed: string): Promise<string> {
    await this.field('groupId').fill(typed);
    const option = this.page.getByRole('option').first();
    await expect(option).toBeVisible();
    const name = (await option.locator('p').first().textContent()) ?? '';
    await option.click();
    return name;
  }

  scriptNotice(): Locator {
    return this.form.getByTestId('script-notice');
  }

  async save(): Promise<void> {
    await this.form.getByTestId('student-save').click();
  }
}

/** The student card. */
export class StudentCardPage {
  readonly card: Locator;
  constructor(readonly page: Page) {
    this.card = page.getByTestId('student-card');
  }

  async id(): Promise<string> {
    await expect(this.card).toBeVisible();
    return (await this.card.getAttribute('data-student-id')) ?? '';
  }

  fact(name: string): Locator {
    return this.card.getByTestId(`fact-${name}`);
  }

  historyEntries(command?: string): Locator {
    const entries = this.card.getByTestId('history-entry');
    return command ? entries.and(this.page.locator(`[data-command="${command}"]`)) : entries;
  }

  /** Before and after of a field in the newest history entry of `command`. */
  historyChange(command: string, field: string): { before: Locator; after: Locator } {
    const row = this.historyEntries(command).first().locator(`tr[data-field="${field}"]`);
    return { before: row.locator('td').nth(1), after: row.locator('td').nth(2) };
  }
}

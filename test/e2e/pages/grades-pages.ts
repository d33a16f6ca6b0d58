import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option of an MUI select opened by its display element. */
async function pick(page: Page, display: Locator, option: string | RegExp): Promise<void> {
  await display.click();
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** The record sheet: group × curriculum subject, one input per student, typed with the keyboard. */
export class GradeEntryPage {
  readonly rows: Locator;
  constructor(readonly page: Page) {
    this.rows = page.getByTestId('grade-sheet-row');
  }

  async open(shell: string): Promise<void> {
    await this.page.getByTestId('nav').locator('[data-page="gradesEntry"]').click();
    await expect(this.page).toHaveURL(new RegExp(`/${shell}/grades$`));
  }

  async choose(group: string, subject: RegExp): Promise<void> {
    await pick(this.page, this.page.getByTestId('entry-group'), group);
    await pick(this.page, this.page.getByTestId('entry-subject'), subject);
    await expect(this.rows.first()).toBeVisible();
  }

  /** Types the values top to bottom, moving with Enter as a person with the paper sheet would. */
  async type(values: string[]): Promise<void> {
    await this.page.getByTestId('grade-input').first().click();
    for (const v of values) {
      await this.page.keyboard.type(v);
      await this.page.keyboard.press('Enter');
    }
  }

  async saveWithShortcut(): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/rpc/grades.record'));
    await this.page.keyboard.press('Control+s');
    await answered;
  }

  recorded(row: number): Locator {
    return this.rows.nth(row).locator('.MuiChip-root');
  }
}

/** The academic record on the student card, with its history and correction dialogs. */
export class GradesCard {
  readonly section: Locator;
  constructor(readonly page: Page) {
    this.section = page.getByTestId('grades-section');
  }

  row(subject: string): Locator {
    return this.section.getByTestId('transcript-row').filter({ hasText: subject });
  }

  async correct(subject: string, value: string, reason: string): Promise<void> {
    await this.row(subject).getByTestId('grade-correct').click();
    await this.page.getByTestId('correct-value').fill(value);
    await this.page.getByTestId('correct-reason').fill(reason);
  }

  async saveCorrection(): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/rpc/grades.correct'));
    await this.page.getByTestId('correct-save').click();
    await answered;
  }
}

export class DebtorsPage {
  readonly rows: Locator;
  constructor(readonly page: Page) {
    this.rows = page.getByTestId('debtor-row');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav').locator('[data-page="gradesDebtors"]').click();
    await expect(this.page.getByTestId('debtors-table')).toBeVisible();
  }

  async filterGroup(name: string): Promise<void> {
    await pick(this.page, this.page.getByTestId('filter-groupId'), name);
  }
}

/** Grades from an Excel file (a dry run first, then for real) and from HEMIS. */
export class GradesImportPage {
  readonly dryRun: Locator;
  readonly done: Locator;
  readonly rejected: Locator;
  constructor(readonly page: Page) {
    this.dryRun = page.getByTestId('grades-dry-run');
    this.done = page.getByTestId('grades-import-done');
    this.rejected = page.getByTestId('grades-import-rejected').getByTestId('report-line');
  }

  async open(shell: string): Promise<void> {
    await this.page.getByTestId('nav').locator('[data-page="gradesImport"]').click();
    await expect(this.page).toHaveURL(new RegExp(`/${shell}/grades-import$`));
  }

  /** Choosing the file starts the dry run. */
  async choose(path: string): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(path);
  }

  async run(): Promise<void> {
    await this.page.getByTestId('grades-import-run').click();
  }

  count(id: string): Locator {
    return this.page.getByTestId(`count-${id}`).getByTestId('count-value');
  }
}

/** Students whose GPA here and in HEMIS differ. */
export class GpaDiffPage {
  readonly rows: Locator;
  constructor(readonly page: Page) {
    this.rows = page.getByTestId('gpa-diff-row');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav').locator('[data-page="gradesGpaDiff"]').click();
    await expect(this.page.getByTestId('gpa-diff-table')).toBeVisible();
  }
}

export { pick };

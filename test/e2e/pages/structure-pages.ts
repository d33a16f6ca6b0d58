import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The structure screens (issue 4). Fields are found by their `name`, buttons by test id, so the
 * steps read the same in every interface language; options are picked by their visible text (data).
 */
export class StructurePages {
  constructor(readonly page: Page) {}

  async open(page: 'structure' | 'curricula' | 'studyGroups' | 'academicYears' | 'employees'): Promise<void> {
    await this.page.getByTestId('nav').locator(`[data-page="${page}"]`).click();
  }

  get dialog(): Locator {
    return this.page.getByTestId('form-dialog');
  }

  async fill(name: string, value: string): Promise<void> {
    await this.dialog.locator(`input[name="${name}"]`).fill(value);
  }

  /** Picks an option of a select field (MUI renders the options in a popup list). */
  async choose(name: string, option: string | RegExp): Promise<void> {
    await this.dialog.locator(`[data-field="${name}"] [role="combobox"]`).click();
    await this.page.getByRole('option', { name: option }).click();
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
  }

  /** Picks an option of a select on the page itself (a list filter). */
  async filter(name: string, option: string | RegExp): Promise<void> {
    await this.page.locator(`[data-field="${name}"] [role="combobox"]`).click();
    await this.page.getByRole('option', { name: option }).click();
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
  }

  async save(): Promise<void> {
    await this.dialog.getByTestId('dialog-save').click();
    await expect(this.dialog).toHaveCount(0);
  }

  /** A subject of a semester: typed into the catalogue search (new ones are created on save). */
  async addSubject(semester: string, s: { name: string; credit: string; hours: Record<string, string> }) {
    await this.page.getByTestId(`subject-add-${semester}`).click();
    await this.dialog.locator('input[name="subject"]').fill(s.name);
    await this.fill('credit', s.credit);
    for (const [code, h] of Object.entries(s.hours)) await this.fill(`hours.${code}`, h);
    await this.save();
  }

  semester(code: string): Locator {
    return this.page.getByTestId(`semester-${code}`);
  }

  /** Picks a group in an autocomplete by typing part of its name. */
  async pickGroup(name: 'targetGroup' | 'sourceGroup', group: string): Promise<void> {
    const input = this.page.locator(`input[name="${name}"]`);
    await input.fill(group);
    await this.page.getByRole('option', { name: group }).click();
  }

  /** A row of the academic years list, by its starting year (`2026`). */
  yearRow(code: string): Locator {
    return this.page.locator(`[data-testid="year-row"][data-year="${code}"]`);
  }

  employeeRow(name: string): Locator {
    return this.page.getByTestId('employee-row').filter({ hasText: name });
  }

  studentRow(name: string): Locator {
    return this.page.getByTestId('placement-student').filter({ hasText: name });
  }
}

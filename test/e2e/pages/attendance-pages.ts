import { expect, type Locator, type Page } from '@playwright/test';

export type AttendancePage =
  | 'attendanceDaily'
  | 'attendanceAlerts'
  | 'attendanceMonitoring'
  | 'attendanceTimetable'
  | 'attendanceImport'
  | 'attendanceSettings';

/** The attendance screens, found by test ids and field names so the language does not matter. */
export class AttendancePages {
  constructor(readonly page: Page) {}

  async open(id: AttendancePage): Promise<void> {
    await this.page.getByTestId('nav').locator(`[data-page="${id}"]`).click();
  }

  /** Types a date as a person does (dd.mm.yyyy) into a DateField. */
  async typeDate(field: Locator, iso: string): Promise<void> {
    const [y, m, d] = iso.split('-');
    await field.fill(`${d}.${m}.${y}`);
    await field.blur();
  }

  dailyRows(): Locator {
    return this.page.getByTestId('daily-row');
  }

  dailyRow(name: string): Locator {
    return this.dailyRows().filter({ hasText: name });
  }

  alertRow(name: string): Locator {
    return this.page.getByTestId('alerts-row').filter({ hasText: name });
  }

  async setThreshold(name: 'warning' | 'reprimand' | 'expulsion' | 'barredPercent', value: string): Promise<void> {
    await this.page.getByTestId(`threshold-${name}`).fill(value);
  }

  async saveThresholds(): Promise<void> {
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/rpc/attendance.updateThresholds'));
    await this.page.getByTestId('thresholds-save').click();
    await answered;
  }

  /** Chooses an option of one of the pages' selects (found by its test id). */
  async choose(testId: string, option: string): Promise<void> {
    await this.page.getByTestId(testId).locator('xpath=..').getByRole('combobox').click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Picks a student in the timetable's search box by typing part of the name. */
  async pickStudent(query: string, option: string): Promise<void> {
    await this.page.getByTestId('timetable-by-student').click();
    await this.page.getByTestId('timetable-student').fill(query);
    await this.page.getByRole('option', { name: option }).first().click();
    await expect(this.page.getByTestId('timetable-week')).toBeVisible();
  }
}

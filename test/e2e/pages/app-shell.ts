import { expect, type Locator, type Page } from '@playwright/test';

export const ALL_PAGES = [
  'home',
  'students',
  'studentNew',
  'studentImport',
  'quality',
  'requests',
  'requestTypes',
  'requestCalendar',
  'queueDesk',
  'queueIssue',
  'queueSettings',
  'queueStats',
  'foreign',
  'infodesk',
  'feesCalculator',
  'feesTariffs',
  'contracts',
  'contractNew',
  'contractDebtors',
  'paymentsImport',
  'scholarships',
  'orders',
  'ordersPromotion',
  'ordersGraduates',
  'ordersStatistics',
  'ordersClauses',
  'documentsRegister',
  'documentsVerify',
  'documentsTemplates',
  'structure',
  'curricula',
  'studyGroups',
  'academicYears',
  'employees',
  'gradesEntry',
  'gradesDebtors',
  'gradesRanking',
  'gradesGpaDiff',
  'gradesImport',
  'attendanceDaily',
  'attendanceAlerts',
  'attendanceMonitoring',
  'attendanceTimetable',
  'attendanceImport',
  'attendanceSettings',
  'users',
  'institution',
  'audit',
  'backups',
  'hemis',
  'settings',
  'check',
  'account',
] as const;
export type PageId = (typeof ALL_PAGES)[number];

/** The signed-in frame: app bar (workspace, language, user menu) and the side navigation. */
export class AppShell {
  readonly nav: Locator;
  constructor(readonly page: Page) {
    this.nav = page.getByTestId('nav');
  }

  async expectShell(id: 'front-desk' | 'back-office' | 'archive' | 'head'): Promise<void> {
    await expect(this.page.locator(`[data-shell="${id}"]`)).toBeVisible();
  }

  navItem(id: PageId): Locator {
    return this.nav.locator(`[data-page="${id}"]`);
  }

  /** The navigation shows exactly these pages, in this order. */
  async expectNav(ids: readonly PageId[]): Promise<void> {
    await expect(this.nav.locator('[data-page]')).toHaveCount(ids.length);
    for (const [i, id] of ids.entries()) {
      await expect(this.nav.locator('[data-page]').nth(i)).toHaveAttribute('data-page', id);
    }
  }

  async go(id: PageId): Promise<void> {
    await this.navItem(id).click();
  }

  async switchLanguage(name: string): Promise<void> {
    await this.page.getByTestId('language-menu').click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByTestId('sign-out').click();
  }
}

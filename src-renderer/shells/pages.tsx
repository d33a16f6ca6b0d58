import type { ComponentType } from 'react';
import { AccountPage } from '../features/account/AccountPage';
import { AuditPage } from '../features/audit/AuditPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { HemisPage } from '../features/hemis/HemisPage';
import { HomePage } from '../features/home/HomePage';
import { InstitutionPage } from '../features/institution/InstitutionPage';
import { QualityPage } from '../features/quality/QualityPage';
import { ImportPage } from '../features/student-import/ImportPage';
import { StudentCardPage } from '../features/students/card/StudentCardPage';
import { StudentEditPage, StudentNewPage } from '../features/students/form/StudentFormPages';
import { StudentSearchPage } from '../features/students/search/StudentSearchPage';
import { CheckPage } from '../features/system/CheckPage';
import { SettingsPage } from '../features/system/SettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { attendancePages } from '../features/attendance/nav';
import { documentsPages } from '../features/documents/nav';
import { gradesPages } from '../features/grades/nav';
import { ordersPages } from '../features/orders/nav';
import { requestsPages } from '../features/requests/nav';
import { queuePages } from '../features/queue/nav';
import { feesPages } from '../features/fees/nav';
import { contractsPages } from '../features/contracts/nav';
import { scholarshipsPages } from '../features/scholarships/nav';
import { foreignPages } from '../features/foreign/nav';
import { infodeskPages } from '../features/infodesk/nav';
import { structurePages } from '../features/structure/nav';
import type { PageId, ShellDef } from './shells';

/** The screen behind each navigation item and each screen opened from one. */
export const PAGES: Record<PageId, ComponentType<{ shell: ShellDef }>> = {
  home: HomePage,
  students: StudentSearchPage,
  studentNew: StudentNewPage,
  studentCard: StudentCardPage,
  studentEdit: StudentEditPage,
  studentImport: ImportPage,
  quality: QualityPage,
  users: UsersPage,
  institution: InstitutionPage,
  audit: AuditPage,
  backups: BackupsPage,
  hemis: HemisPage,
  settings: SettingsPage,
  check: CheckPage,
  account: AccountPage,
  ...structurePages,
  ...gradesPages,
  ...attendancePages,
  ...documentsPages,
  ...ordersPages,
  ...requestsPages,
  ...queuePages,
  ...feesPages,
  ...contractsPages,
  ...scholarshipsPages,
  ...foreignPages,
  ...infodeskPages,
};

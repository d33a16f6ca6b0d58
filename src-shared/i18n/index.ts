import type { Locale } from '../contract/common';
import { LOCALES } from '../contract/common';
import type { MessageSet } from './define';
import { auditMessages } from './messages/audit';
import { authMessages } from './messages/auth';
import { backupsMessages } from './messages/backups';
import { commonMessages } from './messages/common';
import { errorMessages } from './messages/errors';
import { exportMessages } from './messages/export';
import { hemisMessages } from './messages/hemis';
import { importWizardMessages } from './messages/import-wizard';
import { institutionMessages } from './messages/institution';
import { qualityMessages } from './messages/quality';
import { qualityPageMessages } from './messages/quality-page';
import { studentImportMessages } from './messages/student-import';
import { studentCardMessages } from './messages/student-card';
import { studentFormMessages } from './messages/student-form';
import { studentSearchMessages } from './messages/student-search';
import { studentsMessages } from './messages/students';
import { systemMessages } from './messages/system';
import { usersMessages } from './messages/users';
import { structureMessages } from './messages/structure';
import { structureStaffMessages } from './messages/structure-staff';
import { structureCodeMessages } from './messages/structure-codes';
import { structureErrorMessages } from './messages/structure-errors';
import { structureImportMessages } from './messages/structure-import';
import { gradesImportMessages } from './messages/grades-import';
import { attendanceImportMessages } from './messages/attendance-import';
import { gradesMessages } from './messages/grades';
import { gradesListsMessages } from './messages/grades-lists';
import { gradesEntryMessages } from './messages/grades-entry';
import { attendanceMessages } from './messages/attendance';
import { documentsMessages } from './messages/documents';
import { documentTextMessages } from './messages/document-texts';
import { documentTextAcademicMessages } from './messages/document-texts-academic';
import { documentTemplateMessages } from './messages/document-templates';
import { ordersMessages } from './messages/orders';
import { orderTextMessages } from './messages/order-texts';
import { ordersBulkMessages } from './messages/orders-bulk';
import { ordersUiMessages } from './messages/orders-ui';
import { ordersViewUiMessages } from './messages/orders-view-ui';
import { ordersComposerUiMessages } from './messages/orders-composer-ui';
import { ordersBulkUiMessages } from './messages/orders-bulk-ui';
import { documentVerifyMessages } from './messages/documents-verify';
import { documentBatchMessages } from './messages/documents-batch';
import { documentTextTranscriptMessages } from './messages/document-texts-transcript';
import { documentTemplateFieldMessages } from './messages/document-template-fields';
import { attendanceReportMessages } from './messages/attendance-reports';
import { attendanceTimetableMessages } from './messages/attendance-timetable';
import { requestsMessages } from './messages/requests';
import { requestsUiMessages } from './messages/requests-ui';
import { requestsScreensMessages } from './messages/requests-screens';
import { queueMessages } from './messages/queue';
import { queueUiMessages } from './messages/queue-ui';
import { queueScreensMessages } from './messages/queue-screens';
import { feesMessages } from './messages/fees';
import { feesUiMessages } from './messages/fees-ui';
import { feesScreensMessages } from './messages/fees-screens';
import { contractsMessages } from './messages/contracts';
import { contractsUiMessages } from './messages/contracts-ui';
import { contractsScreensMessages } from './messages/contracts-screens';
import { scholarshipsMessages } from './messages/scholarships';
import { scholarshipsUiMessages } from './messages/scholarships-ui';
import { scholarshipsScreensMessages } from './messages/scholarships-screens';
import { foreignMessages } from './messages/foreign';
import { foreignUiMessages } from './messages/foreign-ui';
import { foreignScreensMessages } from './messages/foreign-screens';
import { infodeskMessages } from './messages/infodesk';
import { infodeskUiMessages } from './messages/infodesk-ui';
import { infodeskScreensMessages } from './messages/infodesk-screens';

/** Every message set of the app; add a feature's set here. */
export const SETS = [
  errorMessages,
  commonMessages,
  authMessages,
  usersMessages,
  institutionMessages,
  auditMessages,
  backupsMessages,
  systemMessages,
  studentsMessages,
  studentSearchMessages,
  studentCardMessages,
  studentFormMessages,
  studentImportMessages,
  qualityMessages,
  importWizardMessages,
  qualityPageMessages,
  exportMessages,
  hemisMessages,
  structureMessages,
  structureStaffMessages,
  structureCodeMessages,
  structureErrorMessages,
  structureImportMessages,
  gradesMessages,
  gradesListsMessages,
  gradesEntryMessages,
  gradesImportMessages,
  attendanceMessages,
  attendanceReportMessages,
  attendanceTimetableMessages,
  attendanceImportMessages,
  documentsMessages,
  documentVerifyMessages,
  documentBatchMessages,
  documentTextMessages,
  documentTextAcademicMessages,
  documentTextTranscriptMessages,
  documentTemplateMessages,
  documentTemplateFieldMessages,
  ordersMessages,
  orderTextMessages,
  ordersBulkMessages,
  ordersUiMessages,
  ordersViewUiMessages,
  ordersComposerUiMessages,
  ordersBulkUiMessages,
  requestsMessages,
  requestsUiMessages,
  requestsScreensMessages,
  queueMessages,
  queueUiMessages,
  queueScreensMessages,
  feesMessages,
  feesUiMessages,
  feesScreensMessages,
  contractsMessages,
  contractsUiMessages,
  contractsScreensMessages,
  scholarshipsMessages,
  scholarshipsUiMessages,
  scholarshipsScreensMessages,
  foreignMessages,
  foreignUiMessages,
  foreignScreensMessages,
  infodeskMessages,
  infodeskUiMessages,
  infodeskScreensMessages,
] as const;

type KeysOf<S> = S extends MessageSet<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof SETS)[number]>;

export const catalogs: Record<Locale, Record<string, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.assign({}, ...SETS.map((set) => set[locale])) as Record<string, string>]),
) as Record<Locale, Record<string, string>>;

export const DEFAULT_LOCALE: Locale = 'uz-Latn';

export type MessageParams = Record<string, string | number>;

/** Translates `key`; unknown keys fall back to uz-Latn, then to the key itself (visible, never blank). */
export function translate(locale: Locale, key: string, params?: MessageParams): string {
  const template = catalogs[locale][key] ?? catalogs[DEFAULT_LOCALE][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function isKnownKey(key: string): key is MessageKey {
  return key in catalogs[DEFAULT_LOCALE];
}

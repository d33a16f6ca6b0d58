import type { Hold } from '../../../src-shared/contract/documents';
import type { DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import type { StudentSource } from '../../../src-shared/domain/documents/source';
import type { Db } from '../../db/store';
import { readMeta } from '../system/settings';

/**
 * Holds: rules that stop a document for a student (a certificate of enrolment for someone who is not
 * studying). The office switches rules on and off per document type (`documents.holds` in app_meta);
 * a head may issue anyway, with a reason that goes to the audit and the register.
 */

interface HoldRule {
  id: string;
  /** Types the rule applies to unless the office changed it. */
  defaultTypes: readonly DocumentTypeCode[];
  check(student: StudentSource): Hold | null;
}

const ACTIVE = '11';

export const HOLD_RULES: readonly HoldRule[] = [
  {
    id: 'notStudying',
    defaultTypes: ['enrolment', 'enrolment-en'],
    check: (s) =>
      s.status === ACTIVE
        ? null
        : { rule: 'notStudying', key: 'documents.hold.notStudying', params: { status: s.status } },
  },
  {
    id: 'noStudentId',
    defaultTypes: [],
    check: (s) => (s.studentIdNumber ? null : { rule: 'noStudentId', key: 'documents.hold.noStudentId' }),
  },
];

export const HOLDS_META_KEY = 'documents.holds';

/** The office's choice: rule id → the types it applies to. A rule it never touched keeps its defaults. */
export function holdSettings(db: Db): Record<string, DocumentTypeCode[]> {
  const saved = readMeta(db, HOLDS_META_KEY);
  const parsed = saved ? (JSON.parse(saved) as Record<string, DocumentTypeCode[]>) : {};
  return Object.fromEntries(HOLD_RULES.map((r) => [r.id, parsed[r.id] ?? [...r.defaultTypes]]));
}

export function holdsFor(db: Db, type: DocumentTypeCode, student: StudentSource): Hold[] {
  const settings = holdSettings(db);
  return HOLD_RULES.filter((r) => settings[r.id]!.includes(type))
    .map((r) => r.check(student))
    .filter((h): h is Hold => h !== null);
}

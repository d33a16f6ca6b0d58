import type { Hold } from '../../../src-shared/contract/documents';
import type { DocumentTypeCode } from '../../../src-shared/domain/documents/catalog';
import type { StudentSource } from '../../../src-shared/domain/documents/source';
import { SUMMONS_FORMS } from '../../../src-shared/domain/documents/summons';
import type { Db } from '../../db/store';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import { readMeta } from '../system/settings';
import { contractDebtHold } from '../contracts/balance';

/**
 * Holds: rules that stop a document for a student (a certificate of enrolment for someone who is not
 * studying). The office switches rules on and off per document type (`documents.holds` in app_meta);
 * a head may issue anyway, with a reason that goes to the audit and the register.
 */

interface HoldRule {
  id: string;
  /** Types the rule applies to unless the office changed it. */
  defaultTypes: readonly DocumentTypeCode[];
  /** `db` and `today` (Tashkent date) for rules that read more than the student (a contract's payments). */
  check(student: StudentSource, db: Db, today: string): Hold | null;
}

const ACTIVE = '11';

export const HOLD_RULES: readonly HoldRule[] = [
  {
    id: 'notStudying',
    // A transcript and a GPA certificate are for former students too (expelled, graduated).
    defaultTypes: ['enrolment', 'enrolment-en', 'summons', 'student-card', 'dormitory', 'exam-list'],
    check: (s) =>
      s.status === ACTIVE
        ? null
        : { rule: 'notStudying', key: 'documents.hold.notStudying', params: { status: s.status } },
  },
  {
    // Study leave is for those who study while working: evening, extramural, distance (DOMAIN §3.5).
    id: 'notPartTime',
    defaultTypes: ['summons'],
    check: (s) =>
      (SUMMONS_FORMS as readonly (string | null)[]).includes(s.educationForm)
        ? null
        : { rule: 'notPartTime', key: 'documents.hold.notPartTime', params: { form: s.educationForm ?? '' } },
  },
  {
    // Behind the payment schedule of an active tuition contract (DOMAIN §2.6). Held by default: the
    // certificate of enrolment (what a debtor asks the counter for: it certifies a student in good standing)
    // and the transcript (asked for on transfer or leaving, when the debt must be settled first). Not the
    // summons or the student card: the law grants study leave and the card regardless of payment.
    id: 'contractDebt',
    defaultTypes: ['enrolment', 'enrolment-en', 'transcript'],
    check: (s, db, today) => contractDebtHold(db, s.id, today),
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

export function holdsFor(
  db: Db,
  type: DocumentTypeCode,
  student: StudentSource,
  /** The issue date (`source.issuedOn`): a contract's schedule is judged as of the day the document is dated. */
  today: string,
): Hold[] {
  const settings = holdSettings(db);
  return HOLD_RULES.filter((r) => settings[r.id]!.includes(type))
    .map((r) => r.check(student, db, today))
    .filter((h): h is Hold => h !== null);
}

/** Saves which types each rule stops; an unknown rule is refused by name. */
export function saveHoldSettings(w: Writer, rules: { id: string; types: DocumentTypeCode[] }[]): void {
  const unknown = rules.filter((r) => !HOLD_RULES.some((h) => h.id === r.id));
  if (unknown.length > 0)
    throw new AppError('VALIDATION', 'error.validation', `Unknown hold rule ${unknown[0]!.id}`, {
      details: { issues: unknown.map((r) => ({ path: `rules.${r.id}`, key: 'documents.hold.unknownRule' })) },
    });
  const current = holdSettings(w.db);
  for (const r of rules) current[r.id] = [...new Set(r.types)];
  w.setMeta(HOLDS_META_KEY, JSON.stringify(current));
}

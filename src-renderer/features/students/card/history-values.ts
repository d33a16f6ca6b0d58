import { formatDate } from '../../../../src-shared/domain/format';
import { formatUzPhone } from '../../../../src-shared/domain/phone';
import { codeName, type Classifier } from '../classifiers';
import { formatPassport } from '../student-format';

/** Columns whose value is a HEMIS classifier code. */
const CODED: Record<string, Classifier> = {
  status: 'status',
  educationForm: 'educationForm',
  educationType: 'educationType',
  educationLang: 'educationLang',
  paymentForm: 'paymentForm',
  gender: 'gender',
  citizenship: 'citizenship',
};

/** Placement copied from the group: shown only when the group itself did not change in the same entry. */
const FOLLOWS_GROUP = new Set([
  'departmentId',
  'specialtyId',
  'course',
  'educationForm',
  'educationLang',
  'educationType',
]);

export interface HistoryChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The order of the card: names, identifiers, personal data, contacts, placement. */
const FIELD_ORDER = [
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
  'lastNameCyr',
  'firstNameCyr',
  'patronymicCyr',
  'lastNamePassport',
  'firstNamePassport',
  'pinfl',
  'pinflCheckAccepted',
  'passport',
  'studentIdNumber',
  'hemisId',
  'birthDate',
  'gender',
  'citizenship',
  'phone',
  'email',
  'address',
  'groupId',
  'departmentId',
  'specialtyId',
  'course',
  'educationForm',
  'educationType',
  'educationLang',
  'paymentForm',
  'status',
  'yearOfEnter',
  'photo',
];
const rank = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i < 0 ? FIELD_ORDER.length : i;
};
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || v === false;

/**
 * The changes of one entry worth a line, in the card's order: group-derived placement folds into
 * the group change, a field named twice (a photo and its thumbnail both arrive as `photo`) is
 * shown once, and a new record lists only the fields that were filled in.
 */
export function visibleChanges(changes: readonly HistoryChange[], created = false): HistoryChange[] {
  const groupChanged = changes.some((c) => c.field === 'groupId');
  const seen = new Set<string>();
  return changes
    .filter((c) => {
      if ((groupChanged && FOLLOWS_GROUP.has(c.field)) || seen.has(c.field)) return false;
      if (created && c.field !== 'photo' && isEmpty(c.after)) return false;
      seen.add(c.field);
      return true;
    })
    .sort((a, b) => rank(a.field) - rank(b.field));
}

export interface ValueContext {
  tOr(key: string, fallback: string): string;
  yes: string;
  no: string;
  /** Group, faculty and specialty names by id, as far as the screen knows them. */
  names: ReadonlyMap<string, string>;
  /** The viewer sees PINFL and passport masked on the card: the history must not show them either. */
  masked: boolean;
}

/** `31204951234567` → `3•••••••••4567` (as the backend masks the card). */
export function maskMiddle(value: string, keepStart: number): string {
  return `${value.slice(0, keepStart)}${'•'.repeat(Math.max(0, value.length - keepStart - 4))}${value.slice(-4)}`;
}

/** A stored value as the card shows it: codes named, phone and passport formatted, dates local. */
export function historyValue(field: string, value: unknown, ctx: ValueContext): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? ctx.yes : ctx.no;
  if (Array.isArray(value)) return value.map((v) => ctx.tOr(`auditField.${String(v)}`, String(v))).join(', ');
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : JSON.stringify(value);
  const coded = CODED[field];
  if (coded) return codeName(ctx.tOr, coded, value);
  switch (field) {
    case 'phone':
      return formatUzPhone(value);
    case 'birthDate':
      return formatDate(value);
    case 'pinfl':
      return ctx.masked ? maskMiddle(value, 1) : value;
    case 'passport':
      return formatPassport(ctx.masked ? maskMiddle(value, 2) : value);
    case 'groupId':
    case 'departmentId':
    case 'specialtyId':
      return ctx.names.get(value) ?? value;
    default:
      return value;
  }
}

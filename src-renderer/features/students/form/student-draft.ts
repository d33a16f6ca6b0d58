/**
 * The create/edit form's state and its pure rules: what is sent, what the person is told while
 * typing (`checkStudent`, the same rules the backend applies), and the transliteration proposal.
 * Names are never changed silently: the other script is filled only on request and stays marked
 * as a proposal until the person confirms it.
 */
import type { StudentDraftInput, Student } from '../../../../src-shared/contract/students';
import type { FieldIssue } from '../../../../src-shared/errors';
import { checkStudent, type StudentCheck } from '../../../../src-shared/domain/student-validation';
import { formatUzPhone } from '../../../../src-shared/domain/phone';
import { cyrillicToLatin, latinToCyrillic } from '../../../../src-shared/domain/transliterate';
import { formatPassport } from '../student-format';

export const NAME_PARTS = ['lastName', 'firstName', 'patronymic'] as const;
export type Script = 'Lat' | 'Cyr';
export type NameField = `${(typeof NAME_PARTS)[number]}${Script}`;

export interface Draft {
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  lastNameCyr: string;
  firstNameCyr: string;
  patronymicCyr: string;
  lastNamePassport: string;
  firstNamePassport: string;
  pinfl: string;
  passport: string;
  /** ISO `yyyy-mm-dd` or ''. */
  birthDate: string;
  gender: '' | '11' | '12';
  citizenship: '11' | '12' | '13';
  phone: string;
  email: string;
  address: string;
  studentIdNumber: string;
  groupId: string | null;
  paymentForm: '' | '11' | '12';
  status: '10' | '11' | '12' | '13' | '14';
}

export type DraftField = keyof Draft;

export const PINFL_CHECK_DIGIT = 'pinfl:warning.pinflCheckDigit';

export function emptyDraft(): Draft {
  return {
    lastNameLat: '',
    firstNameLat: '',
    patronymicLat: '',
    lastNameCyr: '',
    firstNameCyr: '',
    patronymicCyr: '',
    lastNamePassport: '',
    firstNamePassport: '',
    pinfl: '',
    passport: '',
    birthDate: '',
    gender: '',
    citizenship: '11',
    phone: '',
    email: '',
    address: '',
    studentIdNumber: '',
    groupId: null,
    paymentForm: '',
    status: '11',
  };
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function draftFromStudent(s: Student): Draft {
  return {
    lastNameLat: s.lastNameLat,
    firstNameLat: s.firstNameLat,
    patronymicLat: s.patronymicLat,
    lastNameCyr: s.lastNameCyr,
    firstNameCyr: s.firstNameCyr,
    patronymicCyr: s.patronymicCyr,
    lastNamePassport: s.lastNamePassport,
    firstNamePassport: s.firstNamePassport,
    pinfl: s.pinfl ?? '',
    // Shown as people read them; the backend stores them normalised again.
    passport: formatPassport(s.passport),
    birthDate: s.birthDate ?? '',
    gender: oneOf(s.gender, ['11', '12'] as const, ''),
    citizenship: oneOf(s.citizenship, ['11', '12', '13'] as const, '11'),
    phone: s.phone ? formatUzPhone(s.phone) : '',
    email: s.email ?? '',
    address: s.address,
    studentIdNumber: s.studentIdNumber ?? '',
    groupId: s.group?.id ?? null,
    paymentForm: oneOf(s.paymentForm, ['11', '12'] as const, ''),
    status: oneOf(s.status, ['10', '11', '12', '13', '14'] as const, '11'),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v);

/** What `students.create` / `students.update` receive: raw text, the backend normalises it. */
export function draftToInput(d: Draft, acceptWarnings: readonly string[]): StudentDraftInput {
  return {
    lastNameLat: d.lastNameLat,
    firstNameLat: d.firstNameLat,
    patronymicLat: d.patronymicLat,
    lastNameCyr: d.lastNameCyr,
    firstNameCyr: d.firstNameCyr,
    patronymicCyr: d.patronymicCyr,
    lastNamePassport: d.lastNamePassport,
    firstNamePassport: d.firstNamePassport,
    pinfl: orNull(d.pinfl),
    passport: orNull(d.passport),
    birthDate: orNull(d.birthDate),
    gender: orNull(d.gender),
    citizenship: d.citizenship,
    phone: orNull(d.phone),
    email: orNull(d.email),
    address: d.address,
    studentIdNumber: orNull(d.studentIdNumber),
    groupId: d.groupId,
    paymentForm: d.paymentForm === '' ? null : d.paymentForm,
    status: d.status,
    acceptWarnings: [...acceptWarnings],
  };
}

export function runCheck(d: Draft, today: string): StudentCheck {
  return checkStudent(draftToInput(d, []), today);
}

export function issuesAt(issues: readonly FieldIssue[], path: string): FieldIssue[] {
  return issues.filter((i) => i.path === path);
}

const filled = (d: Draft, script: Script) => NAME_PARTS.some((p) => d[`${p}${script}`].trim() !== '');

/** The script the other one could be filled from: only when exactly one script has names. */
export function fillableFrom(d: Draft): Script | null {
  const lat = filled(d, 'Lat');
  const cyr = filled(d, 'Cyr');
  if (lat && !cyr) return 'Lat';
  if (cyr && !lat) return 'Cyr';
  return null;
}

/** The other script's names transliterated from `from` (DOMAIN §5.3), for the person to check. */
export function transliterated(d: Draft, from: Script): Pick<Draft, NameField> {
  const convert = from === 'Lat' ? latinToCyrillic : cyrillicToLatin;
  const to: Script = from === 'Lat' ? 'Cyr' : 'Lat';
  const out = {} as Pick<Draft, NameField>;
  for (const p of NAME_PARTS) {
    out[`${p}${from}`] = d[`${p}${from}`];
    out[`${p}${to}`] = convert(d[`${p}${from}`].trim());
  }
  return out;
}

export const otherScript = (s: Script): Script => (s === 'Lat' ? 'Cyr' : 'Lat');

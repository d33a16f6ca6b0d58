/**
 * The personal data of a foreign applicant as typed from the passport (DOMAIN §5.4, §6.2). Names are the
 * passport's Latin (MRZ) spelling, copied exactly: only spaces are tidied, nothing is "corrected". A foreign
 * passport has no fixed format, so it is only checked for the letters and digits HEMIS can store.
 */
import type { FieldIssue } from '../errors';
import { cleanText } from './apostrophes';
import { parseDate } from './student-validation';

/**
 * The countries Uzbek universities mostly receive students from (neighbours, South Asia, Turkey, Korea,
 * China…), for a short pick list; any other ISO 3166-1 alpha-2 code is typed in.
 */
export const FOREIGN_COUNTRIES = [
  'TJ',
  'KZ',
  'KG',
  'TM',
  'AF',
  'RU',
  'IN',
  'PK',
  'CN',
  'KR',
  'TR',
  'AZ',
  'IR',
  'BD',
  'NP',
  'EG',
] as const;
export type ListedCountry = (typeof FOREIGN_COUNTRIES)[number];

export function isListedCountry(code: string): code is ListedCountry {
  return (FOREIGN_COUNTRIES as readonly string[]).includes(code);
}

export interface ApplicantDraft {
  lastName: string;
  firstName: string;
  patronymic: string;
  passportNumber: string;
  country: string;
  birthDate: string | null;
  gender: string | null;
  phone: string;
  email: string;
}

export interface ApplicantValues extends ApplicantDraft {
  gender: '11' | '12' | null;
}

/** Latin letters of any language (Ö, Ñ, Ç…), apostrophes, hyphen, space, dot — a passport's Latin line. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\u02bb\u02bc'’‘` .-]+$/u;
const MAX_NAME = 60;

function checkName(raw: string, path: string, required: boolean, issues: FieldIssue[]): string {
  const v = cleanText(raw);
  if (!v) {
    if (required) issues.push({ path, key: 'validation.required' });
  } else if (!LATIN_NAME.test(v)) issues.push({ path, key: 'foreign.error.latinName' });
  else if (v.length > MAX_NAME) issues.push({ path, key: 'validation.tooLong', params: { max: MAX_NAME } });
  return v;
}

/** Normalises and checks a draft; issues name the field. */
export function checkApplicant(draft: ApplicantDraft, today: string): { value: ApplicantValues; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const lastName = checkName(draft.lastName, 'lastName', true, issues);
  const firstName = checkName(draft.firstName, 'firstName', true, issues);
  const patronymic = checkName(draft.patronymic, 'patronymic', false, issues);

  const passportNumber = draft.passportNumber.replace(/\s+/g, '').toUpperCase();
  if (!passportNumber) issues.push({ path: 'passportNumber', key: 'validation.required' });
  else if (!/^[A-Z0-9]{3,20}$/.test(passportNumber))
    issues.push({ path: 'passportNumber', key: 'foreign.error.passport' });

  const country = draft.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) issues.push({ path: 'country', key: 'foreign.error.country' });
  else if (country === 'UZ') issues.push({ path: 'country', key: 'foreign.error.countryUz' });

  let birthDate: string | null = null;
  if (draft.birthDate?.trim()) {
    birthDate = parseDate(draft.birthDate);
    if (!birthDate) issues.push({ path: 'birthDate', key: 'validation.invalidDate' });
    else if (birthDate > today) issues.push({ path: 'birthDate', key: 'validation.birthDateFuture' });
    else {
      const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
      if (age < 14 || age > 100) issues.push({ path: 'birthDate', key: 'validation.birthDateImpossible' });
    }
  }

  const gender = draft.gender === '11' || draft.gender === '12' ? draft.gender : null;
  if (draft.gender && !gender) issues.push({ path: 'gender', key: 'validation.invalidValue' });

  // A foreign phone has any country's format: keep digits, spaces and a leading +, nothing else.
  const phone = draft.phone.trim();
  if (phone && !/^\+?[\d ()-]{5,25}$/.test(phone)) issues.push({ path: 'phone', key: 'validation.invalidPhone' });
  const email = draft.email.trim().toLowerCase();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email))
    issues.push({ path: 'email', key: 'validation.invalidEmail' });

  return {
    value: { lastName, firstName, patronymic, passportNumber, country, birthDate, gender, phone, email },
    issues,
  };
}

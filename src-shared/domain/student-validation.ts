/**
 * Validation and normalisation of one student record as typed in a form or read from a
 * spreadsheet row (DOMAIN §5, §6). Pure: the same rules run in the form (instant feedback) and
 * in the backend (the truth). Errors block the record; warnings are shown and may be accepted.
 * Names are never "corrected": only apostrophes are normalised and look-alike fixes are offered.
 */
import type { FieldIssue } from '../errors';
import { cleanText } from './apostrophes';
import { findMixedScriptWords, fixMixedScript } from './mixed-script';
import { normalizeUzPhone } from './phone';
import { analyzePinfl } from './pinfl';
import { cyrillicToLatin, latinToCyrillic, scriptOf } from './transliterate';

export interface StudentDraft {
  lastNameLat?: string | null;
  firstNameLat?: string | null;
  patronymicLat?: string | null;
  lastNameCyr?: string | null;
  firstNameCyr?: string | null;
  patronymicCyr?: string | null;
  lastNamePassport?: string | null;
  firstNamePassport?: string | null;
  pinfl?: string | null;
  passport?: string | null;
  birthDate?: string | null;
  gender?: string | null;
  citizenship?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** The text fields of a draft, as a form or a spreadsheet row provides them. */
export const STUDENT_DRAFT_FIELDS = [
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
  'lastNameCyr',
  'firstNameCyr',
  'patronymicCyr',
  'lastNamePassport',
  'firstNamePassport',
  'pinfl',
  'passport',
  'birthDate',
  'gender',
  'citizenship',
  'phone',
  'email',
] as const satisfies readonly (keyof StudentDraft)[];

export interface NormalizedStudent {
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  lastNameCyr: string;
  firstNameCyr: string;
  patronymicCyr: string;
  lastNamePassport: string;
  firstNamePassport: string;
  pinfl: string | null;
  passport: string | null;
  birthDate: string | null;
  gender: '11' | '12' | null;
  citizenship: '11' | '12' | '13';
  phone: string | null;
  email: string | null;
}

export interface StudentCheck {
  student: NormalizedStudent;
  errors: FieldIssue[];
  warnings: FieldIssue[];
  /** Which script was filled by transliteration (to be approved by a person). */
  transliterated: 'latin' | 'cyrillic' | null;
}

const NAME_PARTS = ['lastName', 'firstName', 'patronymic'] as const;
const MAX_NAME = 60;
/** Letters of any script, apostrophes, hyphen, space, dot (initials) — nothing else is in a name. */
const NAME_CHARS = /^[\p{L}\p{M}\u02bb\u02bc'’‘` .-]+$/u;

const GENDER: Record<string, '11' | '12'> = {
  '11': '11',
  '1': '11',
  m: '11',
  male: '11',
  erkak: '11',
  эркак: '11',
  мужской: '11',
  м: '11',
  муж: '11',
  '12': '12',
  '2': '12',
  f: '12',
  female: '12',
  ayol: '12',
  аёл: '12',
  женский: '12',
  ж: '12',
  жен: '12',
};

/** `2004-03-15`, `15.03.2004`, `15/03/2004`, `15-03-2004` → ISO date, or null. */
export function parseDate(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function checkName(value: string, path: string, errors: FieldIssue[], warnings: FieldIssue[]): string {
  const v = cleanText(value);
  if (!v) return '';
  if (/^[=+\-@]/.test(v)) errors.push({ path, key: 'validation.nameFormula' });
  else if (!NAME_CHARS.test(v)) errors.push({ path, key: 'validation.nameChars' });
  if (v.length > MAX_NAME) errors.push({ path, key: 'validation.tooLong', params: { max: MAX_NAME } });
  if (findMixedScriptWords(v).length > 0)
    warnings.push({ path, key: 'warning.mixedScript', params: { fix: fixMixedScript(v) } });
  return v;
}

export function checkStudent(draft: StudentDraft, today: string): StudentCheck {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const s: NormalizedStudent = {
    lastNameLat: '',
    firstNameLat: '',
    patronymicLat: '',
    lastNameCyr: '',
    firstNameCyr: '',
    patronymicCyr: '',
    lastNamePassport: '',
    firstNamePassport: '',
    pinfl: null,
    passport: null,
    birthDate: null,
    gender: null,
    citizenship: '11',
    phone: null,
    email: null,
  };

  for (const part of NAME_PARTS) {
    let lat = checkName(draft[`${part}Lat`] ?? '', `${part}Lat`, errors, warnings);
    let cyr = checkName(draft[`${part}Cyr`] ?? '', `${part}Cyr`, errors, warnings);
    // A Cyrillic value in a "name" column belongs to the Cyrillic field (Russian headers, Latin fields).
    if (lat && scriptOf(lat) === 'cyrillic' && !cyr) [lat, cyr] = ['', lat];
    if (cyr && scriptOf(cyr) === 'latin' && !lat) [lat, cyr] = [cyr, ''];
    s[`${part}Lat`] = lat;
    s[`${part}Cyr`] = cyr;
  }
  s.lastNamePassport = checkName(draft.lastNamePassport ?? '', 'lastNamePassport', errors, warnings).toUpperCase();
  s.firstNamePassport = checkName(draft.firstNamePassport ?? '', 'firstNamePassport', errors, warnings).toUpperCase();

  const hasLat = s.lastNameLat !== '' || s.firstNameLat !== '';
  const hasCyr = s.lastNameCyr !== '' || s.firstNameCyr !== '';
  let transliterated: StudentCheck['transliterated'] = null;
  if (!hasLat && hasCyr) {
    for (const part of NAME_PARTS) s[`${part}Lat`] = cyrillicToLatin(s[`${part}Cyr`]);
    transliterated = 'latin';
  } else if (hasLat && !hasCyr) {
    for (const part of NAME_PARTS) s[`${part}Cyr`] = latinToCyrillic(s[`${part}Lat`]);
    transliterated = 'cyrillic';
  }
  if (transliterated)
    warnings.push({ path: transliterated === 'latin' ? 'lastNameLat' : 'lastNameCyr', key: 'warning.transliterated' });
  if (!s.lastNameLat) errors.push({ path: 'lastNameLat', key: 'validation.required' });
  if (!s.firstNameLat) errors.push({ path: 'firstNameLat', key: 'validation.required' });

  const citizenship = (draft.citizenship ?? '').trim();
  if (citizenship === '12' || citizenship === '13') s.citizenship = citizenship;
  else if (citizenship !== '' && citizenship !== '11')
    errors.push({ path: 'citizenship', key: 'validation.invalidValue' });

  const rawGender = (draft.gender ?? '').trim().toLowerCase();
  if (rawGender) {
    const g = GENDER[rawGender];
    if (g) s.gender = g;
    else errors.push({ path: 'gender', key: 'validation.invalidValue' });
  }

  const rawBirth = (draft.birthDate ?? '').trim();
  if (rawBirth) {
    const iso = parseDate(rawBirth);
    if (!iso) errors.push({ path: 'birthDate', key: 'validation.invalidDate' });
    else if (iso > today) errors.push({ path: 'birthDate', key: 'validation.birthDateFuture' });
    else {
      const age = Number(today.slice(0, 4)) - Number(iso.slice(0, 4));
      if (age < 14 || age > 100) errors.push({ path: 'birthDate', key: 'validation.birthDateImpossible' });
      else s.birthDate = iso;
    }
  }

  const rawPinfl = (draft.pinfl ?? '').replace(/\s+/g, '');
  if (rawPinfl) {
    const a = analyzePinfl(rawPinfl);
    if (a.errors.length > 0) errors.push({ path: 'pinfl', key: `validation.pinfl.${a.errors[0]}` });
    else {
      s.pinfl = rawPinfl;
      if (a.checkDigitMismatch) warnings.push({ path: 'pinfl', key: 'warning.pinflCheckDigit' });
      if (s.birthDate && a.birthDate && s.birthDate !== a.birthDate) {
        warnings.push({ path: 'pinfl', key: 'warning.pinflBirthDate', params: { date: a.birthDate } });
      }
      if (s.gender && a.sex && s.gender !== (a.sex === 'male' ? '11' : '12'))
        warnings.push({ path: 'pinfl', key: 'warning.pinflSex' });
      if (!s.birthDate && a.birthDate) s.birthDate = a.birthDate;
      if (!s.gender && a.sex) s.gender = a.sex === 'male' ? '11' : '12';
    }
  } else if (s.citizenship === '11') {
    warnings.push({ path: 'pinfl', key: 'warning.pinflMissing' });
  }

  const rawPassport = (draft.passport ?? '').replace(/\s+/g, '').toUpperCase();
  if (rawPassport) {
    const ok = s.citizenship === '11' ? /^[A-Z]{2}\d{7}$/.test(rawPassport) : /^[A-Z0-9]{3,20}$/.test(rawPassport);
    if (ok) s.passport = rawPassport;
    else
      errors.push({
        path: 'passport',
        key: s.citizenship === '11' ? 'validation.passportFormat' : 'validation.invalidFormat',
      });
  }

  const rawPhone = (draft.phone ?? '').trim();
  if (rawPhone) {
    const phone = normalizeUzPhone(rawPhone);
    if (phone) s.phone = phone;
    else errors.push({ path: 'phone', key: 'validation.invalidPhone' });
  }

  const rawEmail = (draft.email ?? '').trim();
  if (rawEmail) {
    if (/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(rawEmail) && rawEmail.length <= 200) s.email = rawEmail.toLowerCase();
    else errors.push({ path: 'email', key: 'validation.invalidEmail' });
  }

  return { student: s, errors, warnings, transliterated };
}

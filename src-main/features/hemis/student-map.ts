import { cleanText } from '../../../src-shared/domain/apostrophes';
import { checkStudent } from '../../../src-shared/domain/student-validation';
import type { FieldIssue } from '../../../src-shared/errors';
import { courseOf, hemisDate, studentItem } from './items';

/** HEMIS id → local placement, read once the reference data is in. */
export interface RefMaps {
  departments: Map<number, string>;
  specialties: Map<number, { id: string; educationType: string }>;
  groups: Map<
    number,
    {
      id: string;
      departmentId: string;
      specialtyId: string;
      educationLang: string;
      educationForm: string;
      course: number;
    }
  >;
}

/** Fields HEMIS is the record of (placement and ids): a pull always takes its value when it has one. */
export const HEMIS_OWNED_FIELDS = [
  'hemisId',
  'studentIdNumber',
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
] as const;

/**
 * Personal fields the office may have corrected from the passport: a pull takes HEMIS's value only
 * when HEMIS changed it since the last pull (or the local field is empty at the first link).
 */
export const PERSONAL_FIELDS = [
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
  'lastNameCyr',
  'firstNameCyr',
  'patronymicCyr',
  'pinfl',
  'passport',
  'birthDate',
  'gender',
  'citizenship',
  'phone',
  'email',
] as const;

export type MappedStudent = {
  hemisId: number;
  studentIdNumber: string | null;
  groupId: string | null;
  departmentId: string | null;
  specialtyId: string | null;
  course: number | null;
  educationForm: string | null;
  educationType: string | null;
  educationLang: string | null;
  paymentForm: string | null;
  status: string;
  yearOfEnter: number | null;
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  lastNameCyr: string;
  firstNameCyr: string;
  patronymicCyr: string;
  pinfl: string | null;
  passport: string | null;
  birthDate: string | null;
  gender: string | null;
  citizenship: string;
  phone: string | null;
  email: string | null;
};

export type StudentMapping =
  | { ok: true; key: string; value: MappedStudent; hemisUpdatedAt: number | null; raw: unknown }
  | {
      ok: false;
      key: string;
      hemisId: number | null;
      studentIdNumber: string | null;
      name: string;
      issues: FieldIssue[];
      raw: unknown;
    };

/** Our field → the HEMIS field the office has to fix (reject reports speak HEMIS). */
const HEMIS_FIELD: Record<string, string> = {
  lastNameLat: 'second_name',
  lastNameCyr: 'second_name',
  firstNameLat: 'first_name',
  firstNameCyr: 'first_name',
  patronymicLat: 'third_name',
  patronymicCyr: 'third_name',
  pinfl: 'passport_pin',
  passport: 'passport_number',
  birthDate: 'birth_date',
  gender: 'gender',
  citizenship: 'citizenship',
  phone: 'phone',
  email: 'email',
  studentIdNumber: 'student_id_number',
};

const MAX_STUDENT_ID = 20;

function rawField(raw: unknown, name: string): unknown {
  return raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
}

/**
 * One `student-list` item → the values of a students row, validated and normalised by the same
 * rules as a form (`checkStudent`: apostrophes, Cyrillic values into the Cyrillic fields, the
 * missing script transliterated, PINFL/passport/phone formats). Errors reject the whole row.
 */
export function mapStudent(raw: unknown, fallbackKey: string, refs: RefMaps, today: string): StudentMapping {
  const parsed = studentItem.safeParse(raw);
  if (!parsed.success) {
    const hemisId = rawField(raw, 'id');
    return {
      ok: false,
      key: typeof hemisId === 'number' ? String(hemisId) : fallbackKey,
      hemisId: typeof hemisId === 'number' ? hemisId : null,
      studentIdNumber: null,
      name: '',
      issues: [{ path: 'id', key: 'validation.invalidValue' }],
      raw,
    };
  }
  const item = parsed.data;
  const check = checkStudent(
    {
      lastNameLat: item.second_name,
      firstNameLat: item.first_name,
      patronymicLat: item.third_name,
      pinfl: item.passport_pin,
      passport: item.passport_number,
      birthDate: hemisDate(item.birth_date),
      gender: item.gender,
      citizenship: item.citizenship,
      phone: item.phone,
      email: item.email,
    },
    today,
  );
  const studentIdNumber = item.student_id_number?.trim() || null;
  const issues: FieldIssue[] = check.errors.map((e) => ({ ...e, path: HEMIS_FIELD[e.path] ?? e.path }));
  if (studentIdNumber && studentIdNumber.length > MAX_STUDENT_ID) {
    issues.push({ path: 'student_id_number', key: 'validation.tooLong', params: { max: MAX_STUDENT_ID } });
  }
  const key = String(item.id);
  if (issues.length > 0) {
    return {
      ok: false,
      key,
      hemisId: item.id,
      studentIdNumber,
      name: cleanText(`${item.second_name ?? ''} ${item.first_name ?? ''} ${item.third_name ?? ''}`).slice(0, 200),
      issues,
      raw,
    };
  }

  const group = item.group?.id != null ? refs.groups.get(item.group.id) : undefined;
  const departmentId = (item.department?.id != null ? refs.departments.get(item.department.id) : undefined) ?? null;
  const specialty = item.specialty?.id != null ? refs.specialties.get(item.specialty.id) : undefined;
  const s = check.student;
  const value: MappedStudent = {
    hemisId: item.id,
    studentIdNumber,
    groupId: group?.id ?? null,
    departmentId: departmentId ?? group?.departmentId ?? null,
    specialtyId: specialty?.id ?? group?.specialtyId ?? null,
    course: courseOf(item.level) ?? group?.course ?? null,
    educationForm: item.educationForm ?? group?.educationForm ?? null,
    educationType: item.educationType ?? specialty?.educationType ?? null,
    educationLang: item.group?.educationLang ?? item.educationLang ?? group?.educationLang ?? null,
    paymentForm: item.paymentForm,
    status: item.studentStatus ?? '11',
    yearOfEnter: item.year_of_enter ?? null,
    lastNameLat: s.lastNameLat,
    firstNameLat: s.firstNameLat,
    patronymicLat: s.patronymicLat,
    lastNameCyr: s.lastNameCyr,
    firstNameCyr: s.firstNameCyr,
    patronymicCyr: s.patronymicCyr,
    pinfl: s.pinfl,
    passport: s.passport,
    birthDate: s.birthDate,
    gender: s.gender,
    citizenship: s.citizenship,
    phone: s.phone,
    email: s.email,
  };
  return { ok: true, key, value, hemisUpdatedAt: item.updated_at ?? null, raw };
}

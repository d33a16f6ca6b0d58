import { eq } from 'drizzle-orm';
import type { Names, DocumentSource, StudentSource } from '../../../src-shared/domain/documents/source';
import { tashkentMoment } from '../../../src-shared/domain/attendance-timetable';
import { latinToCyrillic } from '../../../src-shared/domain/transliterate';
import { AppError } from '../../../src-shared/errors';
import type { Db } from '../../db/store';
import { educationYears } from '../academic/schema';
import { readInstitution } from '../institution/handlers';
import { departments, groups, specialties, studentPhotos, students } from '../registry/schema';

const join = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join(' ');

/** Names of a faculty or specialty in every document language; a missing one is derived, never blank. */
function namesOf(row: { nameUzLatn: string; nameUzCyrl: string; nameRu: string; nameEn: string } | undefined): Names {
  if (!row) return { 'uz-Latn': '', 'uz-Cyrl': '', ru: '', en: '' };
  const cyrl = row.nameUzCyrl || latinToCyrillic(row.nameUzLatn);
  return { 'uz-Latn': row.nameUzLatn, 'uz-Cyrl': cyrl, ru: row.nameRu || cyrl, en: row.nameEn || row.nameUzLatn };
}

/** The current academic year's name (`2026-2027`), else the one the date falls in (September start). */
function educationYearName(db: Db, today: string): string {
  const current = db.select().from(educationYears).where(eq(educationYears.current, true)).get();
  if (current) return current.name;
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return `${start}-${start + 1}`;
}

export function studentSource(db: Db, studentId: string): StudentSource {
  const s = db.select().from(students).where(eq(students.id, studentId)).get();
  if (!s) throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found');
  const group = s.groupId ? db.select().from(groups).where(eq(groups.id, s.groupId)).get() : undefined;
  const faculty = s.departmentId
    ? db.select().from(departments).where(eq(departments.id, s.departmentId)).get()
    : undefined;
  const specialty = s.specialtyId
    ? db.select().from(specialties).where(eq(specialties.id, s.specialtyId)).get()
    : undefined;
  const photo = db.select({ photo: studentPhotos.photo }).from(studentPhotos).where(eq(studentPhotos.id, s.id)).get();
  const lat = join(s.lastNameLat, s.firstNameLat, s.patronymicLat);
  // Cyrillic spelling as recorded; transliterated only when the record has none (DOMAIN §5.4).
  const cyr =
    s.lastNameCyr || s.firstNameCyr ? join(s.lastNameCyr, s.firstNameCyr, s.patronymicCyr) : latinToCyrillic(lat);
  const passport = s.lastNamePassport || s.firstNamePassport ? join(s.lastNamePassport, s.firstNamePassport) : lat;
  return {
    id: s.id,
    studentIdNumber: s.studentIdNumber ?? '',
    pinfl: s.pinfl ?? '',
    passport: s.passport ?? '',
    fullName: { 'uz-Latn': lat, 'uz-Cyrl': cyr, ru: cyr, en: passport },
    birthDate: s.birthDate,
    gender: s.gender,
    citizenship: s.citizenship,
    educationType: s.educationType,
    educationForm: s.educationForm,
    educationLang: s.educationLang,
    paymentForm: s.paymentForm,
    status: s.status,
    course: s.course,
    yearOfEnter: s.yearOfEnter,
    group: group?.name ?? '',
    faculty: namesOf(faculty),
    specialtyCode: specialty?.code ?? '',
    specialty: namesOf(specialty),
    photo: photo?.photo ?? null,
  };
}

export function documentSource(db: Db, studentId: string, now: Date): DocumentSource {
  const inst = readInstitution(db);
  const latn = inst.nameUzLatn;
  const cyrl = inst.nameUzCyrl || latinToCyrillic(latn);
  const today = tashkentMoment(now).date;
  return {
    student: studentSource(db, studentId),
    institution: {
      name: { 'uz-Latn': latn, 'uz-Cyrl': cyrl, ru: inst.nameRu || cyrl, en: inst.nameEn || latn },
      city: inst.city,
      address: inst.address,
      phone: inst.phone,
      email: inst.email,
      logo: inst.logo,
      signatories: Object.fromEntries(
        [...inst.signatories].reverse().map((s) => [s.role, { position: s.position, fullName: s.fullName }]),
      ),
    },
    issuedOn: today,
    educationYear: educationYearName(db, today),
  };
}

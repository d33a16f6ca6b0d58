import { eq } from 'drizzle-orm';
import { IDENTIFIER_ROLES, type Student } from '../../../src-shared/contract/students';
import type { Role } from '../../../src-shared/contract/roles';
import type { Db } from '../../db/store';
import { departments, groups, specialties, studentPhotos, students } from '../registry/schema';

export type StudentRow = typeof students.$inferSelect;

/** `31204951234567` → `3•••••••••4567`: enough to compare with a document, not to copy. */
export function maskPinfl(pinfl: string | null): string | null {
  if (!pinfl) return pinfl;
  return `${pinfl.slice(0, 1)}${'•'.repeat(Math.max(0, pinfl.length - 5))}${pinfl.slice(-4)}`;
}

/** `AA1234567` → `AA•••4567`. */
export function maskPassport(passport: string | null): string | null {
  if (!passport) return passport;
  return `${passport.slice(0, 2)}${'•'.repeat(Math.max(0, passport.length - 6))}${passport.slice(-4)}`;
}

export function seesIdentifiers(role: Role | null): boolean {
  return role !== null && IDENTIFIER_ROLES.includes(role);
}

export function findStudent(db: Db, id: string): StudentRow | undefined {
  return db.select().from(students).where(eq(students.id, id)).get();
}

export function toStudent(db: Db, row: StudentRow, role: Role | null): Student {
  const group = row.groupId ? db.select().from(groups).where(eq(groups.id, row.groupId)).get() : undefined;
  const faculty = row.departmentId
    ? db.select().from(departments).where(eq(departments.id, row.departmentId)).get()
    : undefined;
  const specialty = row.specialtyId
    ? db.select().from(specialties).where(eq(specialties.id, row.specialtyId)).get()
    : undefined;
  const photo = db.select({ photo: studentPhotos.photo }).from(studentPhotos).where(eq(studentPhotos.id, row.id)).get();
  const masked = !seesIdentifiers(role);
  return {
    id: row.id,
    hemisId: row.hemisId,
    studentIdNumber: row.studentIdNumber,
    pinfl: masked ? maskPinfl(row.pinfl) : row.pinfl,
    passport: masked ? maskPassport(row.passport) : row.passport,
    identifiersMasked: masked,
    pinflCheckAccepted: row.pinflCheckAccepted,
    lastNameLat: row.lastNameLat,
    firstNameLat: row.firstNameLat,
    patronymicLat: row.patronymicLat,
    lastNameCyr: row.lastNameCyr,
    firstNameCyr: row.firstNameCyr,
    patronymicCyr: row.patronymicCyr,
    lastNamePassport: row.lastNamePassport,
    firstNamePassport: row.firstNamePassport,
    birthDate: row.birthDate,
    gender: row.gender,
    citizenship: row.citizenship,
    phone: row.phone,
    email: row.email,
    address: row.address,
    group: group ? { id: group.id, name: group.name } : null,
    faculty: faculty ? { id: faculty.id, code: faculty.code, name: faculty.nameUzLatn } : null,
    specialty: specialty ? { id: specialty.id, code: specialty.code, name: specialty.nameUzLatn } : null,
    course: row.course,
    educationForm: row.educationForm,
    educationType: row.educationType,
    educationLang: row.educationLang,
    paymentForm: row.paymentForm,
    status: row.status,
    yearOfEnter: row.yearOfEnter,
    photo: photo?.photo ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

import type { Locale } from '../../contract/common';

/** A name in each language a document can be printed in; main fills gaps (transliteration, uz-Latn). */
export type Names = Record<Locale, string>;

/** What a document builder may read about a student: assembled by main from the database, never partial. */
export interface StudentSource {
  id: string;
  studentIdNumber: string;
  pinfl: string;
  passport: string;
  /** Full names per language: Latin for uz-Latn, Cyrillic for uz-Cyrl and ru, passport spelling for en. */
  fullName: Names;
  birthDate: string | null;
  gender: string | null;
  citizenship: string;
  educationType: string | null;
  educationForm: string | null;
  educationLang: string | null;
  paymentForm: string | null;
  status: string;
  course: number | null;
  yearOfEnter: number | null;
  group: string;
  faculty: Names;
  specialtyCode: string;
  specialty: Names;
  photo: string | null;
}

export interface SignatorySource {
  position: string;
  fullName: string;
}

export interface InstitutionSource {
  name: Names;
  city: string;
  address: string;
  phone: string;
  email: string;
  logo: string;
  /** By role (rector, dean, office_head…); the document type picks whom it needs. */
  signatories: Partial<Record<string, SignatorySource>>;
}

export interface DocumentSource {
  student: StudentSource;
  institution: InstitutionSource;
  /** `YYYY-MM-DD` in Tashkent. */
  issuedOn: string;
  /** `2026-2027`. */
  educationYear: string;
  /**
   * What a type needs beyond the student (transcript records, exams, session dates…), read by that type's
   * loader in main (`src-main/features/documents/sources/`). The type's builder knows its shape.
   */
  extra?: unknown;
}

import type { Locale } from '../../contract/common';
import type { DocumentTypeDef, Snapshot } from './document-type';
import { dormitoryCertificate } from './dormitory';
import { enrolmentCertificate, enrolmentCertificateEn } from './enrolment';
import { examList } from './exam-list';
import { gpaCertificate } from './gpa';
import { orderExcerpt } from './order-excerpt';
import { paymentContract } from './payment-contract';
import { restudyContract } from './restudy-contract';
import { studentCard } from './student-card';
import { summonsDocument } from './summons';
import { transcriptDocument } from './transcript';

/** Every document type the engine prints, by code (the CLI's `--type`). */
export const DOCUMENT_TYPES = {
  enrolment: enrolmentCertificate,
  'enrolment-en': enrolmentCertificateEn,
  transcript: transcriptDocument,
  gpa: gpaCertificate,
  summons: summonsDocument,
  'student-card': studentCard,
  dormitory: dormitoryCertificate,
  'exam-list': examList,
  'order-excerpt': orderExcerpt,
  'payment-contract': paymentContract,
  'restudy-contract': restudyContract,
} as const;

export type DocumentTypeCode = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as [DocumentTypeCode, ...DocumentTypeCode[]];

/** The types the card and the batch card offer: those issued for a student alone (not from an order). */
export const COUNTER_TYPE_CODES = DOCUMENT_TYPE_CODES.filter(
  (c) => !(DOCUMENT_TYPES[c] as { issuedFrom?: string }).issuedFrom,
);

export function documentType(code: DocumentTypeCode): DocumentTypeDef<Snapshot> {
  return DOCUMENT_TYPES[code] as unknown as DocumentTypeDef<Snapshot>;
}

export function defaultLang(code: DocumentTypeCode, preferred: Locale): Locale {
  const langs = DOCUMENT_TYPES[code].langs as readonly Locale[];
  return langs.includes(preferred) ? preferred : langs[0]!;
}

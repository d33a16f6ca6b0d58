import type { Locale } from '../../contract/common';
import { codeName, dmy, letterhead, numberLine, pickSignatory, signatures, wordsFor } from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import { OFFICIAL_MARGINS, type DocModel } from './model';
import type { DocumentSource } from './source';

/** The printed values of an enrolment certificate (DOMAIN §3.1), in the document's language. */
export interface EnrolmentSnapshot extends Snapshot {
  institution: string;
  fullName: string;
  pinfl: string;
  birthDate: string;
  citizenship: string;
  educationType: string;
  educationForm: string;
  paymentForm: string;
  yearOfEnter: string;
  faculty: string;
  specialty: string;
  course: string;
  group: string;
  educationYear: string;
  signer: { position: string; fullName: string } | null;
}

const SIGNERS = ['office_head', 'dean', 'rector', 'vice_rector'] as const;

function build(source: DocumentSource, lang: Locale): EnrolmentSnapshot {
  const s = source.student;
  const one = wordsFor(lang).one;
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    institution: source.institution.name[lang],
    fullName: s.fullName[lang],
    pinfl: s.pinfl,
    birthDate: dmy(s.birthDate),
    citizenship: codeName(lang, 'citizenship', s.citizenship),
    educationType: codeName(lang, 'educationType', s.educationType),
    educationForm: codeName(lang, 'educationForm', s.educationForm),
    paymentForm: codeName(lang, 'paymentForm', s.paymentForm),
    yearOfEnter: s.yearOfEnter ? String(s.yearOfEnter) : '',
    faculty: s.faculty[lang],
    specialty: [s.specialtyCode, s.specialty[lang]].filter(Boolean).join(' – '),
    course: s.course ? one('doc.course', { n: s.course }) : '',
    group: s.group,
    educationYear: source.educationYear,
    signer: pickSignatory(source.institution.signatories, SIGNERS),
  };
}

/**
 * The certificate: bilingual labels (uz / ru) on the Uzbek forms as in HEMIS's reference, one language
 * on the Russian and English ones. Values are in the document's language.
 */
function layout(d: EnrolmentSnapshot, meta: IssueMeta): DocModel {
  const second: Locale | undefined = d.lang === 'uz-Latn' || d.lang === 'uz-Cyrl' ? 'ru' : undefined;
  const w = wordsFor(d.lang, second);
  const row = (key: string, value: string) => ({ label: w.both(key), value });
  return {
    title: `${w.one('doc.enrolment.title')} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 12,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      letterhead(d.institution, meta),
      {
        kind: 'title',
        lines: second
          ? [w.one('doc.enrolment.title'), wordsFor(second).one('doc.enrolment.title')]
          : [w.one('doc.enrolment.title')],
      },
      numberLine(w, meta),
      { kind: 'paragraph', runs: [{ text: w.one('doc.enrolment.intro', { year: d.educationYear }) }], indent: true },
      {
        kind: 'fields',
        labelWidth: 0.42,
        rows: [
          row('doc.field.fullName', d.fullName),
          row('doc.field.pinfl', d.pinfl),
          row('doc.field.birthDate', d.birthDate),
          row('doc.field.citizenship', d.citizenship),
          row('doc.field.educationType', d.educationType),
          row('doc.field.educationForm', d.educationForm),
          row('doc.field.paymentForm', d.paymentForm),
          row('doc.field.yearOfEnter', d.yearOfEnter),
          row('doc.field.institution', d.institution),
          row('doc.field.faculty', d.faculty),
          row('doc.field.specialty', d.specialty),
          row('doc.field.course', d.course),
          row('doc.field.group', d.group),
          row('doc.field.studentId', d.studentIdNumber),
        ],
      },
      { kind: 'paragraph', runs: [{ text: w.both('doc.enrolment.closing') }], indent: true },
      { kind: 'spacer', mm: 8 },
      signatures(w, d.signer, meta),
    ],
  };
}

export const enrolmentCertificate: DocumentTypeDef<EnrolmentSnapshot> = {
  code: 'enrolment',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru'],
  layoutVersion: 1,
  build,
  layout,
};

export const enrolmentCertificateEn: DocumentTypeDef<EnrolmentSnapshot> = {
  code: 'enrolment-en',
  langs: ['en'],
  layoutVersion: 1,
  build,
  layout,
};

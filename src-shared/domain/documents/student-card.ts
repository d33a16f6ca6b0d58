import type { Locale } from '../../contract/common';
import { codeName, dmy, wordsFor } from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import { ID_CARD_MM, type DocModel, type IdCard } from './model';
import type { DocumentSource } from './source';

const SIGNERS = ['dean', 'rector', 'office_head'] as const;

/**
 * Talaba guvohnomasi — the student ID card (DOMAIN §3.6: no official template; the minimum fields): photo,
 * name, ID number, faculty, programme, course and form, group, validity, card number (the register
 * number), the dean's signature and the QR code, on an ID-1 card (85.6 × 54 mm) inside crop marks.
 *
 * The photo is kept in the snapshot: the register must show which face was printed on the card, and a
 * reprint or a verification years later must not take today's photo. A card is issued about once a
 * year per student, so the register grows by one photo (~50 KB) a year each.
 */
export interface StudentCardSnapshot extends Snapshot {
  institution: string;
  fullName: string;
  faculty: string;
  specialty: string;
  course: string;
  educationForm: string;
  group: string;
  educationYear: string;
  validUntil: string;
  photo: string | null;
  /** The card has room for a short title only: the role (dean, rector), not the full position. */
  signer: { role: (typeof SIGNERS)[number]; fullName: string } | null;
}

/**
 * The last day of the academic year `2026-2027`: 31 August 2027. The card stays valid over the summer
 * (the paid summer semester, §2.5) until the promotion order and the next year's card.
 */
export function cardValidUntil(educationYear: string): string {
  const end = /^\d{4}-(\d{4})$/.exec(educationYear)?.[1];
  return end ? `${end}-08-31` : '';
}

function signerOf(source: DocumentSource): StudentCardSnapshot['signer'] {
  const role = SIGNERS.find((r) => source.institution.signatories[r]);
  return role ? { role, fullName: source.institution.signatories[role]!.fullName } : null;
}

function build(source: DocumentSource, lang: Locale): StudentCardSnapshot {
  const s = source.student;
  const w = wordsFor(lang);
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    institution: source.institution.name[lang],
    fullName: s.fullName[lang],
    faculty: s.faculty[lang],
    specialty: [s.specialtyCode, s.specialty[lang]].filter(Boolean).join(' – '),
    course: s.course ? w.one('doc.course', { n: s.course }) : '',
    educationForm: codeName(lang, 'educationForm', s.educationForm),
    group: s.group,
    educationYear: source.educationYear,
    validUntil: dmy(cardValidUntil(source.educationYear)),
    photo: s.photo,
    signer: signerOf(source),
  };
}

/** One card face from a snapshot: what a batch places eight to a sheet (`cardSheet`). */
export function studentCardFace(d: StudentCardSnapshot, meta: IssueMeta): IdCard {
  const w = wordsFor(d.lang);
  return {
    widthMm: ID_CARD_MM.width,
    heightMm: ID_CARD_MM.height,
    header: [d.institution.toLocaleUpperCase('uz'), w.one('doc.card.title')],
    logo: meta.logo || undefined,
    photo: d.photo,
    photoHint: w.one('doc.card.photo'),
    name: d.fullName,
    rows: [
      { label: w.one('doc.field.studentId'), value: d.studentIdNumber },
      { label: w.one('doc.field.faculty'), value: d.faculty },
      { label: w.one('doc.field.specialty'), value: d.specialty },
      { label: w.one('doc.card.courseForm'), value: [d.course, d.educationForm].filter(Boolean).join(', ') },
      { label: w.one('doc.field.group'), value: d.group },
    ],
    footer: w.one('doc.card.validUntil', { date: d.validUntil }),
    signature: d.signer ? { position: w.one(`doc.card.signer.${d.signer.role}`), name: d.signer.fullName } : null,
    number: w.one('doc.number', { number: meta.registerNumber ?? '—' }),
    qr: meta.qr ? { ...meta.qr, caption: '' } : undefined,
  };
}

/**
 * Cards on A4, two across and four down (eight a sheet), from the top-left corner; narrow margins, since
 * the sheet is cut, not filed.
 */
export function cardSheet(cards: IdCard[], lang: Locale, title: string, watermark?: string): DocModel {
  return {
    title,
    lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: [10, 10, 10, 10] },
    fontSize: 10,
    watermark,
    blocks: [{ kind: 'cards', columns: 2, cards }],
  };
}

function layout(d: StudentCardSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  return cardSheet(
    [studentCardFace(d, meta)],
    d.lang,
    `${w.one('doc.card.title')} ${meta.registerNumber ?? ''}`.trim(),
    meta.registerNumber ? undefined : w.one('doc.draft'),
  );
}

export const studentCard: DocumentTypeDef<StudentCardSnapshot> = {
  code: 'student-card',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru', 'en'],
  layoutVersion: 1,
  build,
  layout,
};

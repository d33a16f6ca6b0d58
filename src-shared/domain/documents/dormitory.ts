import type { Locale } from '../../contract/common';
import { codeName, dmy, letterhead, numberLine, pickSignatory, wordsFor } from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import { OFFICIAL_MARGINS, type DocModel } from './model';
import type { DocumentSource } from './source';

/**
 * Turar joy maʼlumotnomasi — certificate of residence in the student dormitory (DOMAIN §3.6: no official
 * template; building, room, period, placement order, signature of the dormitory head and the OTM stamp).
 * The app holds no dormitory records yet: it prints the student, the accommodation (HEMIS
 * `h_accommodation` 15, in the dormitory) and what the counter typed (building, room, order); everything
 * else is a line the dormitory head fills in by hand before signing.
 */

/** `source.extra` of the dormitory certificate: what the counter typed (`params`), as printed. */
export interface DormitoryExtra {
  dormitory: string;
  room: string;
  placementOrder: string;
}

/** Students living in the dormitory: HEMIS `h_accommodation` code 15 (Talabalar turar joyida). */
export const DORMITORY_ACCOMMODATION = '15';

export interface DormitorySnapshot extends Snapshot {
  institution: string;
  institutionDetails: string;
  fullName: string;
  birthDate: string;
  faculty: string;
  specialty: string;
  course: string;
  educationForm: string;
  group: string;
  educationYear: string;
  accommodation: string;
  dormitory: string;
  room: string;
  placementOrder: string;
  signer: { position: string; fullName: string } | null;
}

const SIGNERS = ['dean', 'office_head', 'vice_rector', 'rector'] as const;
const NOTHING: DormitoryExtra = { dormitory: '', room: '', placementOrder: '' };

function build(source: DocumentSource, lang: Locale): DormitorySnapshot {
  const s = source.student;
  const x = (source.extra as DormitoryExtra | undefined) ?? NOTHING;
  const inst = source.institution;
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    institution: inst.name[lang],
    institutionDetails: [inst.address, inst.phone, inst.email].filter(Boolean).join(' · '),
    fullName: s.fullName[lang],
    birthDate: dmy(s.birthDate),
    faculty: s.faculty[lang],
    specialty: [s.specialtyCode, s.specialty[lang]].filter(Boolean).join(' – '),
    course: s.course ? wordsFor(lang).one('doc.course', { n: s.course }) : '',
    educationForm: codeName(lang, 'educationForm', s.educationForm),
    group: s.group,
    educationYear: source.educationYear,
    accommodation: codeName(lang, 'accommodation', DORMITORY_ACCOMMODATION),
    dormitory: x.dormitory,
    room: x.room,
    placementOrder: x.placementOrder,
    signer: pickSignatory(source.institution.signatories, SIGNERS),
  };
}

function layout(d: DormitorySnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const blankDate = w.one('doc.blankDate');
  const row = (key: string, value: string) => ({ label: w.one(key), value });
  return {
    title: `${w.one('doc.dormitory.title')} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 12,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      letterhead(d.institution, meta, d.institutionDetails),
      { kind: 'title', lines: [w.one('doc.dormitory.title')] },
      numberLine(w, meta),
      {
        kind: 'paragraph',
        runs: [{ text: w.one('doc.dormitory.intro', { year: d.educationYear }) }],
        indent: true,
      },
      {
        kind: 'fields',
        labelWidth: 0.42,
        rows: [
          row('doc.field.fullName', d.fullName),
          row('doc.field.birthDate', d.birthDate),
          row('doc.field.studentId', d.studentIdNumber),
          row('doc.field.faculty', d.faculty),
          row('doc.field.specialty', d.specialty),
          row('doc.field.course', d.course),
          row('doc.field.educationForm', d.educationForm),
          row('doc.field.group', d.group),
          row('doc.dormitory.accommodation', d.accommodation),
          // What the app does not know is left for the dormitory head to write in.
          row('doc.dormitory.building', d.dormitory || ' '),
          row('doc.dormitory.room', d.room || ' '),
          row('doc.dormitory.period', w.one('doc.summons.periodValue', { from: blankDate, to: blankDate })),
          row('doc.dormitory.order', d.placementOrder || w.one('doc.dormitory.orderBlank', { date: blankDate })),
          row('doc.dormitory.contract', w.one('doc.dormitory.orderBlank', { date: blankDate })),
        ],
      },
      { kind: 'paragraph', runs: [{ text: w.one('doc.enrolment.closing') }], indent: true },
      { kind: 'spacer', mm: 6 },
      {
        kind: 'signatures',
        rows: [
          // The dormitory head is not among the institution's signatories: the name is written by hand.
          { position: w.one('doc.dormitory.head'), name: '' },
          ...(d.signer ? [{ position: d.signer.position, name: d.signer.fullName }] : []),
        ],
        stamp: w.one('doc.stamp'),
        qr: meta.qr ?? undefined,
      },
    ],
  };
}

export const dormitoryCertificate: DocumentTypeDef<DormitorySnapshot> = {
  code: 'dormitory',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru', 'en'],
  layoutVersion: 1,
  build,
  layout,
};

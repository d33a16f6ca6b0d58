import type { Locale } from '../../contract/common';
import {
  codeName,
  decimalMark,
  GPA,
  letterhead,
  num,
  numberLine,
  pickSignatory,
  signatures,
  wordsFor,
  yearName,
} from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import { OFFICIAL_MARGINS, type DocModel } from './model';
import type { DocumentSource } from './source';
import { NO_RESULTS, type TranscriptExtra } from './transcript';

/**
 * GPA certificate: a short certificate of the student's grade point average per academic year and
 * overall, and the credits earned. It reads the same `TranscriptExtra` as the transcript (the grades
 * feature's figures), so the two never disagree. One language per document: uz-Latn, uz-Cyrl, ru, en.
 */
export interface GpaSnapshot extends Snapshot {
  institution: string;
  fullName: string;
  faculty: string;
  specialty: string;
  course: string;
  educationForm: string;
  group: string;
  years: { year: string; credits: string; gpa: string }[];
  overallCredits: string;
  gpa: string;
  creditsEarned: string;
  /** The promotion pass line of the credit system (NIZOM-824 cl. 42); empty in the other systems. */
  gpaLimit: string;
  signer: { position: string; fullName: string } | null;
}

const SIGNERS = ['dean', 'office_head', 'rector'] as const;

function build(source: DocumentSource, lang: Locale): GpaSnapshot {
  const s = source.student;
  const x = (source.extra as TranscriptExtra | undefined) ?? NO_RESULTS;
  const mark = decimalMark(lang);
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
    years: x.years.map((y) => ({
      year: yearName(y.educationYear),
      credits: num(y.creditSum, mark),
      gpa: num(y.gpa, mark, 1),
    })),
    overallCredits: num(x.overall.creditSum, mark),
    gpa: num(x.overall.gpa, mark, 1),
    creditsEarned: num(x.creditsEarned, mark),
    gpaLimit: x.markingSystem === '13' ? num(x.gpaLimit, mark, 1) : '',
    signer: pickSignatory(source.institution.signatories, SIGNERS),
  };
}

function layout(d: GpaSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const g = { gpa: GPA };
  const row = (key: string, value: string) => ({ label: w.one(key), value });
  return {
    title: `${w.one('doc.gpa.title', g)} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 12,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      letterhead(d.institution, meta),
      { kind: 'title', lines: [w.one('doc.gpa.title', g)] },
      numberLine(w, meta),
      { kind: 'paragraph', runs: [{ text: w.one('doc.gpa.intro', g) }], indent: true },
      {
        kind: 'fields',
        labelWidth: 0.38,
        rows: [
          row('doc.field.fullName', d.fullName),
          row('doc.field.studentId', d.studentIdNumber),
          row('doc.field.faculty', d.faculty),
          row('doc.field.specialty', d.specialty),
          row('doc.field.educationForm', d.educationForm),
          row('doc.field.course', d.course),
          row('doc.field.group', d.group),
        ],
      },
      d.years.length === 0
        ? { kind: 'paragraph', runs: [{ text: w.one('doc.transcript.noRecords'), italic: true }], align: 'center' }
        : {
            kind: 'table',
            columns: [
              { title: w.one('doc.gpa.col.year'), width: 0.5, align: 'left' },
              { title: w.one('doc.gpa.col.credits'), width: 0.25, align: 'center' },
              { title: GPA, width: 0.25, align: 'center' },
            ],
            rows: [
              ...d.years.map((y) => ({ cells: [w.one('doc.gpa.year', { year: y.year }), y.credits, y.gpa] })),
              { bold: true, cells: [w.one('doc.gpa.overall'), d.overallCredits, d.gpa] },
            ],
          },
      {
        kind: 'fields',
        labelWidth: 0.7,
        rows: [
          row('doc.academic.creditsEarned', d.creditsEarned),
          ...(d.gpaLimit ? [{ label: w.one('doc.gpa.limit', g), value: d.gpaLimit }] : []),
        ],
      },
      { kind: 'paragraph', runs: [{ text: w.one('doc.academic.gpaFormula', g), italic: true }], size: 10 },
      { kind: 'paragraph', runs: [{ text: w.one('doc.enrolment.closing') }], indent: true },
      { kind: 'spacer', mm: 8 },
      signatures(w, d.signer, meta),
    ],
  };
}

export const gpaCertificate: DocumentTypeDef<GpaSnapshot> = {
  code: 'gpa',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru', 'en'],
  layoutVersion: 1,
  build,
  layout,
};

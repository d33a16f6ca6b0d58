import type { Locale } from '../../contract/common';
import { DEFAULT_MARKING_SYSTEMS, letterFor, letterOf } from '../grading';
import { translate } from '../../i18n';
import {
  codeName,
  dmy,
  GPA,
  num,
  pair,
  pickSignatory,
  semesterNumber,
  signatures,
  wordsFor,
  yearName,
} from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import { OFFICIAL_MARGINS, type Block, type DocModel } from './model';
import type { DocumentSource, Names } from './source';

/**
 * Akademik maʼlumotnoma — Transcript of Academic Records (DOMAIN §3.2, HEMIS `transcript-pdf.php`).
 *
 * Languages: the Uzbek (and the Russian) forms are bilingual with English, as HEMIS prints it: labels,
 * names and classifier values "uz / en". `en` is English only, for use abroad. The figures (GPA per
 * semester, per year and overall, letters, debts, earned credits) are the grades feature's own
 * (`buildTranscript` over the current results, DOMAIN §2.2–2.3): a printed transcript never disagrees
 * with the card. GPA is rounded to one decimal as HEMIS's `reCalculateGpa` does (the HEMIS transcript
 * view's two decimals would print a figure the card does not show).
 */

/** One result as the loader reads it: the grades feature's current entry plus the curriculum's hours. */
export interface TranscriptRecord {
  subject: Names;
  credit: number;
  /** Total academic load (auditorium + self-study) from the curriculum; null when unknown. */
  hours: number | null;
  totalPoint: number | null;
  grade: number | null;
  letter: string | null;
}

/** `source.extra` of the transcript and the GPA certificate (`src-main/features/documents/sources/transcript.ts`). */
export interface TranscriptExtra {
  markingSystem: string;
  gpaLimit: number;
  semesters: {
    semester: string;
    educationYear: string;
    credits: number;
    gpa: number | null;
    rows: TranscriptRecord[];
  }[];
  years: { educationYear: string; gpa: number | null; creditSum: number }[];
  overall: { gpa: number | null; creditSum: number };
  creditsEarned: number;
}

/** No results: what a builder prints when no loader ran (a template specimen, a student without records). */
export const NO_RESULTS: TranscriptExtra = {
  markingSystem: '13',
  gpaLimit: 2.4,
  semesters: [],
  years: [],
  overall: { gpa: null, creditSum: 0 },
  creditsEarned: 0,
};

export interface TranscriptSnapshot extends Snapshot {
  /** The second language of the labels (`en`), or null on the English-only form. */
  second: Locale | null;
  institution: string[];
  fullName: string;
  birthDate: string;
  degree: string;
  educationForm: string;
  faculty: string;
  specialty: string;
  yearOfEnter: string;
  status: string;
  semesters: {
    title: string;
    rows: {
      no: string;
      subject: string;
      hours: string;
      credit: string;
      score: string;
      grade: string;
      letter: string;
    }[];
    hours: string;
    credits: string;
    gpa: string;
  }[];
  totalHours: string;
  totalCredits: string;
  creditsEarned: string;
  years: { year: string; gpa: string }[];
  gpa: string;
  scale: ScaleRow[];
  signer: { position: string; fullName: string } | null;
}

export interface ScaleRow {
  letter: string;
  five: string;
  hundred: string;
}

/**
 * The comparison table printed under the results (DOMAIN §2.2), read off the grading functions
 * themselves so it can never disagree with the letters in the table above it.
 */
export function letterScale(): ScaleRow[] {
  const ranges = new Map<string, { hi: number; lo: number; fiveHi: number; fiveLo: number }>();
  for (let s = 100; s >= 0; s--) {
    const l = letterOf(s);
    if (!l) continue;
    const r = ranges.get(l);
    if (r) r.lo = s;
    else ranges.set(l, { hi: s, lo: s, fiveHi: 0, fiveLo: 0 });
  }
  const five = DEFAULT_MARKING_SYSTEMS['12'];
  for (let c = 500; c >= 0; c--) {
    const l = letterFor(c / 100, five);
    const r = l ? ranges.get(l) : undefined;
    if (!r) continue;
    if (r.fiveHi === 0) r.fiveHi = c / 100;
    r.fiveLo = c / 100;
  }
  return [...ranges].map(([letter, r]) => ({
    letter,
    five: `${r.fiveLo.toFixed(2)}–${r.fiveHi.toFixed(2)}`,
    hundred: `${r.lo}–${r.hi}`,
  }));
}

const SIGNERS = ['dean', 'office_head', 'rector'] as const;

function build(source: DocumentSource, lang: Locale): TranscriptSnapshot {
  const s = source.student;
  const x = (source.extra as TranscriptExtra | undefined) ?? NO_RESULTS;
  const second: Locale | null = lang === 'en' ? null : 'en';
  /** A value in the document's language, and in English beside it on a bilingual form. */
  const v = (of: (l: Locale) => string) => (second ? pair(of(lang), of(second)) : of(lang));
  const mark = '.';
  let no = 0;
  const semesters = x.semesters.map((sem) => {
    const known = sem.rows.filter((r) => r.hours !== null);
    return {
      title: v((l) =>
        translate(l, 'doc.transcript.semester', {
          n: semesterNumber(sem.semester),
          year: yearName(sem.educationYear),
        }),
      ),
      rows: sem.rows.map((r) => ({
        no: String(++no),
        subject: v((l) => r.subject[l]),
        hours: r.hours === null ? '—' : String(r.hours),
        credit: num(r.credit, mark),
        score: num(r.totalPoint, mark),
        grade: r.grade === null ? '—' : String(r.grade),
        letter: r.letter ?? '—',
      })),
      hours: known.length > 0 ? String(known.reduce((t, r) => t + (r.hours ?? 0), 0)) : '—',
      credits: num(sem.credits, mark),
      gpa: num(sem.gpa, mark, 1),
    };
  });
  const all = x.semesters.flatMap((sem) => sem.rows);
  const hours = all.filter((r) => r.hours !== null);
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    second,
    institution: second
      ? [...new Set([source.institution.name[lang], source.institution.name[second]])]
      : [source.institution.name[lang]],
    fullName: v((l) => s.fullName[l]),
    birthDate: dmy(s.birthDate),
    degree: v((l) => codeName(l, 'educationType', s.educationType)),
    educationForm: v((l) => codeName(l, 'educationForm', s.educationForm)),
    faculty: v((l) => s.faculty[l]),
    specialty: [s.specialtyCode, v((l) => s.specialty[l])].filter(Boolean).join(' – '),
    yearOfEnter: s.yearOfEnter ? String(s.yearOfEnter) : '',
    status: v((l) => codeName(l, 'status', s.status)),
    semesters,
    totalHours: hours.length > 0 ? String(hours.reduce((t, r) => t + (r.hours ?? 0), 0)) : '—',
    totalCredits: num(
      all.reduce((t, r) => t + r.credit, 0),
      mark,
    ),
    creditsEarned: num(x.creditsEarned, mark),
    years: x.years.map((y) => ({ year: yearName(y.educationYear), gpa: num(y.gpa, mark, 1) })),
    gpa: num(x.overall.gpa, mark, 1),
    scale: letterScale(),
    signer: pickSignatory(source.institution.signatories, SIGNERS),
  };
}

/** Column widths of the results: №, subject, hours, credits, score, grade, letter (sum 1). */
const WIDTHS = [0.07, 0.39, 0.12, 0.1, 0.09, 0.09, 0.14];

function layout(d: TranscriptSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang, d.second ?? undefined);
  const g = { gpa: GPA };
  const row = (key: string, value: string) => ({ label: w.both(key), value });
  const cols = ['no', 'subject', 'hours', 'credit', 'score', 'grade', 'letter'];
  const results: Block[] =
    d.semesters.length === 0
      ? [{ kind: 'paragraph', runs: [{ text: w.both('doc.transcript.noRecords'), italic: true }], align: 'center' }]
      : [
          {
            kind: 'table',
            size: 10,
            columns: cols.map((c, i) => ({
              title: w.both(`doc.transcript.col.${c}`),
              width: WIDTHS[i]!,
              align: c === 'subject' ? 'left' : 'center',
            })),
            rows: d.semesters.flatMap((sem) => [
              { group: sem.title },
              ...sem.rows.map((r) => ({
                cells: [r.no, r.subject, r.hours, r.credit, r.score, r.grade, r.letter],
              })),
              {
                bold: true,
                cells: [
                  '',
                  w.both('doc.transcript.semesterTotal'),
                  sem.hours,
                  sem.credits,
                  '',
                  '',
                  `${GPA} ${sem.gpa}`,
                ],
              },
            ]),
          },
        ];
  return {
    title: `${w.one('doc.transcript.title')} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 11,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    footer: [d.holderName, meta.registerNumber ? `№ ${meta.registerNumber}` : ''].filter(Boolean).join(' · '),
    blocks: [
      { kind: 'letterhead', lines: d.institution.map((n) => n.toLocaleUpperCase('uz')), logo: meta.logo || undefined },
      {
        kind: 'title',
        lines: d.second
          ? [w.one('doc.transcript.title'), translate(d.second, 'doc.transcript.title')]
          : [w.one('doc.transcript.title')],
      },
      {
        kind: 'fields',
        labelWidth: 0.4,
        rows: [
          row('doc.transcript.registerNumber', meta.registerNumber ?? '—'),
          row('doc.issuedOnLabel', dmy(meta.issuedOn)),
          row('doc.transcript.fullName', d.fullName),
          row('doc.field.studentId', d.studentIdNumber),
          row('doc.field.birthDate', d.birthDate),
          row('doc.transcript.degree', d.degree),
          row('doc.field.educationForm', d.educationForm),
          row('doc.field.faculty', d.faculty),
          row('doc.transcript.major', d.specialty),
          row('doc.field.yearOfEnter', d.yearOfEnter),
          row('doc.transcript.status', d.status),
        ],
      },
      ...results,
      {
        kind: 'fields',
        labelWidth: 0.72,
        rows: [
          row('doc.transcript.totalLoad', `${d.totalHours} / ${d.totalCredits}`),
          row('doc.academic.creditsEarned', d.creditsEarned),
          ...d.years.map((y) => ({ label: w.both('doc.academic.gpaYear', { ...g, year: y.year }), value: y.gpa })),
          { label: w.both('doc.academic.gpaOverall', g), value: d.gpa },
        ],
      },
      { kind: 'paragraph', runs: [{ text: w.both('doc.academic.gpaFormula', g), italic: true }], size: 9 },
      { kind: 'paragraph', runs: [{ text: w.both('doc.transcript.scale'), bold: true }], align: 'left', size: 10 },
      {
        kind: 'table',
        size: 9,
        columns: [
          { title: w.both('doc.transcript.scale.letter'), width: 0.28, align: 'left' },
          ...d.scale.map((s) => ({ title: s.letter, width: 0.12, align: 'center' as const })),
        ],
        rows: [
          { cells: [w.both('doc.transcript.scale.five'), ...d.scale.map((s) => s.five)] },
          { cells: [w.both('doc.transcript.scale.hundred'), ...d.scale.map((s) => s.hundred)] },
        ],
      },
      { kind: 'spacer', mm: 4 },
      signatures(w, d.signer, meta),
    ],
  };
}

export const transcriptDocument: DocumentTypeDef<TranscriptSnapshot> = {
  code: 'transcript',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru', 'en'],
  layoutVersion: 1,
  build,
  layout,
};

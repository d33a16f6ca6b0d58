import type { Locale } from '../../contract/common';
import { translate } from '../../i18n';
import {
  dmy,
  letterhead,
  numberLine,
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
 * The student's control schedule of the academic year (the attendance feature's exams of the group,
 * `studentExams`): date, time, subject, control type (re-sits marked), room, by semester. Printed for
 * the student, or attached to a distance learner's summons (DOMAIN §3.5: the approved exam schedule).
 */

/** One control event as the loader reads it, the subject named in every document language. */
export interface ExamEvent {
  semester: string;
  subject: Names;
  examType: string;
  finalExamType: string;
  examDate: string;
  startTime: string;
  auditorium: string;
}

/** `source.extra` of the exam list (`src-main/features/documents/sources/exam-list.ts`). */
export interface ExamListExtra {
  /** HEMIS year code (`2026`) of the exams listed; null when the group has none. */
  educationYear: string | null;
  exams: ExamEvent[];
}

export interface ExamListSnapshot extends Snapshot {
  institution: string;
  fullName: string;
  faculty: string;
  specialty: string;
  course: string;
  group: string;
  educationYear: string;
  semesters: {
    title: string;
    rows: { no: string; date: string; time: string; subject: string; control: string; room: string }[];
  }[];
  signer: { position: string; fullName: string } | null;
}

const SIGNERS = ['dean', 'office_head'] as const;
const NONE: ExamListExtra = { educationYear: null, exams: [] };

/** "Yakuniy nazorat", and for a re-sit "Yakuniy nazorat (1-qayta topshirish)" (`h_final_exam_type` 12, 13). */
export function controlName(lang: Locale, examType: string, finalExamType: string): string {
  const key = `attendance.examType.${examType}`;
  const name = translate(lang, key);
  const base = name === key ? examType : name;
  const resit = Number(finalExamType) - 11;
  return resit > 0 ? `${base} (${translate(lang, 'doc.examList.resit', { n: resit })})` : base;
}

function build(source: DocumentSource, lang: Locale): ExamListSnapshot {
  const s = source.student;
  const x = (source.extra as ExamListExtra | undefined) ?? NONE;
  const w = wordsFor(lang);
  const bySemester = new Map<string, ExamEvent[]>();
  for (const e of x.exams) bySemester.set(e.semester, [...(bySemester.get(e.semester) ?? []), e]);
  let no = 0;
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    institution: source.institution.name[lang],
    fullName: s.fullName[lang],
    faculty: s.faculty[lang],
    specialty: [s.specialtyCode, s.specialty[lang]].filter(Boolean).join(' – '),
    course: s.course ? w.one('doc.course', { n: s.course }) : '',
    group: s.group,
    educationYear: x.educationYear ? yearName(x.educationYear) : source.educationYear,
    semesters: [...bySemester].map(([semester, exams]) => ({
      title: semester ? w.one('doc.examList.semester', { n: semesterNumber(semester) }) : '',
      rows: exams.map((e) => ({
        no: String(++no),
        date: dmy(e.examDate),
        time: e.startTime,
        subject: e.subject[lang],
        control: controlName(lang, e.examType, e.finalExamType),
        room: e.auditorium,
      })),
    })),
    signer: pickSignatory(source.institution.signatories, SIGNERS),
  };
}

function layout(d: ExamListSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const row = (key: string, value: string) => ({ label: w.one(key), value });
  const cols = [
    ['no', 0.06, 'center'],
    ['date', 0.13, 'center'],
    ['time', 0.09, 'center'],
    ['subject', 0.38, 'left'],
    ['control', 0.22, 'left'],
    ['room', 0.12, 'center'],
  ] as const;
  const schedule: Block =
    d.semesters.length === 0
      ? { kind: 'paragraph', runs: [{ text: w.one('doc.examList.none'), italic: true }], align: 'center' }
      : {
          kind: 'table',
          size: 11,
          columns: cols.map(([c, width, align]) => ({ title: w.one(`doc.examList.col.${c}`), width, align })),
          rows: d.semesters.flatMap((sem) => [
            ...(sem.title ? [{ group: sem.title }] : []),
            ...sem.rows.map((r) => ({ cells: [r.no, r.date, r.time, r.subject, r.control, r.room] })),
          ]),
        };
  return {
    title: `${w.one('doc.examList.title')} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 12,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    footer: [d.holderName, meta.registerNumber ? `№ ${meta.registerNumber}` : ''].filter(Boolean).join(' · '),
    blocks: [
      letterhead(d.institution, meta),
      { kind: 'title', lines: [w.one('doc.examList.title'), w.one('doc.examList.year', { year: d.educationYear })] },
      numberLine(w, meta),
      {
        kind: 'fields',
        labelWidth: 0.32,
        rows: [
          row('doc.field.fullName', d.fullName),
          row('doc.field.studentId', d.studentIdNumber),
          row('doc.field.faculty', d.faculty),
          row('doc.field.specialty', d.specialty),
          row('doc.field.course', d.course),
          row('doc.field.group', d.group),
        ],
      },
      schedule,
      {
        kind: 'paragraph',
        runs: [{ text: w.one('doc.examList.asOf', { date: dmy(meta.issuedOn) }), italic: true }],
        size: 10,
      },
      { kind: 'spacer', mm: 6 },
      signatures(w, d.signer, meta),
    ],
  };
}

export const examList: DocumentTypeDef<ExamListSnapshot> = {
  code: 'exam-list',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru', 'en'],
  layoutVersion: 1,
  build,
  layout,
};

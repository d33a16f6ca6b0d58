import type { Locale } from '../../contract/common';
import type { DocumentParams } from '../../contract/documents';
import {
  calendarDays,
  codeName,
  dmy,
  letterhead,
  numberLine,
  pickSignatory,
  signatures,
  wordsFor,
} from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import type { DocModel } from './model';
import type { DocumentSource } from './source';

/**
 * Chaqiruv qogʻozi (study-leave summons) for evening, extramural and distance students (DOMAIN §3.5):
 * part 1 calls the student to the session and asks the employer for the paid study leave the law gives;
 * part 2, the tasdiqnoma, is cut off, filled in after the session with the days actually attended, and
 * returned to the employer. Both parts carry the same register number.
 */

/** Education forms the summons is for: evening, extramural, special extramural, distance. */
export const SUMMONS_FORMS = ['12', '13', '14', '16'] as const;

export type LeaveBasis = 'labourCode385' | 'vmq559';

/**
 * The least study leave the employer must grant for one session, in calendar days (DOMAIN §3.5):
 * Labour Code art. 385 — evening 1st–2nd year 20, 3rd year on 30; extramural (and special extramural)
 * 1st–2nd year 30, 3rd year on 40. Distance learners are outside art. 385: VMQ 559 of 03.10.2022,
 * para 22, gives at least 15 days per semester-end assessment. An unknown course counts as a junior
 * one, so the printed minimum is never more than the law gives. Other forms get no summons.
 */
export function studyLeaveDays(
  educationForm: string | null,
  course: number | null,
): { days: number; basis: LeaveBasis } | null {
  const senior = (course ?? 1) >= 3;
  switch (educationForm) {
    case '12':
      return { days: senior ? 30 : 20, basis: 'labourCode385' };
    case '13':
    case '14':
      return { days: senior ? 40 : 30, basis: 'labourCode385' };
    case '16':
      return { days: 15, basis: 'vmq559' };
    default:
      return null;
  }
}

export type SessionKind = NonNullable<DocumentParams['sessionKind']>;

/** `source.extra` of the summons (`src-main/features/documents/sources/summons.ts`). */
export interface SummonsExtra {
  sessionFrom: string | null;
  sessionTo: string | null;
  /** Where the dates came from: typed at the counter, read off the group's timetable, or none (blank lines). */
  datesFrom: 'params' | 'timetable' | null;
  sessionKind: SessionKind;
  employer: string;
}

/** Nothing known: every value a line to fill by hand. */
const NO_SESSION: SummonsExtra = {
  sessionFrom: null,
  sessionTo: null,
  datesFrom: null,
  sessionKind: 'exam',
  employer: '',
};

export interface SummonsSnapshot extends Snapshot {
  institution: string;
  institutionDetails: string;
  employer: string;
  fullName: string;
  faculty: string;
  specialty: string;
  course: string;
  educationForm: string;
  group: string;
  sessionKind: SessionKind;
  sessionFrom: string;
  sessionTo: string;
  calendarDays: string;
  leaveDays: number | null;
  basis: LeaveBasis | null;
  signer: { position: string; fullName: string } | null;
}

const SIGNERS = ['dean', 'vice_rector', 'rector', 'office_head'] as const;

function build(source: DocumentSource, lang: Locale): SummonsSnapshot {
  const s = source.student;
  const x = (source.extra as SummonsExtra | undefined) ?? NO_SESSION;
  const w = wordsFor(lang);
  const leave = studyLeaveDays(s.educationForm, s.course);
  const inst = source.institution;
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    institution: inst.name[lang],
    institutionDetails: [inst.address, inst.phone, inst.email].filter(Boolean).join(' · '),
    employer: x.employer,
    fullName: s.fullName[lang],
    faculty: s.faculty[lang],
    specialty: [s.specialtyCode, s.specialty[lang]].filter(Boolean).join(' – '),
    course: s.course ? w.one('doc.course', { n: s.course }) : '',
    educationForm: codeName(lang, 'educationForm', s.educationForm),
    group: s.group,
    sessionKind: x.sessionKind,
    sessionFrom: x.sessionFrom ? dmy(x.sessionFrom) : '',
    sessionTo: x.sessionTo ? dmy(x.sessionTo) : '',
    calendarDays: x.sessionFrom && x.sessionTo ? String(calendarDays(x.sessionFrom, x.sessionTo)) : '',
    leaveDays: leave?.days ?? null,
    basis: leave?.basis ?? null,
    signer: pickSignatory(source.institution.signatories, SIGNERS),
  };
}

function layout(d: SummonsSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const blankDate = w.one('doc.blankDate');
  const row = (key: string, value: string) => ({ label: w.one(key), value });
  const kind = w.one(`doc.summons.kind.${d.sessionKind}`);
  const basis = d.basis ?? 'labourCode385';
  const number = meta.registerNumber ?? '—';
  return {
    title: `${w.one('doc.summons.title')} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    // A little less at the top and bottom than a letter: both parts must fit on one sheet.
    page: { size: 'A4', orientation: 'portrait', marginsMm: [12, 15, 10, 30] },
    fontSize: 11,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      letterhead(d.institution, meta, d.institutionDetails),
      { kind: 'title', lines: [w.one('doc.summons.title')] },
      numberLine(w, meta),
      { kind: 'paragraph', runs: [{ text: w.one(`doc.summons.request.${basis}`) }], indent: true, spaceAfter: 2 },
      {
        kind: 'fields',
        labelWidth: 0.36,
        rows: [
          row('doc.summons.employer', d.employer || ' '),
          row('doc.field.fullName', d.fullName),
          row('doc.field.faculty', d.faculty),
          row('doc.field.specialty', d.specialty),
          row('doc.field.course', d.course),
          row('doc.field.educationForm', d.educationForm),
          row('doc.field.group', d.group),
          row('doc.summons.sessionKind', kind),
          row(
            'doc.summons.period',
            w.one('doc.summons.periodValue', { from: d.sessionFrom || blankDate, to: d.sessionTo || blankDate }),
          ),
          row('doc.summons.days', d.calendarDays || ' '),
          row(
            'doc.summons.leave',
            d.leaveDays === null ? ' ' : `${w.one('doc.summons.leaveDays', { days: d.leaveDays })}`,
          ),
          row('doc.summons.basis', w.one(`doc.summons.basis.${basis}`)),
        ],
      },
      signatures(w, d.signer, meta),
      { kind: 'cutLine', label: w.one('doc.summons.cut') },
      {
        kind: 'paragraph',
        runs: [{ text: d.institution.toLocaleUpperCase('uz'), bold: true }],
        align: 'center',
        spaceAfter: 1,
      },
      { kind: 'title', lines: [w.one('doc.summons.confirmTitle')] },
      {
        kind: 'numberLine',
        left: w.one('doc.summons.confirmRef', { number }),
        right: `${w.one('doc.issuedOnLabel')}: ${blankDate}`,
      },
      {
        kind: 'paragraph',
        indent: true,
        runs: [
          {
            text: w.one('doc.summons.confirm', {
              name: d.fullName,
              course: d.course,
              form: d.educationForm.toLocaleLowerCase(d.lang),
              group: d.group,
              from: blankDate,
              to: blankDate,
              kind: kind.toLocaleLowerCase(d.lang),
            }),
          },
        ],
      },
      { kind: 'spacer', mm: 4 },
      signatures(w, d.signer, { ...meta, qr: null }),
    ],
  };
}

export const summonsDocument: DocumentTypeDef<SummonsSnapshot> = {
  code: 'summons',
  langs: ['uz-Latn', 'uz-Cyrl', 'ru'],
  layoutVersion: 1,
  build,
  layout,
};

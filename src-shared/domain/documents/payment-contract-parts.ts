import type { Locale } from '../../contract/common';
import type { ContractCalculation, ContractKind, ScheduleLine } from '../../contract/contracts-models';
import { translate } from '../../i18n';
import { formatSom } from '../fees';
import { codeName, dmy, letterhead, numberLine, pickSignatory, wordsFor } from './common-layout';
import type { IssueMeta, Snapshot } from './document-type';
import type { Block } from './model';
import { amountInWords } from './payment-contract-words';
import type { DocumentSource } from './source';

/**
 * What the payment and the re-study contract share: the parties with their requisites, the amount in
 * figures and words, the calculation with its formula and tariff version, the payment schedule and the
 * signatures. The contract's own values come from its row (`source.extra`, read by
 * `src-main/features/documents/sources/contract.ts`); the register number is the contract's number.
 */

/** `source.extra` of both contract types: the frozen contract row as drawn up. */
export interface ContractDocExtra {
  contractId: string;
  kind: ContractKind;
  contractDate: string;
  calculation: ContractCalculation;
  schedule: ScheduleLine[];
  /** The OTM's STIR (profile) and bank requisites (the office's setting), one line each. */
  stir: string;
  bankDetails: string[];
}

export interface ContractSnapshot extends Snapshot {
  contractId: string;
  kind: ContractKind;
  institution: string;
  institutionDetails: string;
  institutionRequisites: string[];
  city: string;
  contractDate: string;
  educationYear: string;
  student: {
    fullName: string;
    pinfl: string;
    passport: string;
    faculty: string;
    specialty: string;
    course: string;
    educationForm: string;
    group: string;
  };
  payer: { name: string; details: string } | null;
  amount: string;
  amountWords: string;
  steps: { label: string; formula: string; after: string }[];
  formula: string;
  tariffLabel: string;
  schedule: { dueDate: string; percent: string; amount: string; cumulative: string }[];
  rector: { position: string; fullName: string } | null;
}

/** Contract texts exist in these; uz-Cyrl falls back to nothing, so it is not offered. */
export const CONTRACT_LANGS: readonly Locale[] = ['uz-Latn', 'ru', 'en'];

/** A calculation step's text when the fee messages have it, else nothing (the formula says it all). */
function stepLabel(lang: Locale, key: string, params: Record<string, string | number>): string {
  const text = translate(lang, key, params);
  return text === key ? '' : text;
}

export function contractExtra(source: DocumentSource): ContractDocExtra {
  const x = source.extra as ContractDocExtra | undefined;
  if (!x) throw new Error('a contract document needs its contract (params.contractId)');
  return x;
}

export function buildContractSnapshot(source: DocumentSource, lang: Locale): ContractSnapshot {
  const x = contractExtra(source);
  const s = source.student;
  const inst = source.institution;
  const c = x.calculation;
  const w = wordsFor(lang);
  return {
    lang,
    holderName: s.fullName[lang],
    studentIdNumber: s.studentIdNumber,
    contractId: x.contractId,
    kind: x.kind,
    institution: inst.name[lang],
    institutionDetails: [inst.address, inst.phone, inst.email].filter(Boolean).join(' · '),
    institutionRequisites: [x.stir ? w.one('doc.contract.stir', { stir: x.stir }) : '', ...x.bankDetails].filter(
      Boolean,
    ),
    city: inst.city,
    contractDate: dmy(x.contractDate),
    educationYear: c.educationYear,
    student: {
      fullName: s.fullName[lang],
      pinfl: s.pinfl,
      passport: s.passport,
      faculty: s.faculty[lang],
      specialty: [s.specialtyCode, s.specialty[lang]].filter(Boolean).join(' – '),
      course: s.course ? w.one('doc.course', { n: s.course }) : '',
      educationForm: codeName(lang, 'educationForm', s.educationForm),
      group: s.group,
    },
    payer: c.payer,
    amount: formatSom(c.amount),
    amountWords: amountInWords(c.amount, lang),
    steps: c.steps.map((st) => ({
      label: stepLabel(lang, st.key, st.params),
      formula: st.formula,
      after: formatSom(st.amountAfter),
    })),
    formula: c.formula,
    tariffLabel: c.tariffLabel,
    schedule: x.schedule.map((i) => ({
      dueDate: dmy(i.dueDate),
      percent: `${i.percent} %`,
      amount: formatSom(i.amount),
      cumulative: formatSom(i.cumulativeAmount),
    })),
    rector: pickSignatory(inst.signatories, ['rector', 'vice_rector']),
  };
}

type Words = ReturnType<typeof wordsFor>;

export const para = (text: string, bold = false): Block => ({
  kind: 'paragraph',
  runs: [{ text, bold }],
  align: 'justify',
  spaceAfter: 1,
});
export const heading = (text: string): Block => ({
  kind: 'paragraph',
  runs: [{ text, bold: true }],
  align: 'center',
  spaceAfter: 1,
});

/** Title, number and date, the parties' preamble. */
export function contractHead(d: ContractSnapshot, meta: IssueMeta, title: string): Block[] {
  const w = wordsFor(d.lang);
  const parties = d.payer
    ? w.one('doc.contract.partiesThree', {
        institution: d.institution,
        student: d.student.fullName,
        payer: d.payer.name,
      })
    : w.one('doc.contract.partiesTwo', { institution: d.institution, student: d.student.fullName });
  return [
    letterhead(d.institution, meta, d.institutionDetails),
    { kind: 'title', lines: [`${title} ${w.one('doc.number', { number: meta.registerNumber ?? '—' })}`] },
    {
      kind: 'numberLine',
      left: d.city,
      right: d.contractDate,
    },
    para(parties),
  ];
}

/** The amount in figures and words, the calculation table, the formula and the tariff version. */
export function amountBlocks(d: ContractSnapshot, w: Words): Block[] {
  return [
    para(w.one('doc.contract.amount', { amount: d.amount, words: d.amountWords }), true),
    {
      kind: 'table',
      size: 9,
      columns: [
        { title: '№', width: 0.06, align: 'center' },
        { title: w.one('doc.contract.col.step'), width: 0.4 },
        { title: w.one('doc.contract.col.formula'), width: 0.34 },
        { title: w.one('doc.contract.col.after'), width: 0.2, align: 'right' },
      ],
      rows: d.steps.map((st, i) => ({ cells: [String(i + 1), st.label, st.formula, st.after] })),
    },
    para(w.one('doc.contract.formula', { formula: d.formula })),
    para(w.one('doc.contract.tariff', { version: d.tariffLabel })),
  ];
}

export function scheduleBlocks(d: ContractSnapshot, w: Words): Block[] {
  return [
    {
      kind: 'table',
      size: 9,
      columns: [
        { title: '№', width: 0.06, align: 'center' },
        { title: w.one('doc.contract.col.dueDate'), width: 0.24 },
        { title: w.one('doc.contract.col.percent'), width: 0.18, align: 'center' },
        { title: w.one('doc.contract.col.instalment'), width: 0.26, align: 'right' },
        { title: w.one('doc.contract.col.cumulative'), width: 0.26, align: 'right' },
      ],
      rows: d.schedule.map((i, n) => ({ cells: [String(n + 1), i.dueDate, i.percent, i.amount, i.cumulative] })),
    },
  ];
}

/** Requisites of each party and the signatures (rector, student, payer), the stamp and the QR. */
export function requisitesBlocks(d: ContractSnapshot, meta: IssueMeta, w: Words): Block[] {
  const rows = [
    {
      label: w.one('doc.contract.party.institution'),
      value: [d.institution, d.institutionDetails, ...d.institutionRequisites].filter(Boolean).join('; '),
    },
    {
      label: w.one('doc.contract.party.student'),
      value: [
        d.student.fullName,
        d.student.pinfl ? `${w.one('doc.field.pinfl')}: ${d.student.pinfl}` : '',
        d.student.passport ? `${w.one('doc.contract.passport')}: ${d.student.passport}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    },
  ];
  if (d.payer)
    rows.push({
      label: w.one('doc.contract.party.payer'),
      value: [d.payer.name, d.payer.details].filter(Boolean).join('; '),
    });
  return [
    heading(w.one('doc.contract.section.requisites')),
    { kind: 'fields', labelWidth: 0.3, rows },
    { kind: 'spacer', mm: 4 },
    {
      kind: 'signatures',
      rows: [
        { position: d.rector?.position ?? w.one('doc.contract.party.institution'), name: d.rector?.fullName ?? '' },
        { position: w.one('doc.contract.party.student'), name: d.student.fullName },
        ...(d.payer ? [{ position: w.one('doc.contract.party.payer'), name: d.payer.name }] : []),
      ],
      stamp: w.one('doc.stamp'),
      qr: meta.qr ?? undefined,
    },
    numberLine(w, meta),
  ];
}

/** The student's study details, as the subject of the contract names them. */
export function studentFields(d: ContractSnapshot, w: Words): Block {
  return {
    kind: 'fields',
    labelWidth: 0.35,
    rows: [
      { label: w.one('doc.field.fullName'), value: d.student.fullName },
      { label: w.one('doc.field.faculty'), value: d.student.faculty },
      { label: w.one('doc.field.specialty'), value: d.student.specialty },
      { label: w.one('doc.field.educationForm'), value: d.student.educationForm },
      { label: w.one('doc.field.course'), value: d.student.course },
      { label: w.one('doc.field.group'), value: d.student.group },
    ],
  };
}

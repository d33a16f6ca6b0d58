import type { ChannelParsedInput, Locale } from '../../../src-shared/contract';
import type { ScholarshipPreview } from '../../../src-shared/contract/scholarships-models';
import { rateName, reasonLabel, reasonText } from '../../../src-shared/domain/scholarships-text';
import { translate } from '../../../src-shared/i18n';
import type { Sqlite } from '../../db/connection';
import { writeXlsx, type XlsxColumn, type XlsxSheet } from '../exports/xlsx';
import type { ScholarshipRules } from '../../../src-shared/domain/scholarships';
import { scholarshipPreview } from './preview';

type Row = ScholarshipPreview['included'][number] | ScholarshipPreview['excluded'][number];

function studentColumns(t: (key: string) => string): XlsxColumn[] {
  return [
    { key: 'n', header: '№', width: 6 },
    { key: 'fullName', header: t('scholarships.col.student'), width: 36 },
    { key: 'studentIdNumber', header: t('scholarships.col.idNumber'), width: 16 },
    { key: 'departmentName', header: t('scholarships.col.faculty'), width: 30 },
    { key: 'course', header: t('scholarships.col.course'), width: 8 },
    { key: 'groupName', header: t('scholarships.col.group'), width: 14 },
    { key: 'grades', header: t('scholarships.col.grades'), width: 18 },
  ];
}

const studentCells = (s: Row, i: number) => ({
  n: i + 1,
  fullName: s.fullName,
  studentIdNumber: s.studentIdNumber ?? '',
  departmentName: s.departmentName ?? '',
  course: s.course,
  groupName: s.groupName ?? '',
  grades: s.grades.map((g) => g ?? '—').join(' '),
});

/** The list in the asked language: included with rate and amount, excluded with every reason, the totals. */
export function scholarshipSheets(preview: ScholarshipPreview, locale: Locale): XlsxSheet[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const tOr = (key: string, fallback: string) => {
    const text = translate(locale, key);
    return text === key ? fallback : text;
  };
  const included: XlsxSheet = {
    name: t('scholarships.sheet.included'),
    columns: [
      ...studentColumns(t),
      { key: 'rate', header: t('scholarships.col.rate'), width: 22 },
      { key: 'amount', header: t('scholarships.col.amount'), width: 14 },
    ],
    rows: [
      ...preview.included.map((s, i) => ({ ...studentCells(s, i), rate: rateName(tOr, s.rate), amount: s.amount })),
      { fullName: t('scholarships.total'), amount: preview.totals.amount },
    ],
  };
  const excluded: XlsxSheet = {
    name: t('scholarships.sheet.excluded'),
    columns: [...studentColumns(t), { key: 'reasons', header: t('scholarships.col.reasons'), width: 60 }],
    rows: preview.excluded.map((s, i) => ({
      ...studentCells(s, i),
      reasons: s.reasons.map((r) => reasonText(t, tOr, r)).join('; '),
    })),
  };
  const totals: XlsxSheet = {
    name: t('scholarships.sheet.totals'),
    columns: [
      { key: 'label', header: t('scholarships.col.what'), width: 44 },
      { key: 'count', header: t('scholarships.col.count'), width: 10 },
      { key: 'amount', header: t('scholarships.col.amount'), width: 16 },
    ],
    rows: [
      ...preview.totals.byRate.map((r) => ({ label: rateName(tOr, r.rate), count: r.count, amount: r.amount })),
      { label: t('scholarships.totals.included'), count: preview.totals.included, amount: preview.totals.amount },
      { label: t('scholarships.totals.excluded'), count: preview.totals.excluded },
      ...preview.totals.byReason.map((r) => ({ label: reasonLabel(t, r.key), count: r.count })),
    ],
  };
  return [included, excluded, totals];
}

export async function exportScholarships(
  db: Sqlite,
  input: ChannelParsedInput<'scholarships.export'>,
  rules: ScholarshipRules,
): Promise<{ fileName: string; mimeType: string; data: string }> {
  const preview = scholarshipPreview(db, input, rules);
  const data = await writeXlsx(scholarshipSheets(preview, input.lang));
  return {
    fileName: `stipendiya_${input.educationYear}-${input.half}${input.course ? `_${input.course}-kurs` : ''}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: data.toString('base64'),
  };
}

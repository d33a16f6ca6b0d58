import { describe, expect, it } from 'vitest';
import { calendarDays, num, pair, semesterNumber, yearName } from './common-layout';
import type { IssueMeta } from './document-type';
import type { Block } from './model';
import { modelText, sampleSource } from './sample-source';
import { letterScale, transcriptDocument, type TranscriptExtra, type TranscriptRecord } from './transcript';

const names = (uz: string, en = '') => ({ 'uz-Latn': uz, 'uz-Cyrl': uz, ru: uz, en: en || uz });
const rec = (
  uz: string,
  credit: number,
  hours: number | null,
  score: number | null,
  grade: number | null,
  letter: string | null,
  en = '',
): TranscriptRecord => ({
  subject: names(uz, en),
  credit,
  hours,
  totalPoint: score,
  grade,
  letter,
});

const EXTRA: TranscriptExtra = {
  markingSystem: '13',
  gpaLimit: 2.4,
  semesters: [
    {
      semester: '11',
      educationYear: '2024',
      credits: 12,
      gpa: 4.7,
      rows: [
        rec('Oliy matematika', 6, 180, 92, 5, 'A+', 'Higher Mathematics'),
        rec('Fizika', 4, 120, 88, 4, 'A'),
        rec('Kurs ishi', 2, null, 95, 5, 'A+'),
      ],
    },
    { semester: '12', educationYear: '2024', credits: 5, gpa: 2, rows: [rec('Tarix', 5, 150, null, null, null)] },
  ],
  years: [{ educationYear: '2024', gpa: 4.1, creditSum: 17 }],
  overall: { gpa: 4.1, creditSum: 17 },
  creditsEarned: 12,
};

const PREVIEW: IssueMeta = { registerNumber: null, issuedOn: '2026-11-28', qr: null, logo: '' };
const ISSUED: IssueMeta = {
  registerNumber: 'T-7/2026',
  issuedOn: '2026-11-28',
  qr: { content: 'RG1.x.y', caption: 'QR', sizeMm: 28 },
  logo: '',
};

describe('common layout helpers', () => {
  it.each([
    [4.5, '.', 1, '4.5'],
    [4.5, ',', 1, '4,5'],
    [6, ',', 2, '6'],
    [4.47, '.', 1, '4.5'],
    [null, '.', 1, '—'],
    [Number.NaN, ',', 2, '—'],
  ] as const)('num(%s, %s, %s) = %s', (value, mark, digits, out) => {
    expect(num(value, mark, digits)).toBe(out);
  });

  it.each([
    ['11', 1],
    ['18', 8],
    ['3', 3],
  ])('semester %s is number %i', (code, n) => expect(semesterNumber(code)).toBe(n));

  it.each([
    ['2024', '2024-2025'],
    ['2024-2025', '2024-2025'],
  ])('year %s is %s', (code, name) => expect(yearName(code)).toBe(name));

  it.each([
    ['Iqtisodiyot', 'Economics', 'Iqtisodiyot / Economics'],
    ['Fizika', 'Fizika', 'Fizika'],
    ['Fizika', '', 'Fizika'],
    ['', 'Physics', 'Physics'],
  ])('pair(%s, %s) = %s', (a, b, out) => expect(pair(a, b)).toBe(out));

  it.each([
    ['2027-01-10', '2027-01-10', 1],
    ['2027-01-10', '2027-02-08', 30],
    ['2027-02-25', '2027-03-01', 5],
    ['2028-02-25', '2028-03-01', 6],
  ])('%s … %s is %i calendar days', (from, to, days) => expect(calendarDays(from, to)).toBe(days));
});

describe('transcript (DOMAIN §3.2)', () => {
  it('prints the comparison table of DOMAIN §2.2 read off the grading functions (A+ from 91, not the view typo)', () => {
    expect(letterScale()).toEqual([
      { letter: 'A+', five: '4.51–5.00', hundred: '91–100' },
      { letter: 'A', five: '4.26–4.50', hundred: '86–90' },
      { letter: 'B+', five: '4.01–4.25', hundred: '81–85' },
      { letter: 'B', five: '3.51–4.00', hundred: '71–80' },
      { letter: 'C+', five: '3.26–3.50', hundred: '66–70' },
      { letter: 'C', five: '3.00–3.25', hundred: '60–65' },
    ]);
  });

  it('numbers the results through all semesters and prints the loader figures as they are', () => {
    const d = transcriptDocument.build(sampleSource({}, EXTRA), 'en');
    expect(d.second).toBeNull();
    expect(d.semesters.map((s) => s.title)).toEqual([
      'Semester 1 (2024-2025 academic year)',
      'Semester 2 (2024-2025 academic year)',
    ]);
    expect(d.semesters[0]!.rows.map((r) => [r.no, r.subject, r.hours, r.credit, r.score, r.grade, r.letter])).toEqual([
      ['1', 'Higher Mathematics', '180', '6', '92', '5', 'A+'],
      ['2', 'Fizika', '120', '4', '88', '4', 'A'],
      ['3', 'Kurs ishi', '—', '2', '95', '5', 'A+'],
    ]);
    // A result not sat: no score, no grade, no letter — dashes, never a guess.
    expect(d.semesters[1]!.rows[0]).toMatchObject({ no: '4', score: '—', grade: '—', letter: '—' });
    expect([d.semesters[0]!.hours, d.semesters[0]!.credits, d.semesters[0]!.gpa]).toEqual(['300', '12', '4.7']);
    expect([d.totalHours, d.totalCredits, d.creditsEarned, d.gpa]).toEqual(['450', '17', '12', '4.1']);
    expect(d.years).toEqual([{ year: '2024-2025', gpa: '4.1' }]);
    expect(d.signer?.fullName).toBe('A. Karimov');
  });

  it.each([
    ['uz-Latn', 'AKADEMIK MAʼLUMOTNOMA', 'Oliy matematika / Higher Mathematics', 'Bakalavriat / Bachelor'],
    ['uz-Cyrl', 'АКАДЕМИК МАЪЛУМОТНОМА', 'Oliy matematika / Higher Mathematics', 'Бакалавриат / Bachelor'],
    ['ru', 'АКАДЕМИЧЕСКАЯ СПРАВКА', 'Oliy matematika / Higher Mathematics', 'Бакалавриат / Bachelor'],
  ] as const)('%s is bilingual with English: title, values, labels', (lang, title, subject, degree) => {
    const d = transcriptDocument.build(sampleSource({}, EXTRA), lang);
    expect(d.second).toBe('en');
    expect(d.semesters[0]!.rows[0]!.subject).toBe(subject);
    expect(d.degree).toBe(degree);
    const text = modelText(transcriptDocument.layout(d, ISSUED));
    expect(text).toContain(title);
    expect(text).toContain('TRANSCRIPT OF ACADEMIC RECORDS');
    expect(text).toContain('FERGANA STATE UNIVERSITY');
    expect(text.some((t) => t.endsWith(' / Credits earned'))).toBe(true);
  });

  it('lays out one table with semester headings, totals per semester, the scale and the dean', () => {
    const model = transcriptDocument.layout(transcriptDocument.build(sampleSource({}, EXTRA), 'uz-Latn'), ISSUED);
    const tables = model.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables).toHaveLength(2);
    const results = tables[0]!;
    expect(results.columns.map((c) => c.width).reduce((a, w) => a + w, 0)).toBeCloseTo(1, 6);
    expect(results.rows.map((r) => ('group' in r ? 'group' : r.bold ? 'total' : 'row'))).toEqual([
      'group',
      'row',
      'row',
      'row',
      'total',
      'group',
      'row',
      'total',
    ]);
    expect(results.rows[4]).toMatchObject({ cells: expect.arrayContaining(['GPA 4.7']) });
    expect(tables[1]!.columns.map((c) => c.title).slice(1)).toEqual(['A+', 'A', 'B+', 'B', 'C+', 'C']);
    const text = modelText(model);
    expect(text).toContain('T-7/2026');
    expect(text).toContain('Iqtisodiyot fakulteti dekani');
    expect(model.watermark).toBeUndefined();
    const sign = model.blocks.at(-1);
    expect(sign?.kind === 'signatures' && sign.qr?.content).toBe('RG1.x.y');
  });

  it('a preview is watermarked and has a dash for the number; no results says so', () => {
    const empty = { ...EXTRA, semesters: [], years: [], overall: { gpa: null, creditSum: 0 }, creditsEarned: 0 };
    const model = transcriptDocument.layout(transcriptDocument.build(sampleSource({}, empty), 'en'), PREVIEW);
    expect(model.watermark).toBe('DRAFT');
    const text = modelText(model);
    expect(text).toContain('No results recorded');
    expect(text).toContain('Cumulative GPA (all years)');
  });
});

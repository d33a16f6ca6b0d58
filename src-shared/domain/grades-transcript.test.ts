import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKING_SYSTEMS as MS } from './grading';
import { buildTranscript, type ResultRow } from './grades-transcript';

const row = (
  semester: string,
  educationYear: string,
  credit: number,
  totalPoint: number | null,
  grade: number | null,
  ratingGrade = '11',
  markingSystem = '13',
): ResultRow & { name: string } => ({
  name: `${semester}-${credit}-${String(grade)}`,
  semester,
  educationYear,
  credit,
  totalPoint,
  grade,
  ratingGrade,
  markingSystem,
});

const systemOf = (code: string) => MS[code as '11' | '12' | '13'];

describe('a transcript (DOMAIN §2.2–2.3)', () => {
  const rows = [
    row('12', '2024', 6, 92, 5),
    row('11', '2024', 6, 75, 4),
    row('11', '2024', 4, 41, 2),
    row('13', '2025', 5, 64, 3),
    row('13', '2025', 3, null, null),
    row('14', '2025', 10, 95, 5, '13'), // a state exam: on the transcript, not in the GPA
  ];
  const t = buildTranscript(rows, MS['13'], systemOf);

  it('orders semesters and marks letters, debts and earned credits', () => {
    expect(t.semesters.map((s) => s.semester)).toEqual(['11', '12', '13', '14']);
    expect(t.semesters[0]?.rows.map((r) => [r.letter, r.debt, r.earned])).toEqual([
      ['B', false, true],
      [null, true, false],
    ]);
    expect(t.semesters[0]?.credits).toBe(10);
    // (6×4 + 4×2) / 10 = 3.2
    expect(t.semesters[0]?.gpa).toBe(3.2);
  });

  it.each([
    // 2024: (6×5 + 6×4 + 4×2) / 16 = 3.875 → 3.9
    ['2024', 3.9, 16, 1],
    // 2025: (5×3 + 3×2) / 8 = 2.625 → 2.6; the missed exam counts as 2
    ['2025', 2.6, 8, 1],
  ] as const)('one-year GPA of %s is %s over %s credits with %s debt', (year, gpa, credits, debts) => {
    expect(t.years.find((y) => y.educationYear === year)).toMatchObject({
      gpa,
      creditSum: credits,
      debtSubjects: debts,
    });
  });

  it('all-years GPA, earned credits and debts with their credits', () => {
    // (30 + 24 + 8 + 15 + 6) / 24 = 3.458… → 3.5
    expect(t.overall).toMatchObject({ gpa: 3.5, creditSum: 24, subjects: 5, debtSubjects: 2, canTransfer: true });
    expect(t.creditsEarned).toBe(6 + 6 + 5 + 10);
    expect(t.debts.map((d) => d.credit)).toEqual([4, 3]);
    expect(t.debtCredits).toBe(7);
  });

  it('judges each result by its own marking system (a transfer student’s 100-point results)', () => {
    const mixed = buildTranscript(
      [row('11', '2024', 4, 56, 3, '11', '11'), row('12', '2024', 4, 58, 2)],
      MS['13'],
      systemOf,
    );
    expect(mixed.semesters.map((s) => s.rows[0]?.debt)).toEqual([false, true]);
  });

  it('an empty record gives an empty transcript', () => {
    expect(buildTranscript([], MS['13'], systemOf)).toMatchObject({
      semesters: [],
      years: [],
      overall: { gpa: null, creditSum: 0 },
      creditsEarned: 0,
      debtCredits: 0,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeGpa,
  debtLimit,
  DEFAULT_MARKING_SYSTEMS as MS,
  gradeOf,
  letterOf,
  roundHalfUp,
  type AcademicResult,
  type MarkingSystem,
} from './grading';

describe('grades by marking system (DOMAIN §2.1)', () => {
  it.each([
    ['11', 100, 5],
    ['11', 86, 5],
    ['11', 85, 4],
    ['11', 71, 4],
    ['11', 70, 3],
    ['11', 55, 3],
    ['11', 54, 2],
    ['11', 85.5, 5],
    ['13', 90, 5],
    ['13', 89, 4],
    ['13', 70, 4],
    ['13', 69, 3],
    ['13', 60, 3],
    ['13', 59, 2],
    ['13', 0, 2],
    ['12', 5, 5],
    ['12', 4.5, 5],
    ['12', 4.4, 4],
    ['12', 3.5, 4],
    ['12', 3.4, 3],
    ['12', 2.5, 3],
    ['12', 2.4, 2],
    ['12', 4.45, 5],
    ['13', 101, null],
    ['13', -1, null],
  ] as const)('system %s, score %s → %s', (code, score, grade) => {
    expect(gradeOf(score, MS[code])).toBe(grade);
  });

  it('uses the OTM’s own borders when they are edited', () => {
    const strict: MarkingSystem = {
      ...MS['13'],
      borders: MS['13'].borders.map((b) => (b.grade === 5 ? { ...b, min: 92 } : b.grade === 4 ? { ...b, max: 91 } : b)),
    };
    expect(gradeOf(91, strict)).toBe(4);
    expect(gradeOf(91, MS['13'])).toBe(5);
  });
});

describe('HEMIS letter scale (DOMAIN §2.2)', () => {
  it.each([
    [100, 'A+'],
    [91, 'A+'],
    [90, 'A'],
    [86, 'A'],
    [85, 'B+'],
    [81, 'B+'],
    [80, 'B'],
    [71, 'B'],
    [70, 'C+'],
    [66, 'C+'],
    [65, 'C'],
    [60, 'C'],
    [59, null],
  ] as const)('%s → %s', (score, letter) => {
    expect(letterOf(score)).toBe(letter);
  });
});

const r = (credit: number, grade: 2 | 3 | 4 | 5, ratingGrade = '11', educationYear = '2025'): AcademicResult => ({
  credit,
  grade,
  ratingGrade,
  educationYear,
});

describe('GPA, debts, promotion (DOMAIN §2.3)', () => {
  it.each([
    // Σ credit×grade / Σ credit, rounded to one decimal, half up.
    ['all fives', [r(6, 5), r(4, 5)], 5.0],
    ['(6×5 + 4×4) / 10 = 4.6', [r(6, 5), r(4, 4)], 4.6],
    ['(5×4 + 5×3 + 4×5) / 14 = 3.928… → 3.9', [r(5, 4), r(5, 3), r(4, 5)], 3.9],
    ['(3×4 + 3×3) / 6 = 3.5 (half stays)', [r(3, 4), r(3, 3)], 3.5],
    ['(1×3 + 1×2 + 2×3)/4 = 2.75 → 2.8 (half up)', [r(1, 3), r(1, 2), r(2, 3)], 2.8],
    [
      'course work (12) and practice (14) count; state exam (13) and thesis (15) do not',
      [r(4, 5, '12'), r(2, 3, '14'), r(10, 2, '13'), r(12, 2, '15')],
      4.3,
    ],
    ['no counted subjects', [r(5, 5, '13')], null],
  ] as const)('%s', (_name, results, gpa) => {
    expect(computeGpa(results, MS['13'], { kind: 'all_year' }).gpa).toBe(gpa);
  });

  it('one-year GPA uses only that year; all-years uses everything', () => {
    const results = [r(6, 5, '11', '2024'), r(6, 3, '11', '2025')];
    expect(computeGpa(results, MS['13'], { kind: 'one_year', educationYear: '2025' }).gpa).toBe(3);
    expect(computeGpa(results, MS['13'], { kind: 'all_year' }).gpa).toBe(4);
  });

  it('credit system: promotion by the GPA pass line, debts are the grades below it', () => {
    const results = [r(6, 2), r(6, 3), r(6, 3)];
    const summary = computeGpa(results, MS['13'], { kind: 'all_year' });
    expect(summary).toMatchObject({ gpa: 2.7, creditSum: 18, subjects: 3, debtSubjects: 1, canTransfer: true });
    const strict = { ...MS['13'], gpaLimit: 3.0 };
    expect(computeGpa(results, strict, { kind: 'all_year' }).canTransfer).toBe(false);
    expect(computeGpa([r(6, 2), r(6, 2), r(6, 3)], MS['13'], { kind: 'all_year' })).toMatchObject({
      gpa: 2.3,
      canTransfer: false,
    });
  });

  it('100- and 5-point systems: promotion only without debt subjects', () => {
    expect(computeGpa([r(4, 5), r(4, 2)], MS['11'], { kind: 'all_year' })).toMatchObject({
      debtSubjects: 1,
      canTransfer: false,
    });
    expect(computeGpa([r(4, 5), r(4, 3)], MS['12'], { kind: 'all_year' })).toMatchObject({
      debtSubjects: 0,
      canTransfer: true,
    });
    expect(debtLimit(MS['11'])).toBe(3);
    expect(debtLimit(MS['12'])).toBe(3);
    expect(debtLimit(MS['13'])).toBe(2.4);
  });

  it('rounds half away from zero like PHP', () => {
    expect(roundHalfUp(2.45, 1)).toBe(2.5);
    expect(roundHalfUp(2.44999, 1)).toBe(2.4);
    expect(roundHalfUp(3.95, 1)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeGpa,
  countedGrade,
  creditEarned,
  debtLimit,
  DEFAULT_MARKING_SYSTEMS as MS,
  gradeOf,
  isDebt,
  letterFor,
  letterOf,
  markingSystemOf,
  parseBorders,
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

describe('border edge cases: a score rounds before it meets a border', () => {
  it.each([
    ['13', 59.4, 2],
    ['13', 59.5, 3],
    ['13', 89.49, 4],
    ['13', 89.5, 5],
    ['11', 54.49, 2],
    ['11', 54.5, 3],
    ['11', 70.5, 4],
    ['12', 2.44, 2],
    ['12', 2.45, 3],
    ['12', 3.45, 4],
  ] as const)('system %s, score %s → %s', (code, score, grade) => {
    expect(gradeOf(score, MS[code])).toBe(grade);
  });
});

describe('letters by marking system (DOMAIN §2.2)', () => {
  it.each([
    ['13', 95, 'A+'],
    ['13', 90.4, 'A'],
    ['13', 59.4, null],
    ['11', 66, 'C+'],
    ['12', 4.6, 'A+'],
    ['12', 4.5, 'A'],
    ['12', 4.26, 'A'],
    ['12', 4.25, 'B+'],
    ['12', 3.6, 'B'],
    ['12', 3.3, 'C+'],
    ['12', 3.0, 'C'],
    ['12', 2.9, null],
    ['13', null, null],
  ] as const)('system %s, score %s → %s', (code, score, letter) => {
    expect(letterFor(score, MS[code])).toBe(letter);
  });
});

describe('debts and earned credits per marking system (DOMAIN §2.3–2.4)', () => {
  const strict5: MarkingSystem = {
    ...MS['12'],
    borders: MS['12'].borders.map((b) => (b.grade === 3 ? { ...b, min: 3.5 } : b)),
  };
  it.each([
    ['credit system: 2 is a debt', MS['13'], 2, true],
    ['credit system: 3 is not', MS['13'], 3, false],
    ['credit system with pass line 3.0: 3 is not', { ...MS['13'], gpaLimit: 3 }, 3, false],
    ['100-point: 2 is a debt', MS['11'], 2, true],
    ['100-point: 3 is not', MS['11'], 3, false],
    ['5-point: 2 is a debt', MS['12'], 2, true],
    ['5-point with the 3 border moved to 3.5 (rounds to 4): 3 is a debt', strict5, 3, true],
    ['did not sit is a debt', MS['13'], null, true],
  ] as const)('%s', (_name, system, grade, debt) => {
    expect(isDebt(grade, system)).toBe(debt);
  });

  it.each([
    // HEMIS sends finish_credit_status=true with grade 2: recomputed, the credit is not earned.
    ['grade 2, however HEMIS flags it', 2, 40, false],
    ['grade 3', 3, 62, true],
    ['score only, passing', null, 75, true],
    ['score only, failing', null, 41, false],
    ['nothing (did not sit)', null, null, false],
  ] as const)('credit earned: %s', (_name, grade, score, earned) => {
    expect(creditEarned(grade, score, MS['13'])).toBe(earned);
  });

  it('a missed final control counts as 2 in the GPA', () => {
    expect(countedGrade(null)).toBe(2);
    expect(countedGrade(4)).toBe(4);
  });
});

describe('marking systems as data', () => {
  it('uses the institution’s own borders and pass line when it has them, else HEMIS’s', () => {
    const own = { minimumLimit: 65, gpaLimit: 2.8, borders: MS['13'].borders };
    expect(markingSystemOf('13', own)).toMatchObject({ code: '13', minimumLimit: 65, gpaLimit: 2.8 });
    expect(markingSystemOf('11')).toBe(MS['11']);
    expect(markingSystemOf('99').code).toBe('13');
  });

  it('reads stored borders, rejecting incomplete or malformed ones', () => {
    const json = JSON.stringify([...MS['11'].borders].reverse());
    expect(parseBorders(json, MS['13'].borders)).toEqual(MS['11'].borders);
    expect(parseBorders('[{"grade":5,"min":90,"max":100}]', MS['13'].borders)).toBe(MS['13'].borders);
    expect(parseBorders('not json', MS['13'].borders)).toBe(MS['13'].borders);
    expect(
      parseBorders(
        '[{"grade":5,"min":99,"max":90},{"grade":4,"min":1,"max":2},{"grade":3,"min":1,"max":2},{"grade":2,"min":0,"max":1}]',
        MS['13'].borders,
      ),
    ).toBe(MS['13'].borders);
  });
});

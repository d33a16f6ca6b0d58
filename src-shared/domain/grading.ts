/**
 * Marking systems, grades, the HEMIS letter scale, GPA and academic debts (DOMAIN §2.1–2.3).
 * Borders are data (each OTM may edit them), passed in; the defaults are HEMIS's own.
 */
export type Grade = 2 | 3 | 4 | 5;
export type MarkingSystemCode = '11' | '12' | '13';

export interface GradeBorder {
  grade: Grade;
  /** Inclusive lower and upper bound of the score (100-point, or the 5-point average for system 12). */
  min: number;
  max: number;
}

export interface MarkingSystem {
  code: MarkingSystemCode;
  /** Lowest passing score (55 in system 11, 60 in system 13; none in the 5-point system). */
  minimumLimit: number | null;
  /** GPA pass line of the credit system: 2.4–3.0, fixed by the OTM (NIZOM-824 cl. 42). */
  gpaLimit: number;
  borders: GradeBorder[];
}

export const DEFAULT_MARKING_SYSTEMS: Record<MarkingSystemCode, MarkingSystem> = {
  '11': {
    code: '11',
    minimumLimit: 55,
    gpaLimit: 2.4,
    borders: [
      { grade: 5, min: 86, max: 100 },
      { grade: 4, min: 71, max: 85 },
      { grade: 3, min: 55, max: 70 },
      { grade: 2, min: 0, max: 54 },
    ],
  },
  '12': {
    code: '12',
    minimumLimit: null,
    gpaLimit: 2.4,
    borders: [
      { grade: 5, min: 4.5, max: 5 },
      { grade: 4, min: 3.5, max: 4.4 },
      { grade: 3, min: 2.5, max: 3.4 },
      { grade: 2, min: 0, max: 2.4 },
    ],
  },
  '13': {
    code: '13',
    minimumLimit: 60,
    gpaLimit: 2.4,
    borders: [
      { grade: 5, min: 90, max: 100 },
      { grade: 4, min: 70, max: 89 },
      { grade: 3, min: 60, max: 69 },
      { grade: 2, min: 0, max: 59 },
    ],
  },
};

/** Half away from zero, as PHP's round() that HEMIS uses; the epsilon absorbs binary fractions (2.45). */
export function roundHalfUp(value: number, digits: number): number {
  const f = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/**
 * The 5-point grade of a score. Scores between two borders (an 85.5 in system 11, a 4.45 in the
 * 5-point system) take the border they round to, so a grade never falls into a gap.
 */
export function gradeOf(score: number, system: MarkingSystem): Grade | null {
  if (!Number.isFinite(score)) return null;
  const digits = system.code === '12' ? 1 : 0;
  const s = roundHalfUp(score, digits);
  const border = system.borders.find((b) => s >= b.min && s <= b.max);
  return border ? border.grade : null;
}

/** HEMIS's transcript comparison table (DOMAIN §2.2; 91–100 for A+, the model's value, not the view's typo). */
const LETTERS: { letter: string; min: number; max: number; fiveMin: number; fiveMax: number }[] = [
  { letter: 'A+', min: 91, max: 100, fiveMin: 4.51, fiveMax: 5.0 },
  { letter: 'A', min: 86, max: 90, fiveMin: 4.26, fiveMax: 4.5 },
  { letter: 'B+', min: 81, max: 85, fiveMin: 4.01, fiveMax: 4.25 },
  { letter: 'B', min: 71, max: 80, fiveMin: 3.51, fiveMax: 4.0 },
  { letter: 'C+', min: 66, max: 70, fiveMin: 3.26, fiveMax: 3.5 },
  { letter: 'C', min: 60, max: 65, fiveMin: 3.0, fiveMax: 3.25 },
];

/** Letter of a 100-point score on the HEMIS scale; null below 60 (no passing letter). */
export function letterOf(score100: number): string | null {
  const s = roundHalfUp(score100, 0);
  return LETTERS.find((l) => s >= l.min && s <= l.max)?.letter ?? null;
}

/** Rating-grade types counted in the GPA: Fan (11), Fan-yakuniy (16), Kurs ishi (12), Malakaviy amaliyot (14). */
export const GPA_RATING_GRADES = new Set(['11', '12', '14', '16']);

export interface AcademicResult {
  credit: number;
  grade: Grade;
  /** `h_rating_grade` code of the curriculum subject. */
  ratingGrade: string;
  /** Academic year code, for the one-year method. */
  educationYear: string;
}

export interface GpaSummary {
  gpa: number | null;
  creditSum: number;
  subjects: number;
  debtSubjects: number;
  canTransfer: boolean;
}

/** The grade below which a subject is an academic debt (DOMAIN §2.3). */
export function debtLimit(system: MarkingSystem): number {
  if (system.code === '13') return system.gpaLimit;
  if (system.code === '12') {
    const three = system.borders.find((b) => b.grade === 3);
    return three ? roundHalfUp(three.min, 0) : 3;
  }
  return 3;
}

/**
 * GPA exactly as HEMIS computes it: round(Σ credit × grade / Σ credit, 1) over the counted subjects of
 * one academic year (`one_year`) or all of them (`all_year`). `canTransfer` (promotion to the next
 * course): credit system GPA ≥ pass line; other systems no debt subject.
 */
export function computeGpa(
  results: readonly AcademicResult[],
  system: MarkingSystem,
  method: { kind: 'one_year'; educationYear: string } | { kind: 'all_year' },
): GpaSummary {
  const counted = results.filter(
    (r) =>
      GPA_RATING_GRADES.has(r.ratingGrade) &&
      r.credit > 0 &&
      (method.kind === 'all_year' || r.educationYear === method.educationYear),
  );
  const creditSum = counted.reduce((s, r) => s + r.credit, 0);
  const weighted = counted.reduce((s, r) => s + r.credit * r.grade, 0);
  const gpa = creditSum > 0 ? roundHalfUp(weighted / creditSum, 1) : null;
  const limit = debtLimit(system);
  const debtSubjects = counted.filter((r) => r.grade < limit).length;
  const canTransfer = system.code === '13' ? gpa !== null && gpa >= system.gpaLimit : debtSubjects === 0;
  return { gpa, creditSum, subjects: counted.length, debtSubjects, canTransfer };
}

/** The marking system of a code: the institution's own row when it has one, else HEMIS's defaults. */
export function markingSystemOf(
  code: string,
  own?: { minimumLimit: number | null; gpaLimit: number; borders: GradeBorder[] } | null,
): MarkingSystem {
  const base = DEFAULT_MARKING_SYSTEMS[(code in DEFAULT_MARKING_SYSTEMS ? code : '13') as MarkingSystemCode];
  return own ? { code: base.code, minimumLimit: own.minimumLimit, gpaLimit: own.gpaLimit, borders: own.borders } : base;
}

/**
 * The letter a transcript prints (DOMAIN §2.2). The 5-point system compares its average with the
 * table's 5-point column; the others compare the 100-point score. A result known only as a grade
 * (no score) has no letter: guessing one would print more than the record sheet says.
 */
export function letterFor(score: number | null, system: MarkingSystem): string | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (system.code !== '12') return letterOf(score);
  const s = roundHalfUp(score, 2);
  return LETTERS.find((l) => s >= l.fiveMin && s <= l.fiveMax)?.letter ?? null;
}

/**
 * Whether a result is an academic debt. A missing grade is a debt too: not entering the final
 * control is the same as failing it (DOMAIN §2.4, NIZOM-824).
 */
export function isDebt(grade: number | null, system: MarkingSystem): boolean {
  return grade === null || grade < debtLimit(system);
}

/** The grade a result counts with in the GPA: a missed final control counts as 2, never as nothing. */
export function countedGrade(grade: number | null): Grade {
  return grade === null ? 2 : (Math.min(5, Math.max(2, Math.round(grade))) as Grade);
}

/**
 * Whether the credits were earned (HEMIS `finish_credit_status`), recomputed from the grade or,
 * without one, the score. HEMIS's own flag is not trusted: public code finds it true with grade 2.
 */
export function creditEarned(grade: number | null, score: number | null, system: MarkingSystem): boolean {
  const g = grade ?? (score === null ? null : gradeOf(score, system));
  return !isDebt(g, system);
}

/** A score's scale: 0–100, or the 5-point average 0–5 in system 12. */
export function scoreMax(system: MarkingSystem): number {
  return system.code === '12' ? 5 : 100;
}

/** Borders as stored (JSON text): complete (2…5), each min ≤ max; anything else falls back to the defaults. */
export function parseBorders(json: string, fallback: GradeBorder[]): GradeBorder[] {
  try {
    const value = JSON.parse(json) as unknown;
    if (!Array.isArray(value)) return fallback;
    const borders = value.filter(
      (b): b is GradeBorder =>
        typeof b === 'object' &&
        b !== null &&
        [2, 3, 4, 5].includes((b as GradeBorder).grade) &&
        typeof (b as GradeBorder).min === 'number' &&
        typeof (b as GradeBorder).max === 'number' &&
        (b as GradeBorder).min <= (b as GradeBorder).max,
    );
    return new Set(borders.map((b) => b.grade)).size === 4 ? [...borders].sort((a, b) => b.grade - a.grade) : fallback;
  } catch {
    return fallback;
  }
}

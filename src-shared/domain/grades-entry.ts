import { gradeOf, scoreMax, type Grade, type MarkingSystem } from './grading';

/** The value a result is entered with: a score on the system's scale, a 5-point grade, or absence. */
export type GradeInput = { score: number } | { grade: number } | { absent: true };

export type ResolvedGrade =
  | { ok: true; totalPoint: number | null; grade: Grade | null }
  | { ok: false; key: string; params?: Record<string, string | number> };

/**
 * Turns what a person typed into the stored pair (score, grade). The grade always follows from
 * the score by the curriculum's own borders; a bare grade is accepted only in the 5-point system,
 * where the record sheet writes the grade itself. Absence (kelmadi) stores neither.
 */
export function resolveGrade(input: GradeInput, system: MarkingSystem): ResolvedGrade {
  if ('absent' in input) return { ok: true, totalPoint: null, grade: null };
  if ('grade' in input) {
    if (system.code !== '12') return { ok: false, key: 'error.gradeNeedsScore' };
    if (![2, 3, 4, 5].includes(input.grade)) return { ok: false, key: 'error.gradeInvalid' };
    return { ok: true, totalPoint: null, grade: input.grade as Grade };
  }
  const max = scoreMax(system);
  const score = input.score;
  if (!Number.isFinite(score) || score < 0 || score > max) {
    return { ok: false, key: 'error.gradeScoreRange', params: { max } };
  }
  const grade = gradeOf(score, system);
  if (grade === null) return { ok: false, key: 'error.gradeScoreRange', params: { max } };
  return { ok: true, totalPoint: score, grade };
}

/** Words a record sheet uses for "did not sit" in each language (folded to lower case, no spaces). */
const ABSENT = new Set(['kelmadi', 'келмади', 'неявка', 'н/я', 'нея', 'absent', 'nk', '-', '—']);

/**
 * A typed or spreadsheet cell as a grade input: `85`, `85,5` (decimal comma), `kelmadi`/`н/я`
 * for absence. In the 5-point system a typed 4 is the average 4.0, which the borders turn into the
 * grade 4 itself. Empty → null (no entry).
 */
export function parseGradeCell(value: string | number | null): GradeInput | 'invalid' | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { score: value } : 'invalid';
  const text = value.trim().toLowerCase();
  if (text === '') return null;
  if (ABSENT.has(text.replace(/\s+/g, ''))) return { absent: true };
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(text)) return 'invalid';
  return { score: Number(text.replace(',', '.')) };
}

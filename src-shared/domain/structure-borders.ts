import type { FieldIssue } from '../errors';
import type { GradeBorder, MarkingSystemCode } from './grading';

/**
 * Checks an institution's marking-system borders (DOMAIN §2.1: data, editable per OTM). A score
 * must get exactly one grade, so the borders run 5, 4, 3, 2 from the top of the scale down to 0
 * with no gap and no overlap. The 100-point systems use whole points; the 5-point system (12)
 * averages to one decimal, so its borders meet at 0.1 steps (4.4 | 4.5).
 */
export function scaleOf(code: MarkingSystemCode): { max: number; step: number } {
  return code === '12' ? { max: 5, step: 0.1 } : { max: 100, step: 1 };
}

const GRADES = [5, 4, 3, 2] as const;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const onStep = (v: number, step: number) => near(Math.round(v / step) * step, v);

export function validateBorders(code: MarkingSystemCode, borders: readonly GradeBorder[]): FieldIssue[] {
  const { max, step } = scaleOf(code);
  const issues: FieldIssue[] = [];
  if (borders.length !== GRADES.length) {
    return [{ path: 'borders', key: 'validation.structure.bordersCount' }];
  }
  borders.forEach((b, i) => {
    const at = `borders.${i}`;
    if (b.grade !== GRADES[i]) issues.push({ path: `${at}.grade`, key: 'validation.structure.bordersOrder' });
    for (const side of ['min', 'max'] as const) {
      const v = b[side];
      if (!Number.isFinite(v) || v < 0 || v > max) {
        issues.push({ path: `${at}.${side}`, key: 'validation.structure.borderRange', params: { max } });
      } else if (!onStep(v, step)) {
        issues.push({ path: `${at}.${side}`, key: 'validation.structure.borderStep', params: { step } });
      }
    }
    if (b.min > b.max) issues.push({ path: `${at}.min`, key: 'validation.structure.borderMinMax' });
  });
  if (issues.length > 0) return issues;
  if (!near((borders[0] as GradeBorder).max, max)) {
    issues.push({ path: 'borders.0.max', key: 'validation.structure.borderTop', params: { max } });
  }
  if (!near((borders[borders.length - 1] as GradeBorder).min, 0)) {
    issues.push({ path: `borders.${borders.length - 1}.min`, key: 'validation.structure.borderBottom' });
  }
  for (let i = 1; i < borders.length; i++) {
    const upper = borders[i - 1] as GradeBorder;
    const lower = borders[i] as GradeBorder;
    const gap = Math.round((upper.min - lower.max) / step);
    if (gap < 1) {
      issues.push({
        path: `borders.${i}.max`,
        key: 'validation.structure.borderOverlap',
        params: { grade: upper.grade, value: upper.min },
      });
    } else if (gap > 1) {
      issues.push({
        path: `borders.${i}.max`,
        key: 'validation.structure.borderGap',
        params: { grade: upper.grade, value: upper.min },
      });
    }
  }
  return issues;
}

/** The GPA pass line an OTM may fix: 2.4–3.0 (NIZOM-824 cl. 42). */
export const GPA_LIMIT_MIN = 2.4;
export const GPA_LIMIT_MAX = 3.0;

export function validGpaLimit(value: number): boolean {
  return Number.isFinite(value) && value >= GPA_LIMIT_MIN - 1e-9 && value <= GPA_LIMIT_MAX + 1e-9;
}

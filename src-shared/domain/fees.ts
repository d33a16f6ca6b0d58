import type { FieldIssue } from '../errors';

/**
 * Shared ground for the fee formulas (DOMAIN §2.5, §2.6): results, rounding and the number notation the
 * printed contract uses. The formulas themselves live in `fees-contract.ts`, `fees-restudy.ts` and
 * `fees-schedule.ts`.
 *
 * Money is whole soʻm. Intermediate values stay exact (fractions allowed) and are rounded once, at the end of
 * a calculation: rounding after every step would make the result depend on how many steps a formula shows
 * (e.g. 12 500 000 × 5 / 12 and then −10 % gives a different soʻm than rounding between the two), and HEMIS
 * itself multiplies floats through and only stores the final summa. Rounding is half up (x,5 → x+1).
 */

/** A fee calculation either succeeds or lists what is wrong with its input; it never throws. */
export type FeeOutcome<T> = ({ ok: true } & T) | { ok: false; problems: FieldIssue[] };

/**
 * Uzbek documents group thousands with a thin space ("12 500 000"). We print U+202F NARROW NO-BREAK SPACE,
 * the thin space that cannot break: a plain thin space (U+2009) lets Word or the browser wrap "12 500" and
 * "000" onto two lines of a contract.
 */
export const THIN_SPACE = '\u202f';

/**
 * Absorbs binary floating-point noise before rounding: 1 031 250,5 may arrive as 1 031 250,4999999999 after
 * × 7 / 12. Six decimals are far below a tiyin and far above the noise for amounts under 10¹².
 */
function denoise(value: number): number {
  return Number(value.toFixed(6));
}

/** Whole soʻm, half up. Only for non-negative amounts: the calculators clamp before they round. */
export function roundSom(value: number): number {
  return Math.floor(denoise(value) + 0.5);
}

/** Two decimals (tiyin) for showing an intermediate amount that is not yet rounded. */
export function roundTiyin(value: number): number {
  return Math.round(denoise(value) * 100) / 100;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN_SPACE);
}

/**
 * An amount as documents print it: `12500000` → "12 500 000"; an unrounded intermediate keeps up to two
 * decimals with a decimal comma: `5208333.333` → "5 208 333,33".
 */
export function formatSom(value: number): string {
  const negative = value < 0;
  const [whole = '0', fraction = ''] = roundTiyin(Math.abs(value)).toFixed(2).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${negative ? '−' : ''}${groupThousands(whole)}${trimmed ? `,${trimmed}` : ''}`;
}

/**
 * A multiplier as tariffs print it, with a decimal comma and at least one decimal: 1 → "1,0", 1.25 → "1,25".
 * Coefficient tables are written this way, so "× 1,0" reads as "the coefficient", not as a count.
 */
export function formatFactor(value: number): string {
  const text = String(denoise(value));
  return (text.includes('.') ? text : `${text}.0`).replace('.', ',');
}

/** A plain number with a decimal comma (specialty coefficient, credits, months): 5.5 → "5,5", 30 → "30". */
export function formatPlain(value: number): string {
  return String(denoise(value)).replace('.', ',');
}

/** A percentage: 12.5 → "12,5 %". */
export function formatPercent(value: number): string {
  return `${formatPlain(value)}${THIN_SPACE}%`;
}

/** Problem helpers shared by the three calculators, so every message key is spelled once. */
export function requirePositive(issues: FieldIssue[], path: string, value: number | undefined): void {
  if (value === undefined || !Number.isFinite(value)) issues.push({ path, key: 'validation.required' });
  else if (!(value > 0)) issues.push({ path, key: 'validation.tooSmall', params: { min: 0 } });
}

export function requireWholeSom(
  issues: FieldIssue[],
  path: string,
  value: number | undefined,
  { allowZero = false } = {},
): void {
  if (value === undefined || !Number.isFinite(value)) issues.push({ path, key: 'validation.required' });
  else if (!Number.isInteger(value)) issues.push({ path, key: 'fees.problem.wholeSom' });
  else if (allowZero ? value < 0 : value <= 0)
    issues.push({ path, key: 'validation.tooSmall', params: { min: allowZero ? 0 : 1 } });
}

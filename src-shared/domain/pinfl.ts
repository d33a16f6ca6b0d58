/**
 * JSHSHIR / PINFL (DOMAIN §6.1): 14 digits = century+sex, DDMMYY, district (≠000), serial (≠000),
 * check digit = Σ d_i × w_i mod 10 with weights 7,3,1 repeating (VM qarori 177, 12.04.2022).
 * A wrong check digit is a *warning* (legacy records exist); a malformed number is an error.
 */
const WEIGHTS = [7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7] as const;

export const PINFL_PROBLEMS = ['format', 'century', 'date', 'district', 'serial'] as const;
export type PinflProblem = (typeof PINFL_PROBLEMS)[number];

export interface PinflAnalysis {
  valid: boolean;
  /** Structural errors: the value cannot be a PINFL. */
  errors: PinflProblem[];
  /** True when the structure is fine but the check digit does not match. */
  checkDigitMismatch: boolean;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
}

export function pinflCheckDigit(first13: string): number {
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(first13[i]) * (WEIGHTS[i] ?? 0);
  return sum % 10;
}

export function analyzePinfl(value: string): PinflAnalysis {
  const result: PinflAnalysis = { valid: false, errors: [], checkDigitMismatch: false, birthDate: null, sex: null };
  if (!/^\d{14}$/.test(value)) {
    result.errors.push('format');
    return result;
  }
  const d1 = Number(value[0]);
  if (d1 < 1 || d1 > 6) result.errors.push('century');
  const century = (Math.floor((d1 + 1) / 2) + 17) * 100;
  const day = Number(value.slice(1, 3));
  const month = Number(value.slice(3, 5));
  const year = century + Number(value.slice(5, 7));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    result.errors.push('date');
  } else if (d1 >= 1 && d1 <= 6) {
    result.birthDate = `${year}-${value.slice(3, 5)}-${value.slice(1, 3)}`;
  }
  if (value.slice(7, 10) === '000') result.errors.push('district');
  if (value.slice(10, 13) === '000') result.errors.push('serial');
  if (d1 >= 1 && d1 <= 6) result.sex = d1 % 2 === 1 ? 'male' : 'female';
  result.checkDigitMismatch = pinflCheckDigit(value.slice(0, 13)) !== Number(value[13]);
  result.valid = result.errors.length === 0 && !result.checkDigitMismatch;
  return result;
}

/** Builds a PINFL with a correct check digit (demo data, tests). */
export function makePinfl(birthDate: string, sex: 'male' | 'female', district: number, serial: number): string {
  const [y = '2000', m = '01', d = '01'] = birthDate.split('-');
  const centuryIndex = Math.floor(Number(y) / 100) - 18; // 1800s → 0, 1900s → 1, 2000s → 2
  const d1 = centuryIndex * 2 + (sex === 'male' ? 1 : 2);
  const first13 = `${d1}${d}${m}${y.slice(2)}${String(district).padStart(3, '0')}${String(serial).padStart(3, '0')}`;
  return `${first13}${pinflCheckDigit(first13)}`;
}

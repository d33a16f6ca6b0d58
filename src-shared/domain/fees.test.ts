import { describe, expect, it } from 'vitest';
import { formatFactor, formatPercent, formatPlain, formatSom, roundSom, THIN_SPACE } from './fees';

/** Test texts write the thin space as `_` so the tables stay readable. */
const thin = (text: string) => text.replace(/_/g, THIN_SPACE);

describe('rounding to whole soʻm, half up, once at the end', () => {
  it.each([
    [0, 0],
    [750_000, 750_000],
    [5_208_333.333, 5_208_333],
    [7_000_003.5, 7_000_004],
    [2.5, 3],
    [2.4999, 2],
    // 12 000 006 × 7 / 12 in binary floating point is not exactly …,5; the noise must not round it down.
    [(12_000_006 * 7) / 12, 7_000_004],
    [1_031_250.4999999999, 1_031_251],
  ])('%s → %s', (value, expected) => {
    expect(roundSom(value)).toBe(expected);
  });
});

describe('numbers as Uzbek documents print them', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1_000'],
    [12_500_000, '12_500_000'],
    [5_208_333.333, '5_208_333,33'],
    [1_771_875.5, '1_771_875,5'],
    [-262_500, '−262_500'],
  ])('amount %s → %s', (value, expected) => {
    expect(formatSom(value)).toBe(thin(expected));
  });

  it('never lets a number break across lines', () => {
    expect(THIN_SPACE).toBe('\u202f');
  });

  it.each([
    [1, '1,0'],
    [1.5, '1,5'],
    [1.25, '1,25'],
    [2, '2,0'],
  ])('factor %s → %s', (value, expected) => {
    expect(formatFactor(value)).toBe(expected);
  });

  it('plain numbers and percentages', () => {
    expect(formatPlain(5.5)).toBe('5,5');
    expect(formatPlain(30)).toBe('30');
    expect(formatPercent(12.5)).toBe(thin('12,5_%'));
  });
});

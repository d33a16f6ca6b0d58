import { describe, expect, it } from 'vitest';
import { analyzePinfl, makePinfl, pinflCheckDigit } from './pinfl';

describe('PINFL (DOMAIN §6.1)', () => {
  it.each([
    // [first 13 digits, expected check digit] — worked by hand with weights 7,3,1,…
    ['3120395123456', (3 * 7 + 1 * 3 + 2 + 0 * 7 + 3 * 3 + 9 + 5 * 7 + 1 * 3 + 2 + 3 * 7 + 4 * 3 + 5 + 6 * 7) % 10],
    ['5010106001001', (5 * 7 + 0 + 1 + 0 + 1 * 3 + 0 + 6 * 7 + 0 + 0 + 1 * 7 + 0 + 0 + 1 * 7) % 10],
  ])('check digit of %s is %i', (first13, digit) => {
    expect(pinflCheckDigit(first13)).toBe(digit);
  });

  it.each([
    [
      'a valid male 2000s PINFL',
      makePinfl('2004-03-15', 'male', 26, 123),
      { valid: true, birthDate: '2004-03-15', sex: 'male' },
    ],
    [
      'a valid female 1900s PINFL',
      makePinfl('1999-12-31', 'female', 1, 1),
      { valid: true, birthDate: '1999-12-31', sex: 'female' },
    ],
  ])('%s', (_name, pinfl, expected) => {
    expect(analyzePinfl(pinfl)).toMatchObject({ ...expected, errors: [], checkDigitMismatch: false });
  });

  it('a wrong check digit is a warning, not a structural error', () => {
    const good = makePinfl('2003-07-01', 'female', 30, 45);
    const bad = good.slice(0, 13) + String((Number(good[13]) + 1) % 10);
    expect(analyzePinfl(bad)).toMatchObject({
      valid: false,
      errors: [],
      checkDigitMismatch: true,
      birthDate: '2003-07-01',
    });
  });

  it.each([
    ['1234', ['format']],
    ['3120395123456X', ['format']],
    ['7150603000123', ['format']],
    ['71506030011234', ['century']],
    ['33102030011234', ['date']],
    ['32902030011234', ['date']],
    ['31506030001234', ['district']],
    ['31506030010004', ['serial']],
  ])('%s is malformed: %j', (value, errors) => {
    expect(analyzePinfl(value).errors).toEqual(errors);
  });

  it('29 February exists only in leap years', () => {
    expect(analyzePinfl(makePinfl('2004-02-29', 'male', 1, 1)).valid).toBe(true);
    expect(analyzePinfl('32902030011234').errors).toContain('date');
  });
});

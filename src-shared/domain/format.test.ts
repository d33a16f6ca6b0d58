import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatNumber } from './format';

describe('Uzbek display formats', () => {
  it.each([
    ['2026-11-28', '28.11.2026'],
    ['2026-01-05', '05.01.2026'],
    [null, ''],
    ['not a date', ''],
  ])('date %s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it.each([
    [0, undefined, '0'],
    [1234567, undefined, '1\u00a0234\u00a0567'],
    [-9876543.21, 2, '-9\u00a0876\u00a0543,21'],
    [999, undefined, '999'],
    [1000, undefined, '1\u00a0000'],
  ])('number %s → %s', (value, digits, expected) => {
    expect(formatNumber(value, digits)).toBe(expected);
  });

  it('bytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5\u00a0KB');
  });
});

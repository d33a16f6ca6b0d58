import { describe, expect, it } from 'vitest';
import { formatUzPhone, normalizeUzPhone } from './phone';

describe('Uzbek phone numbers (DOMAIN §6.3)', () => {
  it.each([
    ['+998 90 123-45-67', '+998901234567'],
    ['998901234567', '+998901234567'],
    ['(90) 123 45 67', '+998901234567'],
    ['901234567', '+998901234567'],
    ['8 90 1234567', '+998901234567'],
    ['+998 (71) 239-11-40', '+998712391140'],
    ['12345', null],
    ['+7 916 123 45 67', null],
    ['000000000', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUzPhone(input)).toBe(expected);
  });

  it('formats for display', () => {
    expect(formatUzPhone('+998901234567')).toBe('+998 90 123 45 67');
    expect(formatUzPhone('+44 20')).toBe('+44 20');
  });
});

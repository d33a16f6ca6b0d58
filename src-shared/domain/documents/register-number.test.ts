import { describe, expect, it } from 'vitest';
import { formatRegisterNumber, registerFormatProblem } from './register-number';

describe('register numbers', () => {
  it.each([
    ['{seq}/{yyyy}', { seq: 7, year: 2026 }, '7/2026'],
    ['RO-{seq:4}/{yy}', { seq: 12, year: 2026 }, 'RO-0012/26'],
    ['{sid}/{seq}', { seq: 3, year: 2026, studentIdNumber: '364241101901' }, '364241101901/3'],
    ['  {seq:2}-M  ', { seq: 123, year: 2027 }, '123-M'],
    ['{yy}', { seq: 1, year: 2005 }, '05'],
  ])('%s → %s', (format, parts, expected) => {
    expect(formatRegisterNumber(format, parts)).toBe(expected);
  });

  it.each([
    ['{seq}/{yyyy}', null],
    ['RO-{seq:4}', null],
    ['', 'empty'],
    ['{yyyy}', 'noSeq'],
    ['{seq}/{year}', 'unknownToken'],
    ['{seq:0}', 'unknownToken'],
    ['{seq', 'unknownToken'],
    [`{seq}${'x'.repeat(60)}`, 'tooLong'],
  ])('problem of %j is %s', (format, problem) => {
    expect(registerFormatProblem(format)).toBe(problem);
  });
});

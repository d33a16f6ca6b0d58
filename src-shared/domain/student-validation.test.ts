import { describe, expect, it } from 'vitest';
import { makePinfl } from './pinfl';
import { checkStudent, parseDate } from './student-validation';

const TODAY = '2026-11-28';
const pinfl = makePinfl('2005-04-12', 'male', 26, 17);
const keys = (issues: { path: string; key: string }[]) => issues.map((i) => `${i.path}:${i.key}`);

describe('parseDate', () => {
  it.each([
    ['2005-04-12', '2005-04-12'],
    ['12.04.2005', '2005-04-12'],
    ['1.4.2005', '2005-04-01'],
    ['12/04/2005', '2005-04-12'],
    ['31.02.2005', null],
    ['2005-13-01', null],
    ['yesterday', null],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('checkStudent', () => {
  it('normalises a good record and fills the missing script for approval', () => {
    const r = checkStudent(
      {
        lastNameLat: "Jo'rayev",
        firstNameLat: 'Bobur',
        patronymicLat: "Shavkat o'g'li",
        pinfl,
        passport: 'aa 1234567',
        phone: '90 123 45 67',
      },
      TODAY,
    );
    expect(r.errors).toEqual([]);
    expect(r.student).toMatchObject({
      lastNameLat: 'Joʻrayev',
      patronymicLat: 'Shavkat oʻgʻli',
      lastNameCyr: 'Жўраев',
      patronymicCyr: 'Шавкат ўғли',
      pinfl,
      passport: 'AA1234567',
      phone: '+998901234567',
      birthDate: '2005-04-12',
      gender: '11',
    });
    expect(r.transliterated).toBe('cyrillic');
    expect(keys(r.warnings)).toEqual(['lastNameCyr:warning.transliterated']);
  });

  it('moves Cyrillic values from a name column to the Cyrillic fields', () => {
    const r = checkStudent(
      { lastNameLat: 'Ғафурова', firstNameLat: 'Нилуфар', pinfl: makePinfl('2004-01-02', 'female', 1, 2) },
      TODAY,
    );
    expect(r.student.lastNameCyr).toBe('Ғафурова');
    expect(r.student.lastNameLat).toBe('Gʻafurova');
    expect(r.transliterated).toBe('latin');
  });

  it.each([
    [{ lastNameLat: '=HYPERLINK("x")', firstNameLat: 'A' }, 'lastNameLat:validation.nameFormula'],
    [{ lastNameLat: 'Karimov1', firstNameLat: 'A' }, 'lastNameLat:validation.nameChars'],
    [{ lastNameLat: 'K'.repeat(61), firstNameLat: 'A' }, 'lastNameLat:validation.tooLong'],
    [{ firstNameLat: 'Bobur' }, 'lastNameLat:validation.required'],
    [{ lastNameLat: 'A', firstNameLat: 'B', pinfl: '123' }, 'pinfl:validation.pinfl.format'],
    [{ lastNameLat: 'A', firstNameLat: 'B', pinfl: '33102030011234' }, 'pinfl:validation.pinfl.date'],
    [{ lastNameLat: 'A', firstNameLat: 'B', birthDate: '2030-01-01' }, 'birthDate:validation.birthDateFuture'],
    [{ lastNameLat: 'A', firstNameLat: 'B', birthDate: '1850-01-01' }, 'birthDate:validation.birthDateImpossible'],
    [{ lastNameLat: 'A', firstNameLat: 'B', birthDate: '31.02.2005' }, 'birthDate:validation.invalidDate'],
    [{ lastNameLat: 'A', firstNameLat: 'B', passport: 'A123' }, 'passport:validation.passportFormat'],
    [{ lastNameLat: 'A', firstNameLat: 'B', phone: '12' }, 'phone:validation.invalidPhone'],
    [{ lastNameLat: 'A', firstNameLat: 'B', email: 'x@' }, 'email:validation.invalidEmail'],
    [{ lastNameLat: 'A', firstNameLat: 'B', gender: 'X' }, 'gender:validation.invalidValue'],
  ])('rejects %j with %s', (draft, issue) => {
    expect(keys(checkStudent(draft, TODAY).errors)).toContain(issue);
  });

  it.each([
    [
      { lastNameLat: 'A', firstNameLat: 'B', pinfl: pinfl.slice(0, 13) + String((Number(pinfl[13]) + 1) % 10) },
      'pinfl:warning.pinflCheckDigit',
    ],
    [{ lastNameLat: 'A', firstNameLat: 'B', pinfl, birthDate: '2005-04-13' }, 'pinfl:warning.pinflBirthDate'],
    [{ lastNameLat: 'A', firstNameLat: 'B', pinfl, gender: 'Ayol' }, 'pinfl:warning.pinflSex'],
    [{ lastNameLat: 'A', firstNameLat: 'B' }, 'pinfl:warning.pinflMissing'],
    [{ lastNameLat: '\u0410ndijonov', firstNameLat: 'B', pinfl }, 'lastNameLat:warning.mixedScript'],
  ])('warns about %j: %s', (draft, issue) => {
    const r = checkStudent(draft, TODAY);
    expect(r.errors).toEqual([]);
    expect(keys(r.warnings)).toContain(issue);
  });

  it('foreigners need no PINFL and may have any passport format', () => {
    const r = checkStudent(
      { lastNameLat: 'Smith', firstNameLat: 'John', citizenship: '12', passport: 'X12345678' },
      TODAY,
    );
    expect(r.errors).toEqual([]);
    expect(keys(r.warnings)).not.toContain('pinfl:warning.pinflMissing');
    expect(r.student.passport).toBe('X12345678');
  });
});

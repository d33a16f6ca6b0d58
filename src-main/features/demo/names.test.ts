import { describe, expect, it } from 'vitest';
import { normalizeApostrophes } from '../../../src-shared/domain/apostrophes';
import { latinToCyrillic, scriptOf } from './check-names';
import { femaleSurname, russianPatronymic, russifiedPassportName, uzbekPatronymic } from './names';
import { FEMALE, MALE, NOT_FATHERS, RU_FEMALE, RU_MALE, RU_SURNAMES, SURNAMES, type NamePair } from './names-data';

const LISTS: Record<string, readonly NamePair[]> = { MALE, FEMALE, SURNAMES, RU_MALE, RU_FEMALE, RU_SURNAMES };

describe('demo name lists', () => {
  it('are big enough for 100,000 students to look varied', () => {
    expect(SURNAMES.length).toBeGreaterThanOrEqual(150);
    expect(MALE.length).toBeGreaterThanOrEqual(150);
    expect(FEMALE.length).toBeGreaterThanOrEqual(150);
  });

  it.each(Object.entries(LISTS))(
    '%s: unique, single-script, canonical apostrophes, Cyrillic = transliterated Latin',
    (_name, list) => {
      expect(new Set(list.map(([latin]) => latin)).size).toBe(list.length);
      for (const [latin, cyrillic] of list) {
        expect(scriptOf(latin), latin).toBe('latin');
        expect(scriptOf(cyrillic), cyrillic).toBe('cyrillic');
        expect(normalizeApostrophes(latin)).toBe(latin);
        expect(latin).not.toMatch(/['`\u2018\u2019]/);
        expect(latinToCyrillic(latin), latin).toBe(cyrillic);
      }
    },
  );

  it('spell oʻ/gʻ with U+02BB and the tutuq with U+02BC', () => {
    const all = Object.values(LISTS)
      .flat()
      .map(([latin]) => latin);
    expect(all).toContain('Yo\u02bbldoshev');
    expect(all).toContain('G\u02bbafurov');
    expect(all).toContain('Ma\u02bcruf');
  });
});

describe('derived name forms', () => {
  it.each([
    [
      ['Jo\u02bbrayev', 'Жўраев'],
      ['Jo\u02bbrayeva', 'Жўраева'],
    ],
    [
      ['Rustamov', 'Рустамов'],
      ['Rustamova', 'Рустамова'],
    ],
    [
      ['Kim', 'Ким'],
      ['Kim', 'Ким'],
    ],
    [
      ['Navoiy', 'Навоий'],
      ['Navoiy', 'Навоий'],
    ],
  ] as const)('female surname of %s', (male, female) => {
    expect(femaleSurname(male)).toEqual(female);
  });

  it.each([
    [['Rustam', 'Рустам'], false, ['Rustamovich', 'Рустамович']],
    [['Rustam', 'Рустам'], true, ['Rustamovna', 'Рустамовна']],
    [['Abdulla', 'Абдулла'], false, ['Abdullayevich', 'Абдуллаевич']],
    [['Vali', 'Вали'], true, ['Valiyevna', 'Валиевна']],
    [['Sergey', 'Сергей'], false, ['Sergeyevich', 'Сергеевич']],
    [['Dmitriy', 'Дмитрий'], true, ['Dmitriyevna', 'Дмитриевна']],
  ] as const)('Russian-style patronymic of %s (female %s)', (father, female, expected) => {
    expect(russianPatronymic(father, female)).toEqual(expected);
  });

  it('Uzbek-style patronymics', () => {
    expect(uzbekPatronymic(['Rustam', 'Рустам'], false)).toEqual(['Rustam o\u02bbg\u02bbli', 'Рустам ўғли']);
    expect(uzbekPatronymic(['Rustam', 'Рустам'], true)).toEqual(['Rustam qizi', 'Рустам қизи']);
  });

  it('every father name gives patronymics that transliterate consistently', () => {
    for (const father of [...MALE, ...RU_MALE].filter(([latin]) => !NOT_FATHERS.has(latin))) {
      for (const female of [false, true]) {
        for (const [latin, cyrillic] of [russianPatronymic(father, female), uzbekPatronymic(father, female)]) {
          expect(latinToCyrillic(latin), latin).toBe(cyrillic);
        }
      }
    }
  });
});

describe('Russified passport spellings (DOMAIN §5.4)', () => {
  it.each([
    ['Joʻrayev', 'DJURAEV'],
    ['Qodirov', 'KODIROV'],
    ['Hasanov', 'KHASANOV'],
    ['Xoʻjayev', 'KHUDJAEV'],
    ['Yoʻldoshev', 'YULDOSHEV'],
    ['Gʻafurov', 'GAFUROV'],
    ['Shoxruh', 'SHOKHRUKH'],
  ])('%s → %s', (latin, passport) => {
    expect(russifiedPassportName(latin)).toBe(passport);
  });
});

import { describe, expect, it } from 'vitest';
import { foldedWords } from './search-key';
import { nameMatchExpressions, parseStudentQuery, scoreNameMatch } from './student-query';

describe('parseStudentQuery', () => {
  it.each([
    ['31204951234567', { pinfl: '31204951234567', words: [] }],
    ['AA1234567', { passport: 'AA1234567' }],
    ['aa 1234567', { passport: 'AA1234567' }],
    ['+998 90 123-45-67', { phone: '+998901234567', words: [] }],
    ['90 123 45 67', { phone: '+998901234567' }],
    ['364241101912', { studentIdNumber: '364241101912' }],
    ['KI-23-01', { groupName: 'KI-23-01' }],
    ["Yo'ld Gul", { words: ['yold', 'gul'], pinfl: null, groupName: null }],
    ['Жўраев Бобур', { words: ['jorayev', 'bobur'] }],
  ])('%s', (q, expected) => {
    expect(parseStudentQuery(q)).toMatchObject(expected);
  });
});

describe('name match expressions', () => {
  it('builds exact, prefix and phonetic FTS5 expressions', () => {
    expect(nameMatchExpressions(['yold', 'gul'])).toEqual({
      exact: '"yold" AND "gul"',
      prefix: '"yold"* AND "gul"*',
      phonetic: '("yold"* OR "~old"*) AND ("gul"* OR "~gol"*)',
    });
    expect(nameMatchExpressions([])).toBeNull();
  });
});

describe('ranking', () => {
  const name = (s: string) => foldedWords(s);
  it('whole words beat prefixes, prefixes beat phonetic hits, typed order earns a bonus', () => {
    const q = foldedWords('Joʻrayev Bobur');
    const exact = scoreNameMatch(q, name('Joʻrayev Bobur Shavkat oʻgʻli'));
    const swapped = scoreNameMatch(q, name('Bobur Joʻrayev'));
    const prefix = scoreNameMatch(foldedWords('Joʻr Bob'), name('Joʻrayev Bobur'));
    const phonetic = scoreNameMatch(foldedWords('Djuraev Bobur'), name('Joʻrayev Bobur'));
    expect(exact).toBeGreaterThan(swapped);
    expect(swapped).toBeGreaterThan(prefix);
    expect(exact).toBeGreaterThan(phonetic);
    expect(phonetic).toBeGreaterThan(0);
    expect(scoreNameMatch(foldedWords('Karimov'), name('Rahimov Ali'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { foldedWords, nameSearchText } from './search-key';
import { indexedWords, nameMatchExpressions, parseStudentQuery, queryWords, scoreNameMatch } from './student-query';

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
      phonetic: '"~old"* AND "~gol"*',
    });
    expect(nameMatchExpressions([])).toBeNull();
  });
});

describe('ranking', () => {
  const name = (s: string) => indexedWords(nameSearchText(s));
  it('whole words beat prefixes, prefixes beat phonetic hits, typed order earns a bonus', () => {
    const q = (s: string) => queryWords(foldedWords(s));
    const exact = scoreNameMatch(q('Joʻrayev Bobur'), name('Joʻrayev Bobur Shavkat oʻgʻli'));
    const swapped = scoreNameMatch(q('Joʻrayev Bobur'), name('Bobur Joʻrayev'));
    const prefix = scoreNameMatch(q('Joʻr Bob'), name('Joʻrayev Bobur'));
    const phonetic = scoreNameMatch(q('Djuraev Bobur'), name('Joʻrayev Bobur'));
    expect(exact.score).toBeGreaterThan(swapped.score);
    expect(swapped.score).toBeGreaterThan(prefix.score);
    expect(exact.score).toBeGreaterThan(phonetic.score);
    expect(phonetic.score).toBeGreaterThan(0);
    expect([exact.kind, swapped.kind, prefix.kind, phonetic.kind]).toEqual(['name', 'name', 'prefix', 'phonetic']);
    expect(scoreNameMatch(q('Karimov'), name('Rahimov Ali')).score).toBe(0);
  });
});

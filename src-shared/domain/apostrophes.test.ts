import { describe, expect, it } from 'vitest';
import { cleanText, foldApostrophes, normalizeApostrophes } from './apostrophes';

describe('Uzbek apostrophes (DOMAIN §5.1)', () => {
  it.each([
    ["O'zbekiston", 'Oʻzbekiston'],
    ['O‘zbekiston', 'Oʻzbekiston'],
    ['Oʼzbekiston', 'Oʻzbekiston'],
    ['G`ulomov', 'Gʻulomov'],
    ['Farg´ona', 'Fargʻona'],
    ["ta'lim", 'taʼlim'],
    ['san’at', 'sanʼat'],
    ["Ma'rifat O'g'li", 'Maʼrifat Oʻgʻli'],
    ["'quoted'", "'quotedʼ"],
    ['plain', 'plain'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeApostrophes(input)).toBe(expected);
  });

  it('folds every form to ASCII for matching', () => {
    expect(foldApostrophes('Oʻzbekiston taʼlim O‘g’il')).toBe("O'zbekiston ta'lim O'g'il");
  });

  it('cleans person-typed text', () => {
    expect(cleanText("  Yo'ldosheva   Gulnora \n")).toBe('Yoʻldosheva Gulnora');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneticKey } from './search-key';

/** The rules as an ordered list of replacements: the specification the one-pass version follows. */
const RULES: [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/kh|x/g, 'h'],
  [/q/g, 'k'],
  [/shch/g, 'sh'],
  [/ts/g, 's'],
  [/w/g, 'v'],
  [/y[aou]/g, 'o'],
  [/ye/g, 'e'],
  [/[aou]/g, 'o'],
  [/(.)\1+/g, '$1'],
];
const byRules = (word: string) => RULES.reduce((w, [re, to]) => w.replace(re, to), word);

describe('phonetic key', () => {
  it.each([
    'jorayev',
    'djuraev',
    'xasanov',
    'khasanov',
    'hasanov',
    'qodirov',
    'kadirov',
    'yoldoshev',
    'yuldashev',
    'shchukin',
    'tsoy',
    'bakiyev',
  ])('%s follows the rule list', (w) => {
    expect(phoneticKey(w)).toBe(byRules(w));
  });

  it('equals the rule list on random words of the letters that matter', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[adjzhkxqsctwyeoubilmnr]{0,14}$/), (w) => {
        expect(phoneticKey(w)).toBe(byRules(w));
      }),
      { numRuns: 3000 },
    );
  });
});

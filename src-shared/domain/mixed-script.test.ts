import { describe, expect, it } from 'vitest';
import { findMixedScriptWords, fixMixedScript } from './mixed-script';

describe('mixed-script names (DOMAIN §5.2)', () => {
  it.each([
    ['\u0410ndijon', 'Andijon'],
    ['\u0410xborot', 'Axborot'],
    ['\u041eʻquv rejasida', 'Oʻquv rejasida'],
    ['s\u0435\u0440\u0438\u044f', 'серия'],
  ])('%s is flagged and fixed to %s', (input, fixed) => {
    expect(findMixedScriptWords(input)).toHaveLength(1);
    expect(fixMixedScript(input)).toBe(fixed);
  });

  it('clean words are not flagged', () => {
    expect(findMixedScriptWords('Joʻrayev Жўраев Gʻafurova')).toEqual([]);
  });

  it('a word whose foreign letter has no look-alike is flagged but not auto-fixed', () => {
    const [w] = findMixedScriptWords('Karimoвa');
    expect(w?.fixed).toBeNull();
    expect(fixMixedScript('Karimoвa')).toBe('Karimoвa');
  });
});

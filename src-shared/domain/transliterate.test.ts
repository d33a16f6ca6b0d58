import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic, scriptOf } from './transliterate';

describe('Cyrillic → Latin (DOMAIN §5.3)', () => {
  it.each([
    ['Жўраев', 'Joʻrayev'],
    ['Ғафуров', 'Gʻafurov'],
    ['Ҳасанов', 'Xasanov'.replace('X', 'H')],
    ['Хасанов', 'Xasanov'],
    ['Қодиров', 'Qodirov'],
    ['Йўлдошев', 'Yoʻldoshev'],
    ['Ўткир', 'Oʻtkir'],
    ['Шоҳруҳ', 'Shohruh'],
    ['ШАҲАР', 'SHAHAR'],
    ['Ергаш', 'Yergash'],
    ['Сергей', 'Sergey'],
    ['объект', 'obyekt'],
    ['браконьер', 'brakonyer'],
    ['цемент', 'sement'],
    ['концерт', 'konsert'],
    ['лицей', 'litsey'],
    ['милиция', 'militsiya'],
    ['мўъжиза', 'moʻjiza'],
    ['Исҳоқ', 'Isʼhoq'],
    ['маъно', 'maʼno'],
    ['сентябрь', 'sentabr'],
    ['альбом', 'albom'],
    ['Элмурод', 'Elmurod'],
    ['Юлдуз', 'Yulduz'],
    ['Шерзод Рустам ўғли', 'Sherzod Rustam oʻgʻli'],
    ['Мадина Ботир қизи', 'Madina Botir qizi'],
    ['Toshkent', 'Toshkent'],
  ])('%s → %s', (cyr, lat) => {
    expect(cyrillicToLatin(cyr)).toBe(lat);
  });
});

describe('Latin → Cyrillic', () => {
  it.each([
    ['Joʻrayev', 'Жўраев'],
    ["Jo'rayev", 'Жўраев'],
    ['Gʻafurov', 'Ғафуров'],
    ['Yoʻldoshev', 'Йўлдошев'],
    ['Qodirov', 'Қодиров'],
    ['Xasanov', 'Хасанов'],
    ['Shohruh', 'Шоҳруҳ'],
    ['SHAHAR', 'ШАҲАР'],
    ['Elmurod', 'Элмурод'],
    ['ekin', 'экин'],
    ['Yulduz', 'Юлдуз'],
    ['Isʼhoq', 'Исҳоқ'],
    ["ma'no", 'маъно'],
    ['Rustam oʻgʻli', 'Рустам ўғли'],
    ['Chori', 'Чори'],
    ['Жўраев', 'Жўраев'],
  ])('%s → %s', (lat, cyr) => {
    expect(latinToCyrillic(lat)).toBe(cyr);
  });

  it('round-trips typical names', () => {
    for (const name of [
      'Joʻrayev Bobur Shavkat oʻgʻli',
      'Gʻafurova Nilufar Alisher qizi',
      'Qodirov Elyor Xasanovich',
    ]) {
      expect(cyrillicToLatin(latinToCyrillic(name))).toBe(name);
    }
  });
});

describe('script detection', () => {
  it.each([
    ['Joʻrayev', 'latin'],
    ['Жўраев', 'cyrillic'],
    ['123', 'none'],
  ] as const)('%s is %s', (text, script) => {
    expect(scriptOf(text)).toBe(script);
  });
});

/**
 * Search keys for the counter's one search box (DOMAIN §5.1 rule 3, §5.4). A query and a stored
 * name match when their keys match, whatever script, apostrophe or case was typed.
 *  - `foldName`: Cyrillic transliterated to Latin, lower case, apostrophes and diacritics removed.
 *  - `phoneticKey`: merges the Russified / passport spellings of Uzbek sounds (Dj↔J, Kh↔X↔H, K↔Q,
 *    Gʻ↔G, Oʻ↔U↔O, Ye↔E, Yu↔U, akanye A↔O), so `Djuraev`, `Joʻrayev` and `Жўраев` share one key.
 *    It is deliberately coarse: it only widens the net; ranking puts closer matches first.
 */
import { cyrillicToLatin } from './transliterate';

const APOSTROPHES = /['`\u00b4\u2018\u2019\u02bb\u02bc\u02b9\u2032]/g;

export function foldName(text: string): string {
  return cyrillicToLatin(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PHONETIC_STEPS: [RegExp, string][] = [
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

/** Phonetic key of one folded word. */
export function phoneticKey(foldedWord: string): string {
  let key = foldedWord;
  for (const [pattern, replacement] of PHONETIC_STEPS) key = key.replace(pattern, replacement);
  return key;
}

/** Words of a name or query, folded; empty words dropped. */
export function foldedWords(text: string): string[] {
  return foldName(text).split(' ').filter(Boolean);
}

/**
 * The text indexed for a person: every folded word and its phonetic key (prefixed `~` so a
 * phonetic hit can be ranked below a spelling hit).
 */
export function nameSearchText(...parts: (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const part of parts) {
    for (const word of foldedWords(part ?? '')) {
      words.add(word);
      words.add(`~${phoneticKey(word)}`);
    }
  }
  return [...words].join(' ');
}

/**
 * Name as machine-readable passport text (ICAO 9303 Latin): upper case, apostrophes dropped.
 * `Joʻrayev` → `JORAYEV`. Used to propose the passport field, never to overwrite one.
 */
export function passportLatin(latin: string): string {
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(APOSTROPHES, '')
    .toUpperCase()
    .replace(/[^A-Z -]/g, '')
    .trim();
}

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

/**
 * Phonetic key of one folded word, in one left-to-right pass (it runs for every name word of every
 * imported row): dzh/dj/zh → j; kh/x → h; q → k; shch → sh; ts → s; w → v; ya/yo/yu → o; ye → e;
 * a/o/u → o; then doubled letters collapse. `phonetic-key.test.ts` checks it against the rule list.
 */
export function phoneticKey(foldedWord: string): string {
  const w = foldedWord;
  let out = '';
  let last = '';
  const emit = (ch: string) => {
    if (ch !== last) out += ch;
    last = ch;
  };
  for (let i = 0; i < w.length;) {
    const c = w[i] as string;
    const n = w[i + 1] ?? '';
    if (c === 'd' && n === 'z' && w[i + 2] === 'h') {
      emit('j');
      i += 3;
    } else if ((c === 'd' && n === 'j') || (c === 'z' && n === 'h')) {
      emit('j');
      i += 2;
    } else if (c === 'k' && n === 'h') {
      emit('h');
      i += 2;
    } else if (c === 's' && n === 'h' && w[i + 2] === 'c' && w[i + 3] === 'h') {
      emit('s');
      emit('h');
      i += 4;
    } else if (c === 't' && n === 's') {
      emit('s');
      i += 2;
    } else if (c === 'y' && (n === 'a' || n === 'o' || n === 'u')) {
      emit('o');
      i += 2;
    } else if (c === 'y' && n === 'e') {
      emit('e');
      i += 2;
    } else {
      emit(c === 'x' ? 'h' : c === 'q' ? 'k' : c === 'w' ? 'v' : c === 'a' || c === 'u' ? 'o' : c);
      i += 1;
    }
  }
  return out;
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

/**
 * Checks for the demo's names, used by its tests: Latin → Cyrillic for Uzbek personal names by
 * the rules of DOMAIN §5.3 (longest match first: yoʻ → йў, oʻ → ў, gʻ → ғ, sh, ch, ya, yu, yo,
 * ye; word-initial e → э; h → ҳ, x → х, q → қ; ʼ → ъ) and a per-word script test (§5.2).
 * Names only: no ц/ь/ъ-after-consonant rules, which personal names here do not need.
 */
const MULTI: readonly (readonly [string, string])[] = [
  ['yo\u02bb', 'йў'],
  ['o\u02bb', 'ў'],
  ['g\u02bb', 'ғ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'ё'],
  ['ye', 'е'],
];
const SINGLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  '\u02bc': 'ъ',
};

function wordToCyrillic(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length;) {
    const multi = MULTI.find(([latin]) => lower.startsWith(latin, i));
    let cyr: string;
    let len = 1;
    if (multi) {
      [, cyr] = multi;
      len = multi[0].length;
    } else if (lower[i] === 'e') {
      cyr = i === 0 ? 'э' : 'е';
    } else {
      const single = SINGLE[lower[i] as string];
      if (single === undefined) throw new Error(`no Cyrillic letter for "${lower[i]}" in "${word}"`);
      cyr = single;
    }
    out += word[i] !== lower[i] ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
    i += len;
  }
  return out;
}

export function latinToCyrillic(text: string): string {
  return text
    .split(/(\s+|-)/)
    .map((part) => (part === '' || /^(\s+|-)$/.test(part) ? part : wordToCyrillic(part)))
    .join('');
}

const LATIN_WORD = /^[A-Za-z\u02bb\u02bc]+$/;
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;

/** The script of every word of `text`: 'latin', 'cyrillic', or 'mixed' when any word is neither. */
export function scriptOf(text: string): 'latin' | 'cyrillic' | 'mixed' {
  const words = text.split(/[\s-]+/).filter((w) => w.length > 0);
  if (words.every((w) => LATIN_WORD.test(w))) return 'latin';
  if (words.every((w) => CYRILLIC_WORD.test(w))) return 'cyrillic';
  return 'mixed';
}

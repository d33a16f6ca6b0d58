/**
 * Uzbek Cyrillic ↔ Latin transliteration (DOMAIN §5.3, 1995 alphabet; rules after FITRAT).
 * Output uses the canonical apostrophes: oʻ gʻ with U+02BB, the tutuq with U+02BC.
 * Personal names are never "corrected": this only proposes the missing script for approval.
 */
import { normalizeApostrophes, OKINA, TUTUQ } from './apostrophes';

const CYR_TO_LAT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: TUTUQ,
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: `o${OKINA}`,
  қ: 'q',
  ғ: `g${OKINA}`,
  ҳ: 'h',
};
const CYR_VOWELS = new Set([...'аеёиоуэюяўы']);
const CYR_LETTER = /[\u0400-\u04ff]/;

/** Loanwords whose Latin form is fixed by the orthography rules rather than letter by letter. */
const CYR_EXCEPTIONS: Record<string, string> = {
  сентябрь: 'sentabr',
  сентябр: 'sentabr',
  октябрь: 'oktabr',
  октябр: 'oktabr',
};

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Case of a Latin chunk produced from one Cyrillic letter: `Ш` → `Sh`, or `SH` inside an upper-case word. */
function applyCase(latin: string, upper: boolean, wordIsUpper: boolean): string {
  if (!upper || latin.length === 0) return latin;
  if (wordIsUpper) return latin.toUpperCase();
  return latin[0]!.toUpperCase() + latin.slice(1);
}

function cyrWordToLatin(word: string): string {
  const lower = word.toLowerCase();
  const exception = CYR_EXCEPTIONS[lower];
  if (exception) return applyCase(exception, isUpper(word[0]!), word.length > 1 && word === word.toUpperCase());
  // One pass over UTF-16 units: Cyrillic letters are all in the BMP. Hot in bulk imports.
  let letters = 0;
  let upperLetters = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (CYR_LETTER.test(ch)) {
      letters++;
      if (ch !== lower[i]) upperLetters++;
    }
  }
  const wordIsUpper = letters > 1 && upperLetters === letters;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const lc = lower[i] as string;
    const prev = i > 0 ? (lower[i - 1] as string) : '';
    const atStart = i === 0;
    let latin: string;
    if (lc === 'е') {
      latin = atStart || CYR_VOWELS.has(prev) || prev === 'ъ' || prev === 'ь' ? 'ye' : 'e';
    } else if (lc === 'ц') {
      latin = !atStart && CYR_VOWELS.has(prev) ? 'ts' : 's';
    } else if (lc === 'ъ' && (prev === 'ў' || prev === 'ғ' || /[еёюя]/.test(lower[i + 1] ?? ''))) {
      // мўъжиза → moʻjiza (silent after ў/ғ); объект → obyekt (before a y-vowel it only separates).
      latin = '';
    } else if (lc === 'ҳ' && prev === 'с') {
      latin = `${TUTUQ}h`; // Исҳоқ → Isʼhoq: keeps s+h from reading as sh.
    } else {
      const mapped = CYR_TO_LAT[lc];
      if (mapped === undefined) {
        out += ch;
        continue;
      }
      latin = mapped;
    }
    out += ch !== lc ? applyCase(latin, true, wordIsUpper) : latin;
  }
  return out;
}

export function cyrillicToLatin(text: string): string {
  // Most text the app folds is already Latin: skip the word-by-word pass entirely.
  if (!CYR_LETTER.test(text)) return text.normalize('NFC');
  return text
    .normalize('NFC')
    .replace(/[\p{L}\u02bb\u02bc'’‘`]+/gu, (word) => (CYR_LETTER.test(word) ? cyrWordToLatin(word) : word));
}

const LAT_TO_CYR: [string, string][] = [
  [`yo${OKINA}`, 'йў'],
  [`o${OKINA}`, 'ў'],
  [`g${OKINA}`, 'ғ'],
  [`s${TUTUQ}h`, 'сҳ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
  [TUTUQ, 'ъ'],
  ['a', 'а'],
  ['b', 'б'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'ҳ'],
  ['i', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'қ'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['x', 'х'],
  ['y', 'й'],
  ['z', 'з'],
  ['c', 'с'],
  ['w', 'в'],
];

/** Multi-letter Latin sequences first (longest match), then single letters. */
const LAT_MULTI = LAT_TO_CYR.filter(([lat]) => lat.length > 1);
const LAT_SINGLE = new Map(LAT_TO_CYR.filter(([lat]) => lat.length === 1));

function latWordToCyrillic(word: string): string {
  const lower = word.toLowerCase();
  let letters = 0;
  let upperLetters = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    if (ch !== (lower[i] as string)) upperLetters++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  const wordIsUpper = letters > 1 && upperLetters === letters;
  let out = '';
  let i = 0;
  while (i < lower.length) {
    let lat = '';
    let cyr0: string | undefined;
    for (const [l, c] of LAT_MULTI) {
      if (lower.startsWith(l, i)) {
        lat = l;
        cyr0 = c;
        break;
      }
    }
    if (cyr0 === undefined) {
      lat = lower[i] as string;
      cyr0 = LAT_SINGLE.get(lat);
    }
    if (cyr0 === undefined) {
      out += word[i];
      i++;
      continue;
    }
    // `e` opens a word as Э (ekin → экин); inside a word it is е.
    const cyr = lat === 'e' && i === 0 ? 'э' : cyr0;
    const upper = word[i] !== lower[i] || wordIsUpper;
    out += upper ? cyr[0]!.toUpperCase() + cyr.slice(1) : cyr;
    i += lat.length;
  }
  return out;
}

export function latinToCyrillic(text: string): string {
  return normalizeApostrophes(text).replace(/[\p{L}\u02bb\u02bc]+/gu, (word) =>
    CYR_LETTER.test(word) ? word : latWordToCyrillic(word),
  );
}

export type Script = 'latin' | 'cyrillic' | 'none';

export function scriptOf(text: string): Script {
  const cyr = (text.match(/[\u0400-\u04ff]/g) ?? []).length;
  const lat = (text.match(/[A-Za-z]/g) ?? []).length;
  if (cyr === 0 && lat === 0) return 'none';
  return cyr >= lat ? 'cyrillic' : 'latin';
}

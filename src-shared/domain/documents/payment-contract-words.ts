import type { Locale } from '../../contract/common';
import { latinToCyrillic } from '../transliterate';

/**
 * An amount of soʻm in words, as a contract and an invoice print it beside the figures ("Invoice … amount in
 * words", DOMAIN §2.6): the bank compares the two, so the words must be exact for any whole amount up to
 * 999 999 999 999. Uzbek counts "bir yuz", "bir ming" as finance documents write them (the hundred and the
 * thousand are always counted); Russian declines thousands (feminine: одна, две тысячи) and the currency
 * (1 сум, 2 сума, 5 сумов). The first letter is a capital, as the words stand in brackets after the figures.
 */

const UZ_ONES = ['', 'bir', 'ikki', 'uch', 'toʻrt', 'besh', 'olti', 'yetti', 'sakkiz', 'toʻqqiz'];
const UZ_TENS = ['', 'oʻn', 'yigirma', 'oʻttiz', 'qirq', 'ellik', 'oltmish', 'yetmish', 'sakson', 'toʻqson'];
const UZ_SCALES = ['', 'ming', 'million', 'milliard'];

function uzTriple(n: number): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const o = n % 10;
  return [h ? `${UZ_ONES[h]} yuz` : '', UZ_TENS[t]!, UZ_ONES[o]!].filter(Boolean);
}

const RU_ONES_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_ONES_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];
/** one / few (2–4) / many, per scale; index 0 is the currency. */
const RU_FORMS: [string, string, string][] = [
  ['сум', 'сума', 'сумов'],
  ['тысяча', 'тысячи', 'тысяч'],
  ['миллион', 'миллиона', 'миллионов'],
  ['миллиард', 'миллиарда', 'миллиардов'],
];

function ruForm(n: number, forms: [string, string, string]): string {
  const two = n % 100;
  const one = n % 10;
  if (two >= 11 && two <= 14) return forms[2];
  if (one === 1) return forms[0];
  if (one >= 2 && one <= 4) return forms[1];
  return forms[2];
}

function ruTriple(n: number, feminine: boolean): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const words = [RU_HUNDREDS[h]!];
  if (rest >= 10 && rest < 20) words.push(RU_TEENS[rest - 10]!);
  else words.push(RU_TENS[Math.floor(rest / 10)]!, (feminine ? RU_ONES_F : RU_ONES_M)[rest % 10]!);
  return words.filter(Boolean);
}

const EN_ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = ['', 'thousand', 'million', 'billion'];

function enTriple(n: number): string[] {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const tens =
    rest < 20 ? EN_ONES[rest]! : [EN_TENS[Math.floor(rest / 10)], EN_ONES[rest % 10]].filter(Boolean).join('-');
  return [h ? `${EN_ONES[h]} hundred` : '', tens].filter(Boolean);
}

/** Groups of three digits, lowest first: 12 500 000 → [0, 500, 12]. */
function triples(n: number): number[] {
  const out: number[] = [];
  let rest = n;
  do {
    out.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return out;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The number alone in words (no currency), lower case. */
export function numberInWords(amount: number, lang: Locale): string {
  if (!Number.isInteger(amount) || amount < 0 || amount > 999_999_999_999)
    throw new RangeError(`No words for ${amount}`);
  const groups = triples(amount);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    if (lang === 'ru') {
      words.push(...ruTriple(g, i === 1));
      if (i > 0) words.push(ruForm(g, RU_FORMS[i]!));
    } else if (lang === 'en') {
      words.push(...enTriple(g));
      if (i > 0) words.push(EN_SCALES[i]!);
    } else {
      words.push(...uzTriple(g));
      if (i > 0) words.push(UZ_SCALES[i]!);
    }
  }
  if (words.length === 0) words.push(lang === 'ru' ? 'ноль' : lang === 'en' ? 'zero' : 'nol');
  const text = words.join(' ');
  return lang === 'uz-Cyrl' ? latinToCyrillic(text) : text;
}

/** "Oʻn ikki million besh yuz ming soʻm", "Двенадцать миллионов пятьсот тысяч сумов". */
export function amountInWords(amount: number, lang: Locale): string {
  const words = numberInWords(amount, lang);
  const currency =
    lang === 'ru'
      ? ruForm(amount, RU_FORMS[0]!)
      : lang === 'en'
        ? 'soum'
        : lang === 'uz-Cyrl'
          ? latinToCyrillic('soʻm')
          : 'soʻm';
  return capitalise(`${words} ${currency}`);
}

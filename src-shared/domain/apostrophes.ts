/**
 * Uzbek apostrophes (DOMAIN §5.1). Canonical storage: oʻ/gʻ with U+02BB (turned comma), the tutuq
 * (glottal stop) with U+02BC, NFC. People and HEMIS type any of ' ` ´ ‘ ’ ʻ ʼ ʹ ′ for both.
 */
export const OKINA = '\u02bb';
export const TUTUQ = '\u02bc';
const APOSTROPHE_LIKE = /['`\u00b4\u2018\u2019\u02bb\u02bc\u02b9\u2032]/;
const APOSTROPHE_LIKE_G = /['`\u00b4\u2018\u2019\u02bb\u02bc\u02b9\u2032]/g;

/** Normalises every apostrophe-like mark: after o/O/g/G → U+02BB, after another letter → U+02BC. */
export function normalizeApostrophes(input: string): string {
  const s = input.normalize('NFC');
  if (!APOSTROPHE_LIKE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (APOSTROPHE_LIKE.test(ch)) {
      const prev = i > 0 ? (s[i - 1] as string) : '';
      if (/[oOgG]/.test(prev)) out += OKINA;
      else if (/\p{L}/u.test(prev)) out += TUTUQ;
      else out += ch; // a quotation mark, not a letter part: leave it
    } else {
      out += ch;
    }
  }
  return out;
}

/** Folds every apostrophe-like mark to ASCII `'`, for search keys and matching. */
export function foldApostrophes(input: string): string {
  return input.replace(APOSTROPHE_LIKE_G, "'");
}

/** Cleans a person-typed text field: NFC, apostrophes normalised, inner whitespace collapsed. */
export function cleanText(input: string): string {
  return normalizeApostrophes(input).replace(/\s+/g, ' ').trim();
}

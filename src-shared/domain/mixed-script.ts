/**
 * Mixed-script words (DOMAIN §5.2): a Cyrillic А or О inside a Latin name (`Аndijon`, `Оʻquv`),
 * or a Latin letter inside a Cyrillic word (`sерия`). Such words look right but never match a
 * search or a HEMIS record. Detected per word; the fix maps look-alike letters to the word's
 * majority script and is offered, never applied silently.
 */
const CYR_TO_LAT_LOOKALIKE: Record<string, string> = {
  А: 'A',
  а: 'a',
  В: 'B',
  Е: 'E',
  е: 'e',
  К: 'K',
  к: 'k',
  М: 'M',
  Н: 'H',
  О: 'O',
  о: 'o',
  Р: 'P',
  р: 'p',
  С: 'C',
  с: 'c',
  Т: 'T',
  Х: 'X',
  х: 'x',
  У: 'Y',
  у: 'y',
  І: 'I',
  і: 'i',
};
const LAT_TO_CYR_LOOKALIKE: Record<string, string> = {
  ...Object.fromEntries(Object.entries(CYR_TO_LAT_LOOKALIKE).map(([cyr, lat]) => [lat, cyr])),
  // Not look-alikes but the same sound, seen in HEMIS templates (`sерия`).
  s: 'с',
  S: 'С',
};

const CYR = /[\u0400-\u04ff]/;
const LAT = /[A-Za-z]/;

export interface MixedWord {
  word: string;
  index: number;
  majority: 'latin' | 'cyrillic';
  fixed: string | null;
}

function fixWord(word: string, majority: 'latin' | 'cyrillic'): string | null {
  const map = majority === 'latin' ? CYR_TO_LAT_LOOKALIKE : LAT_TO_CYR_LOOKALIKE;
  const minority = majority === 'latin' ? CYR : LAT;
  let out = '';
  for (const ch of word) {
    if (minority.test(ch)) {
      const replacement = map[ch];
      if (!replacement) return null; // not a look-alike: a person must decide
      out += replacement;
    } else out += ch;
  }
  return out;
}

export function findMixedScriptWords(text: string): MixedWord[] {
  // Nearly every name is in one script: two cheap tests spare the per-word pass.
  if (!CYR.test(text) || !LAT.test(text)) return [];
  const found: MixedWord[] = [];
  for (const m of text.matchAll(/[\p{L}\u02bb\u02bc'’‘`]+/gu)) {
    const word = m[0];
    const cyr = [...word].filter((c) => CYR.test(c)).length;
    const lat = [...word].filter((c) => LAT.test(c)).length;
    if (cyr === 0 || lat === 0) continue;
    // Uzbek Latin words carry apostrophes: count them as Latin evidence.
    const majority = lat + (/[\u02bb\u02bc'’‘`]/.test(word) ? 1 : 0) >= cyr ? 'latin' : 'cyrillic';
    found.push({ word, index: m.index ?? 0, majority, fixed: fixWord(word, majority) });
  }
  return found;
}

/** The text with every fixable mixed word fixed (what the one-click fix proposes). */
export function fixMixedScript(text: string): string {
  let out = text;
  for (const w of findMixedScriptWords(text).reverse()) {
    if (w.fixed !== null) out = out.slice(0, w.index) + w.fixed + out.slice(w.index + w.word.length);
  }
  return out;
}

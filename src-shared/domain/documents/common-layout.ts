import type { Locale } from '../../contract/common';
import { translate, type MessageParams } from '../../i18n';
import { formatDate } from '../format';
import type { IssueMeta } from './document-type';
import type { Block, Run } from './model';
import type { SignatorySource } from './source';

/** Words of a document in its language; `both` gives "uz / ru" for bilingual forms. */
export function wordsFor(lang: Locale, second?: Locale) {
  const one = (key: string, params?: MessageParams) => translate(lang, key, params);
  return {
    one,
    both: (key: string, params?: MessageParams) =>
      second && second !== lang ? `${one(key, params)} / ${translate(second, key, params)}` : one(key, params),
  };
}

/** A classifier value by code in the document's language; an unknown code prints as it is. */
export function codeName(lang: Locale, classifier: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `code.${classifier}.${code}`;
  const name = translate(lang, key);
  return name === key ? code : name;
}

export const dmy = (iso: string | null | undefined) => formatDate(iso ?? null);

/** The letterhead: the institution name in capitals, the logo when there is one. */
export function letterhead(name: string, meta: IssueMeta, details = ''): Block {
  return { kind: 'letterhead', lines: [name.toLocaleUpperCase('uz')], logo: meta.logo || undefined, details };
}

/** "№ …" left and "Berilgan sana: …" right; a preview shows a dash for the number. */
export function numberLine(words: ReturnType<typeof wordsFor>, meta: IssueMeta): Block {
  return {
    kind: 'numberLine',
    left: words.one('doc.number', { number: meta.registerNumber ?? '—' }),
    right: `${words.both('doc.issuedOnLabel')}: ${dmy(meta.issuedOn)}`,
  };
}

export function signatures(words: ReturnType<typeof wordsFor>, signer: SignatorySource | null, meta: IssueMeta): Block {
  return {
    kind: 'signatures',
    rows: signer ? [{ position: signer.position, name: signer.fullName }] : [],
    stamp: words.one('doc.stamp'),
    qr: meta.qr ?? undefined,
  };
}

export const text = (t: string, extra: Omit<Run, 'text'> = {}): Run => ({ text: t, ...extra });

/** The first signatory the office has set up among `roles`, in that order of preference. */
export function pickSignatory(
  all: Partial<Record<string, SignatorySource>>,
  roles: readonly string[],
): SignatorySource | null {
  for (const r of roles) if (all[r]) return all[r]!;
  return null;
}

/**
 * "GPA" is printed as it is in every language, like "№" or "QR": texts take it as `{gpa}` so the
 * Cyrillic catalog holds no Latin letters of its own.
 */
export const GPA = 'GPA';

/** A line to fill by hand where the app does not know the value (employer, room, dates). */
export const BLANK = '______________________';

/** Decimal comma in Uzbek and Russian; a document with English on it uses the point. */
export const decimalMark = (lang: Locale, bilingualEn = false): '.' | ',' => (lang === 'en' || bilingualEn ? '.' : ',');

/** A number as printed: `4.5` / `4,5`, whole numbers without decimals, a dash for none. */
export function num(value: number | null | undefined, mark: '.' | ',', digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const f = 10 ** digits;
  const text = String(Math.round(value * f) / f);
  return mark === ',' ? text.replace('.', ',') : text;
}

/** HEMIS semester code → its number: `11` → 1, `18` → 8 (a plain number stays). */
export function semesterNumber(code: string): number {
  const n = Number(code);
  return n > 10 ? n - 10 : n;
}

/** HEMIS academic year code → its name: `2024` → `2024-2025`. */
export function yearName(code: string): string {
  return /^\d{4}$/.test(code) ? `${code}-${Number(code) + 1}` : code;
}

/** Two spellings of one value on a bilingual form: `Iqtisodiyot / Economics`, once when they agree. */
export function pair(first: string, second: string | null | undefined): string {
  if (!second || second === first) return first;
  if (!first) return second;
  return `${first} / ${second}`;
}

/** Whole days from one ISO date to another, both counted (a session of 1–3 March is 3 days). */
export function calendarDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

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

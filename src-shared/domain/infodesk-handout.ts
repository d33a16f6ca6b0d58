/**
 * An info desk article on paper (issue 7): one A4 sheet per article, handed over the counter. The letterhead
 * (the institution's name in the article's language, the logo), the title, the body's paragraphs and bullets,
 * the contacts block, and the link both as text and as a QR code a phone can open.
 */
import { parseBody } from './infodesk';
import type { Block, DocModel } from './documents/model';

export interface HandoutArticle {
  lang: string;
  title: string;
  body: string;
  contacts: string;
  url: string;
  updatedAt: string;
}

export interface HandoutInstitution {
  /** The name in each language; an empty one falls back to the Uzbek Latin name. */
  names: Partial<Record<string, string>>;
  logo: string;
}

/** The handout's own words, in the article's language (not the operator's: the sheet is for the visitor). */
export const HANDOUT_WORDS: Record<string, { contacts: string; link: string; updated: string; scan: string }> = {
  'uz-Latn': { contacts: 'Bogʻlanish', link: 'Havola', updated: 'Maʼlumot yangilangan sana', scan: 'Telefonda oching' },
  'uz-Cyrl': { contacts: 'Боғланиш', link: 'Ҳавола', updated: 'Маълумот янгиланган сана', scan: 'Телефонда очинг' },
  ru: { contacts: 'Контакты', link: 'Ссылка', updated: 'Сведения обновлены', scan: 'Откройте на телефоне' },
  en: { contacts: 'Contacts', link: 'Link', updated: 'Information updated', scan: 'Open on your phone' },
};

/** Handouts are read, not filed: 12 pt, even margins (no binding edge). */
export const HANDOUT_FONT_SIZE = 12;
const HANDOUT_MARGINS: DocModel['page']['marginsMm'] = [15, 18, 15, 18];

const para = (text: string, opts: { bold?: boolean; align?: 'left' | 'justify'; after?: number } = {}): Block => ({
  kind: 'paragraph',
  runs: [{ text, bold: opts.bold }],
  align: opts.align ?? 'justify',
  spaceAfter: opts.after ?? 2,
});

function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}.${m}.${y}` : '';
}

/** The blocks of one article's sheet. */
export function handoutBlocks(a: HandoutArticle, inst: HandoutInstitution): Block[] {
  const words = HANDOUT_WORDS[a.lang] ?? HANDOUT_WORDS['uz-Latn']!;
  const name = inst.names[a.lang] || inst.names['uz-Latn'] || '';
  const blocks: Block[] = [];
  if (name || inst.logo)
    blocks.push({ kind: 'letterhead', lines: name ? [name.toUpperCase()] : [], logo: inst.logo || undefined });
  blocks.push({ kind: 'title', lines: [a.title] });
  for (const b of parseBody(a.body)) {
    if (b.kind === 'paragraph') blocks.push(para(b.text));
    else
      b.items.forEach((item, i) =>
        blocks.push(para(`•  ${item}`, { align: 'left', after: i === b.items.length - 1 ? 2 : 0.5 })),
      );
  }
  const contacts = a.contacts
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (contacts.length) {
    blocks.push({ kind: 'spacer', mm: 3 }, para(`${words.contacts}:`, { bold: true, align: 'left', after: 1 }));
    contacts.forEach((line) => blocks.push(para(line, { align: 'left', after: 0.5 })));
  }
  if (a.url) {
    blocks.push(
      { kind: 'spacer', mm: 3 },
      { kind: 'paragraph', align: 'left', runs: [{ text: `${words.link}: `, bold: true }, { text: a.url }] },
    );
    blocks.push({ kind: 'qr', mark: { content: a.url, caption: words.scan, sizeMm: 28 } });
  }
  const updated = ddmmyyyy(a.updatedAt);
  if (updated)
    blocks.push(
      { kind: 'spacer', mm: 4 },
      { kind: 'paragraph', align: 'left', size: 9, runs: [{ text: `${words.updated}: ${updated}`, italic: true }] },
    );
  return blocks;
}

/** One sheet per article, in the given order; the file's title is the first article's (or the selection's). */
export function handoutDocModel(
  articles: readonly HandoutArticle[],
  inst: HandoutInstitution,
  title?: string,
): DocModel {
  const blocks: Block[] = [];
  articles.forEach((a, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(...handoutBlocks(a, inst));
  });
  return {
    title: title ?? articles[0]?.title ?? '',
    lang: articles[0]?.lang ?? 'uz-Latn',
    page: { size: 'A4', orientation: 'portrait', marginsMm: HANDOUT_MARGINS },
    fontSize: HANDOUT_FONT_SIZE,
    blocks,
  };
}

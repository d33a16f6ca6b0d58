import type { OrderText } from '../../contract/orders-models';
import { OFFICIAL_MARGINS, type Block, type DocModel } from './model';

/**
 * An order on paper (DOMAIN §4.2), shared by the order itself (`orders.render`) and its excerpt (the
 * `order-excerpt` document type): letterhead, heading, date and number, city, title, preamble, the
 * command, numbered paragraphs (a list's students as "1) …" under its lead-in), "Asos:" and the signer.
 */

/** Orders are typed in 14 pt Times, as the office's paper orders are. */
export const ORDER_FONT_SIZE = 14;

const para = (text: string, extra: Omit<Extract<Block, { kind: 'paragraph' }>, 'kind' | 'runs'> = {}): Block => ({
  kind: 'paragraph',
  runs: [{ text }],
  ...extra,
});

/** "Asos:" bold, the rest plain. */
function basisBlock(basis: string): Block {
  const colon = basis.indexOf(':');
  if (colon < 0 || colon > 20) return para(basis, { align: 'left' });
  return {
    kind: 'paragraph',
    align: 'left',
    runs: [{ text: basis.slice(0, colon + 1), bold: true }, { text: basis.slice(colon + 1) }],
  };
}

/** The head of an order or its excerpt: the institution, the heading, date and number, city, title. */
export function orderHead(
  text: Pick<OrderText, 'institution' | 'dateLine' | 'numberLine' | 'place' | 'title'>,
  heading: string,
  logo: string,
): Block[] {
  return [
    { kind: 'letterhead', lines: [text.institution.toLocaleUpperCase('uz')], logo: logo || undefined },
    { kind: 'title', lines: [heading] },
    { kind: 'numberLine', left: text.dateLine, right: text.numberLine },
    ...(text.place ? [para(text.place, { align: 'center' })] : []),
    { kind: 'paragraph', runs: [{ text: text.title, bold: true }], align: 'center', spaceAfter: 5 },
  ];
}

export interface PrintedParagraph {
  n: number;
  text: string;
  items: { n: number; text: string }[];
}

/** Preamble, "BUYURAMAN:", the paragraphs and (for the whole order) the control clause as the last one. */
export function orderBody(preamble: string, command: string, paragraphs: PrintedParagraph[], control: string): Block[] {
  const blocks: Block[] = [];
  if (preamble) blocks.push(para(preamble, { indent: true }));
  blocks.push({ kind: 'paragraph', runs: [{ text: command, bold: true }], align: 'center' });
  for (const p of paragraphs) {
    blocks.push(para(`${p.n}. ${p.text}`, { indent: true, spaceAfter: p.items.length ? 1 : 3 }));
    p.items.forEach((item, k) =>
      blocks.push(para(`${item.n}) ${item.text}`, { indent: true, spaceAfter: k === p.items.length - 1 ? 3 : 1 })),
    );
  }
  const last = paragraphs.reduce((n, p) => Math.max(n, p.n), 0);
  if (control) blocks.push(para(`${last + 1}. ${control}`, { indent: true }));
  return blocks;
}

export function orderFoot(basis: string, signature: OrderText['signature']): Block[] {
  return [
    ...(basis ? [basisBlock(basis)] : []),
    { kind: 'spacer', mm: 8 },
    { kind: 'signatures', rows: signature.name || signature.position ? [signature] : [] },
  ];
}

/**
 * The visa block under a rector's order (DOMAIN §4.2 "kelishildi"): the officials who agree the draft before the
 * rector signs, with lines for their signatures. Printed on the order, not on an excerpt.
 */
const VISAS: Record<'uz-Latn' | 'ru', { heading: string; positions: string[] }> = {
  'uz-Latn': {
    heading: 'Kelishildi:',
    positions: ['Oʻquv ishlari boʻyicha prorektor', 'Yuriskonsult', 'Registrator ofisi boshligʻi'],
  },
  ru: {
    heading: 'Согласовано:',
    positions: ['Проректор по учебной работе', 'Юрисконсульт', 'Начальник офиса регистратора'],
  },
};

function visaBlocks(lang: string): Block[] {
  const visa = VISAS[lang === 'ru' ? 'ru' : 'uz-Latn'];
  return [
    { kind: 'spacer', mm: 12 },
    { kind: 'paragraph', runs: [{ text: visa.heading, bold: true }], align: 'left', size: 12 },
    { kind: 'signatures', rows: visa.positions.map((position) => ({ position, name: '' })) },
  ];
}

/** The whole order as a document with its visas; a draft says so across the page. */
export function orderDocModel(text: OrderText, opts: { lang: string; logo: string; watermark?: string }): DocModel {
  return {
    title: `${text.heading} ${text.numberLine}`.trim(),
    lang: opts.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: ORDER_FONT_SIZE,
    watermark: opts.watermark,
    blocks: [
      ...orderHead(text, text.heading, opts.logo),
      ...orderBody(
        text.preamble,
        text.command,
        text.paragraphs.map((p) => ({
          n: p.n,
          text: p.text,
          items: p.items.map((item, k) => ({ n: k + 1, text: item.text })),
        })),
        text.control,
      ),
      ...orderFoot(text.basis, text.signature),
      ...visaBlocks(opts.lang),
    ],
  };
}

import type { Locale } from '../../contract/common';
import type { OrderTexts } from '../../contract/orders-models';
import { ORDER_WORDS, paragraphsFor, type OrderLang } from '../order-text';
import type { OrderType } from '../orders';
import { dmy, numberLine, pickSignatory, wordsFor } from './common-layout';
import type { DocumentTypeDef, IssueMeta, Snapshot } from './document-type';
import { OFFICIAL_MARGINS, type DocModel } from './model';
import { ORDER_FONT_SIZE, orderBody, orderFoot, orderHead } from './order-layout';
import type { DocumentSource } from './source';

/**
 * Buyruqdan koʻchirma — an extract of an approved order for one student (DOMAIN §4.2): the institution,
 * "BUYRUQDAN KOʻCHIRMA", the order's date, number and title, its preamble, "BUYURAMAN:", only the
 * paragraph(s) naming this student (of a list, the lead-in and the student's own item), "Asos:", the
 * order's signer, then "Koʻchirma toʻgʻri:" with the office that certifies the copy, the stamp place,
 * the register number, the issue date and the signed QR. The order's text is the approved one, copied
 * as it stands: an excerpt never rewrites what the rector signed.
 */

/** `source.extra`: the order as approved (`params.orderId`, read by the loader in main). */
export interface OrderExcerptExtra {
  orderId: string;
  type: OrderType;
  number: string;
  orderDate: string;
  text: OrderTexts;
}

export interface OrderExcerptSnapshot extends Snapshot {
  orderId: string;
  institution: string;
  heading: string;
  orderNumber: string;
  orderDate: string;
  /** As the order prints them: "2026-yil 28-noyabr", "№ 45-T", "Fargʻona sh.". */
  dateLine: string;
  numberLine: string;
  place: string;
  orderTitle: string;
  preamble: string;
  command: string;
  /** The student's paragraphs, numbered as in the order; `items`: their own line of a list. */
  paragraphs: { no: string; text: string; items: { no: string; text: string }[] }[];
  basis: string;
  /** Who signed the order. */
  signer: { position: string; fullName: string };
  certified: string;
  certifier: { position: string; fullName: string } | null;
}

/** Who certifies the copy: the registrar's office, else the secretary, the dean or the rector. */
const CERTIFIERS = ['office_head', 'secretary', 'dean', 'rector'] as const;

const orderLang = (lang: Locale): OrderLang => (lang === 'ru' ? 'ru' : 'uz-Latn');

function build(source: DocumentSource, lang: Locale): OrderExcerptSnapshot {
  const x = source.extra as OrderExcerptExtra | undefined;
  if (!x) throw new Error('order-excerpt needs the order (params.orderId)');
  const l = orderLang(lang);
  const text = x.text[l];
  return {
    lang,
    holderName: source.student.fullName[lang],
    studentIdNumber: source.student.studentIdNumber,
    orderId: x.orderId,
    institution: text.institution,
    heading: ORDER_WORDS[l].excerptHeading,
    orderNumber: x.number,
    orderDate: dmy(x.orderDate),
    dateLine: text.dateLine,
    numberLine: text.numberLine,
    place: text.place,
    orderTitle: text.title,
    preamble: text.preamble,
    command: text.command,
    paragraphs: paragraphsFor(text, source.student.id).map((p) => ({
      no: String(p.n),
      text: p.text,
      items: p.items.map((item) => ({ no: String(item.n), text: item.text })),
    })),
    basis: text.basis,
    signer: { position: text.signature.position, fullName: text.signature.name },
    certified: ORDER_WORDS[l].excerptCertified,
    certifier: pickSignatory(source.institution.signatories, CERTIFIERS),
  };
}

function layout(d: OrderExcerptSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const certifier = d.certifier ?? { position: '', fullName: '' };
  return {
    title: `${d.heading} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: ORDER_FONT_SIZE,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      ...orderHead({ ...d, title: d.orderTitle }, d.heading, meta.logo),
      ...orderBody(
        d.preamble,
        d.command,
        d.paragraphs.map((p) => ({
          n: Number(p.no),
          text: p.text,
          items: p.items.map((item) => ({ n: Number(item.no), text: item.text })),
        })),
        '',
      ),
      ...orderFoot(d.basis, { position: d.signer.position, name: d.signer.fullName }),
      { kind: 'spacer', mm: 6 },
      { kind: 'paragraph', runs: [{ text: d.certified, bold: true }], align: 'left', spaceAfter: 1 },
      {
        kind: 'signatures',
        rows: [{ position: certifier.position, name: certifier.fullName }],
        stamp: w.one('doc.stamp'),
        qr: meta.qr ?? undefined,
      },
      numberLine(w, meta),
    ],
  };
}

export const orderExcerpt: DocumentTypeDef<OrderExcerptSnapshot> = {
  code: 'order-excerpt',
  langs: ['uz-Latn', 'ru'],
  layoutVersion: 1,
  issuedFrom: 'order',
  build,
  layout,
};

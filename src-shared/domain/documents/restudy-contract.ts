import { formatPlain, formatSom } from '../fees';
import { wordsFor } from './common-layout';
import type { DocumentSource } from './source';
import type { DocumentTypeDef, IssueMeta } from './document-type';
import { OFFICIAL_MARGINS, type DocModel } from './model';
import type { Locale } from '../../contract/common';
import {
  buildContractSnapshot,
  CONTRACT_LANGS,
  contractExtra,
  contractHead,
  heading,
  para,
  requisitesBlocks,
  scheduleBlocks,
  studentFields,
  type ContractSnapshot,
} from './payment-contract-parts';

/**
 * Qayta oʻqish shartnomasi — the re-study contract (DOMAIN §2.5): the debtor pays for the credits not earned,
 * `Σ credits × credit price`. It lists the subjects with their credits and amounts, the credit price and where
 * it comes from (base contract ÷ 60, or fixed by the rector's order), the formula, the tariff version and
 * the due date, then the parties' requisites and signatures.
 */

export interface RestudyContractSnapshot extends ContractSnapshot {
  creditPrice: string;
  creditPriceFixed: boolean;
  subjects: { name: string; credits: string; amount: string }[];
  totalCredits: string;
}

function build(source: DocumentSource, lang: Locale): RestudyContractSnapshot {
  const base = buildContractSnapshot(source, lang);
  const r = contractExtra(source).calculation.restudy;
  if (!r) throw new Error('a re-study contract needs its subjects');
  return {
    ...base,
    creditPrice: formatSom(r.creditPrice),
    creditPriceFixed: r.creditPriceSource === 'fixed',
    subjects: r.subjects.map((s) => ({ name: s.name, credits: formatPlain(s.credits), amount: formatSom(s.amount) })),
    totalCredits: formatPlain(r.subjects.reduce((sum, s) => sum + s.credits, 0)),
  };
}

function layout(d: RestudyContractSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const title = w.one('doc.contract.title.restudy');
  return {
    title: `${title} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 11,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      ...contractHead(d, meta, title),
      heading(w.one('doc.contract.section.subject')),
      para(w.one('doc.contract.restudySubject', { year: d.educationYear })),
      studentFields(d, w),
      {
        kind: 'table',
        size: 9,
        columns: [
          { title: '№', width: 0.06, align: 'center' },
          { title: w.one('doc.contract.col.subject'), width: 0.54 },
          { title: w.one('doc.contract.col.credits'), width: 0.15, align: 'center' },
          { title: w.one('doc.contract.col.subjectAmount'), width: 0.25, align: 'right' },
        ],
        rows: [
          ...d.subjects.map((s, i) => ({ cells: [String(i + 1), s.name, s.credits, s.amount] })),
          { cells: ['', w.one('doc.contract.total'), d.totalCredits, d.amount], bold: true },
        ],
      },
      heading(w.one('doc.contract.section.amount')),
      para(
        w.one(d.creditPriceFixed ? 'doc.contract.creditPriceFixed' : 'doc.contract.creditPriceBase', {
          price: d.creditPrice,
        }),
      ),
      para(w.one('doc.contract.amount', { amount: d.amount, words: d.amountWords }), true),
      para(w.one('doc.contract.formula', { formula: d.formula })),
      para(w.one('doc.contract.tariff', { version: d.tariffLabel })),
      heading(w.one('doc.contract.section.schedule')),
      ...scheduleBlocks(d, w),
      heading(w.one('doc.contract.section.duties')),
      para(w.one('doc.contract.restudyDuties')),
      ...requisitesBlocks(d, meta, w),
    ],
  };
}

export const restudyContract: DocumentTypeDef<RestudyContractSnapshot> = {
  code: 'restudy-contract',
  langs: CONTRACT_LANGS,
  layoutVersion: 1,
  issuedFrom: 'contract',
  build,
  layout,
};

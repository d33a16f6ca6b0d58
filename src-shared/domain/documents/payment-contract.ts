import type { DocumentTypeDef, IssueMeta } from './document-type';
import { OFFICIAL_MARGINS, type DocModel } from './model';
import { wordsFor } from './common-layout';
import {
  amountBlocks,
  buildContractSnapshot,
  CONTRACT_LANGS,
  contractHead,
  heading,
  para,
  requisitesBlocks,
  scheduleBlocks,
  studentFields,
  type ContractSnapshot,
} from './payment-contract-parts';

/**
 * Toʻlov-shartnoma — the yearly tuition contract (DOMAIN §2.6): two-party (OTM + student, HEMIS form 11),
 * three-party (+ the payer, form 12) or for a foreign citizen. It prints the parties, the subject (training
 * of the student in the specialty for the academic year), the amount in figures and words with each step of
 * its calculation, the formula and the tariff version ("Tarif: 2026-2027 v2"), the 25/50/75/100 % schedule,
 * the parties' requisites and signatures, the stamp place and the signed QR. Issued from the contracts
 * screen only (`issuedFrom: 'contract'`): its amount is frozen with the contract row.
 */

const TITLE_KEY = {
  twoParty: 'doc.contract.title.twoParty',
  threeParty: 'doc.contract.title.threeParty',
  foreign: 'doc.contract.title.foreign',
  restudy: 'doc.contract.title.restudy',
} as const;

function layout(d: ContractSnapshot, meta: IssueMeta): DocModel {
  const w = wordsFor(d.lang);
  const title = w.one(TITLE_KEY[d.kind]);
  return {
    title: `${title} ${meta.registerNumber ?? ''}`.trim(),
    lang: d.lang,
    page: { size: 'A4', orientation: 'portrait', marginsMm: OFFICIAL_MARGINS },
    fontSize: 11,
    watermark: meta.registerNumber ? undefined : w.one('doc.draft'),
    blocks: [
      ...contractHead(d, meta, title),
      heading(w.one('doc.contract.section.subject')),
      para(w.one('doc.contract.subject', { year: d.educationYear })),
      studentFields(d, w),
      heading(w.one('doc.contract.section.amount')),
      ...amountBlocks(d, w),
      heading(w.one('doc.contract.section.schedule')),
      para(w.one('doc.contract.scheduleIntro')),
      ...scheduleBlocks(d, w),
      heading(w.one('doc.contract.section.duties')),
      para(w.one('doc.contract.duties')),
      ...requisitesBlocks(d, meta, w),
    ],
  };
}

export const paymentContract: DocumentTypeDef<ContractSnapshot> = {
  code: 'payment-contract',
  langs: CONTRACT_LANGS,
  layoutVersion: 1,
  issuedFrom: 'contract',
  build: buildContractSnapshot,
  layout,
};

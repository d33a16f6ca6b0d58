import type { Locale } from '../../contract/common';
import type { DocModel, QrMark } from './model';
import type { DocumentSource } from './source';

/** What an issue adds to the snapshot when it is printed: number, date, QR. A preview has none. */
export interface IssueMeta {
  registerNumber: string | null;
  issuedOn: string;
  qr: QrMark | null;
  /** The institution's logo is printed from the profile, not copied into every snapshot. */
  logo: string;
}

/** The printed values of one document: strings in the document's language, plus tables. */
export type Snapshot = Record<string, unknown> & { lang: Locale; holderName: string; studentIdNumber: string };

/**
 * A document type: a pure builder (source → snapshot of the printed values) and a pure layout
 * (snapshot → model). The snapshot is stored with the register entry; a reprint is layout(snapshot).
 */
export interface DocumentTypeDef<S extends Snapshot = Snapshot> {
  code: string;
  langs: readonly Locale[];
  /** Bumped when the built-in layout changes what a page looks like; stamped on every issue. */
  layoutVersion: number;
  /**
   * A document that belongs to something other than the student alone (an order excerpt names its order):
   * issued from that screen, not offered in the card's or the batch's type list. A payment or re-study
   * contract is issued when the contract is drawn up (`contracts.draw`), with its frozen amount.
   */
  issuedFrom?: 'order' | 'contract';
  build(source: DocumentSource, lang: Locale): S;
  layout(snapshot: S, meta: IssueMeta): DocModel;
}

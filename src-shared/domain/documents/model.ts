/**
 * The layout of a document as data: a document type's layout function turns a snapshot into this,
 * and each renderer (DOCX, HTML for preview/print) draws it. One layout, several outputs, and the
 * snapshot alone reproduces a printed document years later.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  /** The institution's letterhead: logo (optional) and name lines, centred, in capitals. */
  | { kind: 'letterhead'; lines: string[]; logo?: string; details?: string }
  | { kind: 'title'; lines: string[] }
  | { kind: 'paragraph'; runs: Run[]; align?: Align; size?: number; indent?: boolean; spaceAfter?: number }
  /** Number and date on one line: left and right. */
  | { kind: 'numberLine'; left: string; right: string }
  /** A label/value table, the body of most certificates. */
  | { kind: 'fields'; rows: { label: string; value: string }[]; labelWidth?: number }
  /** A data table; widths are fractions that sum to 1. `groupRows` are full-width subheadings (semesters). */
  | {
      kind: 'table';
      columns: { title: string; width: number; align?: Align }[];
      rows: ({ cells: string[]; bold?: boolean } | { group: string })[];
      size?: number;
    }
  /** Signatures: position left, name right; a stamp place and the QR code beside them. */
  | { kind: 'signatures'; rows: { position: string; name: string }[]; stamp?: string; qr?: QrMark }
  | { kind: 'qr'; mark: QrMark }
  | { kind: 'image'; dataUrl: string; widthMm: number; heightMm: number; align?: Align }
  | { kind: 'spacer'; mm: number }
  /** A dashed cutting line between the two parts of a tear-off document. */
  | { kind: 'cutLine'; label?: string }
  | { kind: 'pageBreak' }
  /**
   * Identity cards of a fixed size laid out in a grid, `columns` across, each framed by crop marks: one
   * card on a sheet today, eight (2 × 4) when a batch prints a group.
   */
  | { kind: 'cards'; cards: IdCard[]; columns: number };

/**
 * One card face (ID-1 size, 85.6 × 54 mm): a header band, the photo on the left, the holder's fields in
 * the middle, the QR code on the right and a footer line with the validity and the signature.
 */
export interface IdCard {
  widthMm: number;
  heightMm: number;
  /** The institution's name and the card's title, centred in the header band. */
  header: string[];
  logo?: string;
  /** A data URL; without one the card shows a frame to glue a photo into, with `photoHint` in it. */
  photo: string | null;
  photoHint: string;
  /** Bold, under the header: the holder's name. */
  name: string;
  rows: { label: string; value: string }[];
  /** Left of the footer: the validity; right: who signs. */
  footer: string;
  signature: { position: string; name: string } | null;
  /** Printed in small type under the QR code (the card number). */
  number: string;
  qr?: QrMark;
}

/** ID-1 (ISO/IEC 7810), the size of a bank card. */
export const ID_CARD_MM = { width: 85.6, height: 54 } as const;
/** Length of a crop mark outside the card's corners, and so the gap between two cards on a sheet. */
export const CROP_MARK_MM = 4;
/**
 * The card's grid, shared by the three renderers so a card looks the same in DOCX, HTML and PDF:
 * header band, body (photo | fields | QR) and footer heights, column widths, type sizes in points.
 */
export const ID_CARD_GRID = {
  headerMm: 11,
  footerMm: 7,
  columnsMm: [23, 45.6, 17] as const,
  photoMm: [20, 26] as const,
  qrMm: 15,
  pt: { header: 6.5, title: 8, name: 8, text: 6.5, small: 5.5 },
} as const;

export interface QrMark {
  /** The text the QR code holds (the signed payload, possibly behind a verification link). */
  content: string;
  /** Printed under the code: register number, how to verify. */
  caption: string;
  sizeMm: number;
}

export interface DocModel {
  /** Shown in the HTML `<title>` and the DOCX properties. */
  title: string;
  lang: string;
  page: {
    size: 'A4';
    orientation: 'portrait' | 'landscape';
    marginsMm: [top: number, right: number, bottom: number, left: number];
  };
  /** Points; the body size of the document (headings scale from it). */
  fontSize: number;
  /** A preview that was not issued says so across the page. */
  watermark?: string;
  /**
   * Printed at the foot of every page with “page / pages” on the right: who and which document a loose
   * page of a multi-page document belongs to (a transcript, an exam list).
   */
  footer?: string;
  blocks: Block[];
}

/**
 * Margins of Uzbek office documents (O'z DSt 1:2008 practice: left 30 mm for binding, right 10–15,
 * top and bottom 20).
 */
export const OFFICIAL_MARGINS: DocModel['page']['marginsMm'] = [20, 15, 20, 30];

/** Every QR code a layout prints (each is drawn once as an image, however often it appears). */
export function qrMarksOf(blocks: Block[]): QrMark[] {
  return blocks.flatMap((b) =>
    b.kind === 'qr'
      ? [b.mark]
      : b.kind === 'signatures' && b.qr
        ? [b.qr]
        : b.kind === 'cards'
          ? b.cards.flatMap((c) => (c.qr ? [c.qr] : []))
          : [],
  );
}

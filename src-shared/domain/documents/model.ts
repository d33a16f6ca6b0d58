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
  | { kind: 'pageBreak' };

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
  blocks: Block[];
}

/**
 * Margins of Uzbek office documents (O'z DSt 1:2008 practice: left 30 mm for binding, right 10–15,
 * top and bottom 20).
 */
export const OFFICIAL_MARGINS: DocModel['page']['marginsMm'] = [20, 15, 20, 30];

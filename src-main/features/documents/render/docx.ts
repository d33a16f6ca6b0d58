import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  ImageRun,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import {
  CROP_MARK_MM,
  ID_CARD_GRID,
  type Align,
  type Block,
  type DocModel,
  type IdCard,
  type QrMark,
  type Run,
} from '../../../../src-shared/domain/documents/model';
import { qrPng } from './qr';

/**
 * DocModel → .docx through the `docx` object model: Times New Roman, A4, the document's margins, tables
 * with fixed column widths (Word and LibreOffice lay them out alike only when widths are absolute).
 */

const TWIPS_PER_MM = 1440 / 25.4;
const PX_PER_MM = 96 / 25.4;
const tw = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const FONT = 'Times New Roman';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function dataUrlImage(dataUrl: string, widthMm: number, heightMm: number): ImageRun | null {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!m) return null;
  return new ImageRun({
    type: m[1] === 'png' ? 'png' : 'jpg',
    data: Buffer.from(m[2]!, 'base64'),
    transformation: { width: Math.round(widthMm * PX_PER_MM), height: Math.round(heightMm * PX_PER_MM) },
  });
}

const runOf = (r: Run, size: number) =>
  new TextRun({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    underline: r.underline ? {} : undefined,
    size,
    font: FONT,
  });

interface Ctx {
  size: number;
  contentMm: number;
  qr: Map<string, Buffer>;
}

function para(text: string, ctx: Ctx, opts: { bold?: boolean; align?: Align; size?: number; after?: number } = {}) {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'left'],
    spacing: { after: opts.after ?? 0 },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? ctx.size, font: FONT })],
  });
}

function cell(children: Paragraph[], widthMm: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) {
  return new TableCell({
    children,
    width: { size: tw(widthMm), type: WidthType.DXA },
    margins: { top: tw(0.8), bottom: tw(0.8), left: tw(1.5), right: tw(1.5) },
    ...extra,
  });
}

function qrParagraphs(mark: QrMark, ctx: Ctx): Paragraph[] {
  const png = ctx.qr.get(mark.content)!;
  const px = Math.round(mark.sizeMm * PX_PER_MM);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'png', data: png, transformation: { width: px, height: px } })],
    }),
    para(mark.caption, ctx, { align: 'center', size: ctx.size - 8 }),
  ];
}

function table(b: Extract<Block, { kind: 'table' }>, ctx: Ctx): Table {
  const size = b.size ? b.size * 2 : ctx.size;
  const widths = b.columns.map((c) => ctx.contentMm * c.width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) =>
      cell([para(c.title, ctx, { bold: true, align: 'center', size })], widths[i]!, {
        borders: GRID,
        verticalAlign: VerticalAlign.CENTER,
      }),
    ),
  });
  const rows = b.rows.map((r) =>
    'group' in r
      ? new TableRow({
          cantSplit: true,
          children: [
            cell([para(r.group, ctx, { bold: true, align: 'center', size })], ctx.contentMm, {
              borders: GRID,
              columnSpan: b.columns.length,
              shading: { fill: 'F2F2F2' },
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: r.cells.map((c, i) =>
            cell([para(c, ctx, { bold: r.bold, align: b.columns[i]?.align, size })], widths[i]!, { borders: GRID }),
          ),
        }),
  );
  return new Table({
    rows: [header, ...rows],
    layout: TableLayoutType.FIXED,
    columnWidths: widths.map(tw),
    width: { size: tw(ctx.contentMm), type: WidthType.DXA },
  });
}

const CARD_EDGE: IBorderOptions = { style: BorderStyle.SINGLE, size: 2, color: '999999' };
const MARK: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const hp = (points: number) => Math.round(points * 2);

function exactRow(mm: number, children: TableCell[]) {
  return new TableRow({ height: { value: tw(mm), rule: HeightRule.EXACT }, cantSplit: true, children });
}

function tiny(text = '', opts: { bold?: boolean; size?: number; align?: Align } = {}) {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'left'],
    spacing: { before: 0, after: 0, line: 240 },
    children: text ? [new TextRun({ text, bold: opts.bold, size: hp(opts.size ?? 1), font: FONT })] : [],
  });
}

/**
 * Cards as one borderless table, no nesting (Word and LibreOffice agree on flat tables only): per card
 * five columns (mark, photo, fields, QR, mark) and five rows (mark, header, body, footer, mark). The crop
 * marks are the borders of the margin cells, in line with the card's edges.
 */
function cardsTable(b: Extract<Block, { kind: 'cards' }>, ctx: Ctx): Table {
  const g = ID_CARD_GRID;
  const m = CROP_MARK_MM;
  const cardWidths = [m, ...g.columnsMm, m];
  const bodyMm = (c: IdCard) => c.heightMm - g.headerMm - g.footerMm;
  const none = { top: NONE, bottom: NONE, left: NONE, right: NONE };
  const zero = { top: 0, bottom: 0, left: 0, right: 0 };
  const c0 = (children: Paragraph[], widthMm: number, borders: object, extra: object = {}) =>
    new TableCell({
      children,
      width: { size: tw(widthMm), type: WidthType.DXA },
      margins: zero,
      borders: { ...none, ...borders },
      ...extra,
    });
  const rowsOfCards = (cards: IdCard[]): TableRow[] => {
    // The vertical marks above and below the card, in line with its left and right edges.
    const markRow = () =>
      exactRow(
        m,
        cards.flatMap(() => [
          c0([tiny()], m, {}),
          c0([tiny()], g.columnsMm[0], { left: MARK }),
          c0([tiny()], g.columnsMm[1], {}),
          c0([tiny()], g.columnsMm[2], { right: MARK }),
          c0([tiny()], m, {}),
        ]),
      );
    const header = exactRow(
      g.headerMm,
      cards.flatMap((c) => {
        const logo = c.logo ? dataUrlImage(c.logo, 7, 7) : null;
        const lines = c.header.map(
          (l, i) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { before: 0, after: 0 },
              children: [
                ...(i === 0 && logo ? [logo, new TextRun({ text: ' ', font: FONT })] : []),
                new TextRun({
                  text: l,
                  bold: true,
                  size: hp(i === c.header.length - 1 ? g.pt.title : g.pt.header),
                  font: FONT,
                }),
              ],
            }),
        );
        return [
          // The horizontal marks left and right of the card, in line with its top edge.
          c0([tiny()], m, { top: MARK }),
          c0(
            lines,
            g.columnsMm[0] + g.columnsMm[1] + g.columnsMm[2],
            { top: CARD_EDGE, left: CARD_EDGE, right: CARD_EDGE },
            {
              columnSpan: 3,
              verticalAlign: VerticalAlign.CENTER,
              shading: { fill: 'E6E6E6' },
              margins: { top: 0, bottom: 0, left: tw(1.5), right: tw(1.5) },
            },
          ),
          c0([tiny()], m, { top: MARK }),
        ];
      }),
    );
    const body = exactRow(
      Math.max(...cards.map(bodyMm)),
      cards.flatMap((c) => {
        const photo = c.photo ? dataUrlImage(c.photo, g.photoMm[0], g.photoMm[1]) : null;
        const frame = new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: tw(10), after: 0 },
          children: [new TextRun({ text: c.photoHint, size: hp(g.pt.small), font: FONT })],
        });
        const qrPng = c.qr ? ctx.qr.get(c.qr.content) : undefined;
        const qrPx = Math.round(g.qrMm * PX_PER_MM);
        return [
          c0([tiny()], m, {}),
          c0(
            [photo ? new Paragraph({ alignment: AlignmentType.CENTER, children: [photo] }) : frame],
            g.columnsMm[0],
            { left: CARD_EDGE },
            { margins: { top: tw(1.5), bottom: 0, left: tw(1.5), right: tw(1.5) } },
          ),
          c0(
            [
              new Paragraph({
                spacing: { before: 0, after: tw(1) },
                children: [new TextRun({ text: c.name, bold: true, size: hp(g.pt.name), font: FONT })],
              }),
              ...c.rows.map(
                (r) =>
                  new Paragraph({
                    spacing: { before: 0, after: tw(0.4) },
                    children: [
                      new TextRun({ text: `${r.label}: `, size: hp(g.pt.text), font: FONT }),
                      new TextRun({ text: r.value, bold: true, size: hp(g.pt.text), font: FONT }),
                    ],
                  }),
              ),
            ],
            g.columnsMm[1],
            {},
            { margins: { top: tw(1.5), bottom: 0, left: tw(1), right: tw(1) } },
          ),
          c0(
            [
              ...(qrPng
                ? [
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: [
                        new ImageRun({ type: 'png', data: qrPng, transformation: { width: qrPx, height: qrPx } }),
                      ],
                    }),
                  ]
                : []),
              tiny(c.number, { align: 'center', size: g.pt.small }),
            ],
            g.columnsMm[2],
            { right: CARD_EDGE },
            { margins: { top: tw(1.5), bottom: 0, left: 0, right: tw(1) } },
          ),
          c0([tiny()], m, {}),
        ];
      }),
    );
    const footer = exactRow(
      g.footerMm,
      cards.flatMap((c) => {
        const width = g.columnsMm[0] + g.columnsMm[1] + g.columnsMm[2];
        const runs = [new TextRun({ text: c.footer, size: hp(g.pt.text), font: FONT })];
        if (c.signature)
          runs.push(
            new TextRun({ text: `\t${c.signature.position} ________ `, size: hp(g.pt.text), font: FONT }),
            new TextRun({ text: c.signature.name, bold: true, size: hp(g.pt.text), font: FONT }),
          );
        return [
          c0([tiny()], m, { bottom: MARK }),
          c0(
            [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: tw(width - 3) }],
                spacing: { before: 0, after: 0 },
                children: runs,
              }),
            ],
            width,
            { bottom: CARD_EDGE, left: CARD_EDGE, right: CARD_EDGE },
            {
              columnSpan: 3,
              verticalAlign: VerticalAlign.CENTER,
              margins: { top: 0, bottom: 0, left: tw(1.5), right: tw(1.5) },
            },
          ),
          c0([tiny()], m, { bottom: MARK }),
        ];
      }),
    );
    return [markRow(), header, body, footer, markRow()];
  };
  const rows: TableRow[] = [];
  for (let i = 0; i < b.cards.length; i += b.columns) rows.push(...rowsOfCards(b.cards.slice(i, i + b.columns)));
  const perRow = Math.min(b.columns, b.cards.length);
  const widths = Array.from({ length: perRow }, () => cardWidths).flat();
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    columnWidths: widths.map(tw),
    width: { size: tw(widths.reduce((a, w) => a + w, 0)), type: WidthType.DXA },
    rows,
  });
}

function blockOf(b: Block, ctx: Ctx): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'letterhead': {
      const out: Paragraph[] = [];
      const logo = b.logo ? dataUrlImage(b.logo, 18, 18) : null;
      if (logo) out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [logo] }));
      b.lines.forEach((l, i) =>
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: i === b.lines.length - 1 && !b.details ? { bottom: { ...LINE, size: 12, space: 4 } } : undefined,
            children: [new TextRun({ text: l, bold: true, size: ctx.size + 2, font: FONT })],
          }),
        ),
      );
      if (b.details)
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { ...LINE, size: 12, space: 4 } },
            children: [new TextRun({ text: b.details, size: ctx.size - 4, font: FONT })],
          }),
        );
      out.push(para('', ctx, { after: tw(3) }));
      return out;
    }
    case 'title':
      return b.lines.map((l, i) =>
        para(l, ctx, { bold: true, align: 'center', size: ctx.size + 4, after: i === b.lines.length - 1 ? tw(3) : 0 }),
      );
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'],
          indent: b.indent ? { firstLine: tw(12.5) } : undefined,
          spacing: { after: tw(b.spaceAfter ?? 3) },
          children: b.runs.map((r) => runOf(r, b.size ? b.size * 2 : ctx.size)),
        }),
      ];
    case 'numberLine':
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: tw(ctx.contentMm) }],
          spacing: { before: tw(2), after: tw(5) },
          children: [new TextRun({ text: `${b.left}\t${b.right}`, size: ctx.size, font: FONT })],
        }),
      ];
    case 'fields': {
      const lw = ctx.contentMm * (b.labelWidth ?? 0.4);
      const vw = ctx.contentMm - lw;
      return [
        new Table({
          layout: TableLayoutType.FIXED,
          columnWidths: [tw(lw), tw(vw)],
          width: { size: tw(ctx.contentMm), type: WidthType.DXA },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                cantSplit: true,
                children: [
                  cell([para(r.label, ctx)], lw, { borders: GRID }),
                  cell([para(r.value, ctx, { bold: true })], vw, { borders: GRID }),
                ],
              }),
          ),
        }),
        para('', ctx, { after: tw(3) }),
      ];
    }
    case 'table':
      return [table(b, ctx), para('', ctx, { after: tw(2) })];
    case 'signatures': {
      const qrMm = b.qr ? 36 : 0;
      const rest = ctx.contentMm - qrMm;
      const lines: Paragraph[] = b.rows.flatMap((r) => [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: tw(rest - 3) }],
          spacing: { after: tw(6) },
          children: [
            new TextRun({ text: `${r.position}  ________________\t`, size: ctx.size, font: FONT }),
            new TextRun({ text: r.name, bold: true, size: ctx.size, font: FONT }),
          ],
        }),
      ]);
      if (b.stamp) lines.push(para(b.stamp, ctx));
      if (lines.length === 0) lines.push(para('', ctx));
      const cells = [cell(lines, rest, { borders: NO_BORDERS, verticalAlign: VerticalAlign.BOTTOM })];
      if (b.qr)
        cells.push(cell(qrParagraphs(b.qr, ctx), qrMm, { borders: NO_BORDERS, verticalAlign: VerticalAlign.BOTTOM }));
      return [
        new Table({
          layout: TableLayoutType.FIXED,
          borders: NO_BORDERS,
          columnWidths: cells.length === 2 ? [tw(rest), tw(qrMm)] : [tw(rest)],
          width: { size: tw(ctx.contentMm), type: WidthType.DXA },
          rows: [new TableRow({ cantSplit: true, children: cells })],
        }),
      ];
    }
    case 'qr':
      return qrParagraphs(b.mark, ctx);
    case 'image': {
      const img = dataUrlImage(b.dataUrl, b.widthMm, b.heightMm);
      return img ? [new Paragraph({ alignment: ALIGN[b.align ?? 'left'], children: [img] })] : [];
    }
    case 'spacer':
      return [new Paragraph({ spacing: { before: 0, after: 0, line: tw(b.mm), lineRule: 'exact' }, children: [] })];
    case 'cutLine':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: tw(6), after: tw(6) },
          border: { top: { style: BorderStyle.DASHED, size: 6, color: '000000', space: 2 } },
          children: b.label ? [new TextRun({ text: b.label, size: ctx.size - 6, font: FONT })] : [],
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'cards':
      return [cardsTable(b, ctx)];
  }
}

function qrMarks(blocks: Block[]): QrMark[] {
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

export async function renderDocx(doc: DocModel): Promise<Buffer> {
  const landscape = doc.page.orientation === 'landscape';
  const [top, right, bottom, left] = doc.page.marginsMm;
  const qr = new Map<string, Buffer>();
  for (const mark of qrMarks(doc.blocks)) if (!qr.has(mark.content)) qr.set(mark.content, await qrPng(mark.content));
  const ctx: Ctx = { size: doc.fontSize * 2, contentMm: (landscape ? 297 : 210) - left - right, qr };
  const children: (Paragraph | Table)[] = [];
  if (doc.watermark) children.push(para(doc.watermark, ctx, { bold: true, align: 'center', size: ctx.size + 8 }));
  for (const b of doc.blocks) children.push(...blockOf(b, ctx));
  const document = new Document({
    title: doc.title,
    creator: 'Registrator',
    styles: { default: { document: { run: { font: FONT, size: ctx.size } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape: give the portrait sheet.
            size: {
              width: tw(210),
              height: tw(297),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: tw(top), right: tw(right), bottom: tw(bottom), left: tw(left) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

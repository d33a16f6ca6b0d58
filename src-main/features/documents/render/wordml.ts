import type { Align, Block, DocModel, QrMark, Run } from '../../../../src-shared/domain/documents/model';

/**
 * DocModel → WordprocessingML (`word/document.xml`) as text. The `docx` object model costs tens of
 * milliseconds for a transcript's tables (most of a 500-document batch); writing the same markup directly
 * costs about one. The package around it (styles, settings, fonts, theme) comes from the `docx` package,
 * built once (docx-shell.ts). Units: twips for lengths (1/1440 in), half-points for type sizes, EMU for
 * drawings.
 */

const TWIPS_PER_MM = 1440 / 25.4;
export const tw = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const EMU_PER_MM = 36000;
export const FONT = 'Times New Roman';

const JC: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** XML text: the five entities, and characters XML 1.0 forbids dropped (a pasted control character). */
export function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  );
}

export interface Image {
  rId: string;
  path: string;
  data: Buffer;
  ext: 'png' | 'jpeg';
}

/** What the body needs from the package: images get relationship ids and media paths. */
export class Media {
  readonly images: Image[] = [];
  private readonly byKey = new Map<string, Image>();
  private drawingId = 0;

  add(key: string, data: Buffer, ext: 'png' | 'jpeg'): Image {
    const known = this.byKey.get(key);
    if (known) return known;
    const n = this.images.length + 1;
    const image = { rId: `rIdImg${n}`, path: `media/image${n}.${ext === 'png' ? 'png' : 'jpeg'}`, data, ext };
    this.images.push(image);
    this.byKey.set(key, image);
    return image;
  }

  nextDrawingId(): number {
    return ++this.drawingId;
  }
}

interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Half-points. */
  size: number;
}

export function runXml(text: string, p: RunProps): string {
  const props =
    `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/>` +
    (p.bold ? '<w:b/><w:bCs/>' : '') +
    (p.italic ? '<w:i/><w:iCs/>' : '') +
    (p.underline ? '<w:u w:val="single"/>' : '') +
    `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`;
  // A tab in the text is a tab stop jump, as in the docx renderer's `\t`.
  const parts = text.split('\t').map((t) => (t ? `<w:t xml:space="preserve">${xmlText(t)}</w:t>` : ''));
  return `<w:r><w:rPr>${props}</w:rPr>${parts.join('<w:tab/>')}</w:r>`;
}

export interface ParaProps {
  align?: Align;
  /** Twips. */
  before?: number;
  after?: number;
  firstLine?: number;
  /** A right tab stop at this position (twips). */
  rightTab?: number;
  borderBottom?: { size: number; space: number };
  borderTopDashed?: boolean;
  /** A dashed box around the paragraph (a place to glue a photo). */
  boxDashed?: boolean;
  /** Exact line height (twips): an empty paragraph as a vertical gap. */
  exactLine?: number;
}

export function paraXml(content: string, p: ParaProps = {}): string {
  const props =
    (p.rightTab !== undefined ? `<w:tabs><w:tab w:val="right" w:pos="${p.rightTab}"/></w:tabs>` : '') +
    (p.boxDashed
      ? `<w:pBdr>${['top', 'left', 'bottom', 'right'].map((k) => `<w:${k} w:val="dashed" w:sz="6" w:space="1" w:color="000000"/>`).join('')}</w:pBdr>`
      : '') +
    (p.borderBottom || p.borderTopDashed
      ? `<w:pBdr>${p.borderTopDashed ? '<w:top w:val="dashed" w:sz="6" w:space="2" w:color="000000"/>' : ''}${p.borderBottom ? `<w:bottom w:val="single" w:sz="${p.borderBottom.size}" w:space="${p.borderBottom.space}" w:color="000000"/>` : ''}</w:pBdr>`
      : '') +
    `<w:spacing w:before="${p.before ?? 0}" w:after="${p.after ?? 0}"${p.exactLine !== undefined ? ` w:line="${p.exactLine}" w:lineRule="exact"` : ''}/>` +
    (p.firstLine ? `<w:ind w:firstLine="${p.firstLine}"/>` : '') +
    // The box's side lines sit outside the text: indent so the cell does not clip them.
    (p.boxDashed ? `<w:ind w:left="${tw(1.5)}" w:right="${tw(1.5)}"/>` : '') +
    `<w:jc w:val="${JC[p.align ?? 'left']}"/>`;
  return `<w:p><w:pPr>${props}</w:pPr>${content}</w:p>`;
}

/** One line of text as a paragraph. */
export function textPara(text: string, run: RunProps, p: ParaProps = {}): string {
  return paraXml(text ? runXml(text, run) : '', p);
}

export function drawingXml(media: Media, image: Image, widthMm: number, heightMm: number): string {
  const id = media.nextDrawingId();
  const cx = Math.round(widthMm * EMU_PER_MM);
  const cy = Math.round(heightMm * EMU_PER_MM);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${id}" name="Picture ${id}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="image${id}.${image.ext}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${image.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

const LINE = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const NIL = 'w:val="nil"';

export interface CellProps {
  widthMm: number;
  borders: boolean;
  /** Per side instead of `borders` (raw border attributes, e.g. `w:val="single" w:sz="4" …`). */
  sides?: Partial<Record<'top' | 'left' | 'bottom' | 'right', string>>;
  span?: number;
  fill?: string;
  vAlign?: 'top' | 'center' | 'bottom';
  /** Cell margins (mm): top/bottom, left/right, and optionally top and bottom apart. */
  margins?: [number, number, number?, number?];
}

export function cellXml(content: string, c: CellProps): string {
  const b = c.borders ? LINE : NIL;
  const side = (k: 'top' | 'left' | 'bottom' | 'right') => `<w:${k} ${c.sides?.[k] ?? b}/>`;
  const [mv, mh, mt, mb] = c.margins ?? [0.8, 1.5];
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${tw(c.widthMm)}" w:type="dxa"/>` +
    (c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : '') +
    `<w:tcBorders>${side('top')}${side('left')}${side('bottom')}${side('right')}</w:tcBorders>` +
    (c.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.fill}"/>` : '') +
    `<w:tcMar><w:top w:w="${tw(mt ?? mv)}" w:type="dxa"/><w:left w:w="${tw(mh)}" w:type="dxa"/><w:bottom w:w="${tw(mb ?? mv)}" w:type="dxa"/><w:right w:w="${tw(mh)}" w:type="dxa"/></w:tcMar>` +
    `<w:vAlign w:val="${c.vAlign ?? 'top'}"/></w:tcPr>${content || '<w:p/>'}</w:tc>`
  );
}

export function rowXml(
  cells: string[],
  opts: { header?: boolean; cantSplit?: boolean; heightMm?: number } = {},
): string {
  const props =
    (opts.cantSplit !== false ? '<w:cantSplit/>' : '') +
    (opts.heightMm ? `<w:trHeight w:val="${tw(opts.heightMm)}" w:hRule="exact"/>` : '') +
    (opts.header ? '<w:tblHeader/>' : '');
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
}

export function tableXml(widthsMm: number[], rows: string[], borders: boolean): string {
  const b = borders ? LINE : NIL;
  const total = widthsMm.reduce((a, w) => a + tw(w), 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>` +
    `<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${widthsMm.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join('')}</w:tblGrid>` +
    rows.join('') +
    `</w:tbl>`
  );
}

export interface BodyCtx {
  /** Half-points. */
  size: number;
  contentMm: number;
  media: Media;
  qr: Map<string, Buffer>;
}

function dataUrlImage(ctx: BodyCtx, dataUrl: string): Image | null {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  if (!m) return null;
  return ctx.media.add(dataUrl, Buffer.from(m[2]!, 'base64'), m[1] as 'png' | 'jpeg');
}

function qrXml(mark: QrMark, ctx: BodyCtx): string {
  const image = ctx.media.add(`qr:${mark.content}`, ctx.qr.get(mark.content)!, 'png');
  return (
    paraXml(drawingXml(ctx.media, image, mark.sizeMm, mark.sizeMm), { align: 'center' }) +
    textPara(mark.caption, { size: ctx.size - 8 }, { align: 'center' })
  );
}

function tableBlock(b: Extract<Block, { kind: 'table' }>, ctx: BodyCtx): string {
  const size = b.size ? b.size * 2 : ctx.size;
  const widths = b.columns.map((c) => ctx.contentMm * c.width);
  const header = rowXml(
    b.columns.map((c, i) =>
      cellXml(textPara(c.title, { size, bold: true }, { align: 'center' }), {
        widthMm: widths[i]!,
        borders: true,
        vAlign: 'center',
      }),
    ),
    { header: true },
  );
  const rows = b.rows.map((r) =>
    'group' in r
      ? rowXml([
          cellXml(textPara(r.group, { size, bold: true }, { align: 'center' }), {
            widthMm: ctx.contentMm,
            borders: true,
            span: b.columns.length,
            fill: 'F2F2F2',
          }),
        ])
      : rowXml(
          r.cells.map((c, i) =>
            cellXml(textPara(c, { size, bold: r.bold }, { align: b.columns[i]?.align }), {
              widthMm: widths[i]!,
              borders: true,
            }),
          ),
        ),
  );
  return tableXml(widths, [header, ...rows], true) + textPara('', { size: ctx.size }, { after: tw(2) });
}

/** Each block as body XML. `extra` renders block kinds a feature adds (the ID cards). */
export function blockXml(b: Block, ctx: BodyCtx, extra?: (b: Block, ctx: BodyCtx) => string | null): string {
  const custom = extra?.(b, ctx);
  if (custom != null) return custom;
  switch (b.kind) {
    case 'letterhead': {
      let out = '';
      const logo = b.logo ? dataUrlImage(ctx, b.logo) : null;
      if (logo) out += paraXml(drawingXml(ctx.media, logo, 18, 18), { align: 'center' });
      b.lines.forEach((l, i) => {
        const last = i === b.lines.length - 1 && !b.details;
        out += textPara(
          l,
          { size: ctx.size + 2, bold: true },
          { align: 'center', ...(last ? { borderBottom: { size: 12, space: 4 } } : {}) },
        );
      });
      if (b.details)
        out += textPara(b.details, { size: ctx.size - 4 }, { align: 'center', borderBottom: { size: 12, space: 4 } });
      return out + textPara('', { size: ctx.size }, { after: tw(3) });
    }
    case 'title':
      return b.lines
        .map((l, i) =>
          textPara(
            l,
            { size: ctx.size + 4, bold: true },
            { align: 'center', after: i === b.lines.length - 1 ? tw(3) : 0 },
          ),
        )
        .join('');
    case 'paragraph': {
      const size = b.size ? b.size * 2 : ctx.size;
      return paraXml(
        b.runs
          .map((r: Run) => runXml(r.text, { size, bold: r.bold, italic: r.italic, underline: r.underline }))
          .join(''),
        {
          align: b.align ?? 'justify',
          firstLine: b.indent ? tw(12.5) : undefined,
          after: tw(b.spaceAfter ?? 3),
        },
      );
    }
    case 'numberLine':
      return textPara(
        `${b.left}\t${b.right}`,
        { size: ctx.size },
        { rightTab: tw(ctx.contentMm), before: tw(2), after: tw(5) },
      );
    case 'fields': {
      const lw = ctx.contentMm * (b.labelWidth ?? 0.4);
      const vw = ctx.contentMm - lw;
      const rows = b.rows.map((r) =>
        rowXml([
          cellXml(textPara(r.label, { size: ctx.size }), { widthMm: lw, borders: true }),
          cellXml(textPara(r.value, { size: ctx.size, bold: true }), { widthMm: vw, borders: true }),
        ]),
      );
      return tableXml([lw, vw], rows, true) + textPara('', { size: ctx.size }, { after: tw(3) });
    }
    case 'table':
      return tableBlock(b, ctx);
    case 'signatures': {
      const qrMm = b.qr ? 36 : 0;
      const rest = ctx.contentMm - qrMm;
      let lines = b.rows
        .map((r) =>
          paraXml(
            runXml(`${r.position}  ________________\t`, { size: ctx.size }) +
              runXml(r.name, { size: ctx.size, bold: true }),
            {
              rightTab: tw(rest - 3),
              after: tw(6),
            },
          ),
        )
        .join('');
      if (b.stamp) lines += textPara(b.stamp, { size: ctx.size });
      if (!lines) lines = '<w:p/>';
      const cells = [cellXml(lines, { widthMm: rest, borders: false, vAlign: 'bottom', margins: [0.8, 1.5] })];
      if (b.qr) cells.push(cellXml(qrXml(b.qr, ctx), { widthMm: qrMm, borders: false, vAlign: 'bottom' }));
      return tableXml(b.qr ? [rest, qrMm] : [rest], [rowXml(cells)], false);
    }
    case 'qr':
      return qrXml(b.mark, ctx);
    case 'image': {
      const image = dataUrlImage(ctx, b.dataUrl);
      return image ? paraXml(drawingXml(ctx.media, image, b.widthMm, b.heightMm), { align: b.align ?? 'left' }) : '';
    }
    case 'spacer':
      return paraXml('', { exactLine: tw(b.mm) });
    case 'cutLine':
      return paraXml(b.label ? runXml(b.label, { size: ctx.size - 6 }) : '', {
        align: 'center',
        before: tw(6),
        after: tw(6),
        borderTopDashed: true,
      });
    case 'pageBreak':
      return paraXml('<w:r><w:br w:type="page"/></w:r>');
    default:
      return '';
  }
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

export const FOOTER_REL = 'rIdFooter1';

const field = (instr: string, size: number) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${runXml('1', { size })}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** `word/footer1.xml`: the running footer (who, which document) and PAGE / NUMPAGES on the right. */
export function footerXml(text: string, contentMm: number): string {
  const size = 18;
  const p = paraXml(
    runXml(`${text}\t`, { size }) + field('PAGE', size) + runXml(' / ', { size }) + field('NUMPAGES', size),
    { rightTab: tw(contentMm) },
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}>${p}</w:ftr>`;
}

/** The whole `word/document.xml` of a model. */
export function documentXml(doc: DocModel, ctx: BodyCtx, extra?: (b: Block, ctx: BodyCtx) => string | null): string {
  const landscape = doc.page.orientation === 'landscape';
  const [top, right, bottom, left] = doc.page.marginsMm;
  let body = '';
  if (doc.watermark) body += textPara(doc.watermark, { size: ctx.size + 8, bold: true }, { align: 'center' });
  for (const b of doc.blocks) body += blockXml(b, ctx, extra);
  const [w, h] = landscape ? [tw(297), tw(210)] : [tw(210), tw(297)];
  const sect =
    `<w:sectPr>${doc.footer ? `<w:footerReference w:type="default" r:id="${FOOTER_REL}"/>` : ''}<w:pgSz w:w="${w}" w:h="${h}"${landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${tw(top)}" w:right="${tw(right)}" w:bottom="${tw(bottom)}" w:left="${tw(left)}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}${sect}</w:body></w:document>`;
}

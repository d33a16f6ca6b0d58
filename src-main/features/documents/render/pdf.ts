import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import {
  CROP_MARK_MM,
  type Align,
  type Block,
  type DocModel,
  qrMarksOf,
  type QrMark,
  type Run,
} from '../../../../src-shared/domain/documents/model';
import { FONT_FILES, fontsDir } from './fonts';
import { drawCard } from './pdf-card';
import { A4, fontOf, imageBuffer, pt, type Doc } from './pdf-common';
import { qrPng } from './qr';

/**
 * DocModel → PDF with pdfkit: the same layout as the DOCX and the HTML, drawn directly (no browser), so the
 * CLI, the bridge and a batch make PDFs anywhere. Fonts are embedded subsets of Liberation Serif.
 */

class Layout {
  y: number;
  readonly left: number;
  readonly width: number;
  readonly bottom: number;
  readonly top: number;
  constructor(
    readonly doc: Doc,
    readonly model: DocModel,
    readonly qr: Map<string, Buffer>,
  ) {
    const [top, right, bottom, left] = model.page.marginsMm;
    const pageW = model.page.orientation === 'landscape' ? A4.h : A4.w;
    const pageH = model.page.orientation === 'landscape' ? A4.w : A4.h;
    this.top = pt(top);
    this.left = pt(left);
    this.width = pageW - pt(left) - pt(right);
    this.bottom = pageH - pt(bottom);
    this.y = this.top;
    this.watermark();
  }

  get size() {
    return this.model.fontSize;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
    this.watermark();
  }

  /** Room for `h` points on this page, else a new page. */
  ensure(h: number): void {
    if (this.y + h > this.bottom && this.y > this.top) this.newPage();
  }

  watermark(): void {
    const text = this.model.watermark;
    if (!text) return;
    const { doc } = this;
    const cx = doc.page.width / 2;
    const cy = doc.page.height / 2;
    doc.save();
    doc.rotate(-35, { origin: [cx, cy] });
    doc.font('SerifB').fontSize(72).fillColor('#000000', 0.08);
    doc.text(text, cx - 300, cy - 40, { width: 600, align: 'center', lineBreak: false });
    doc.restore();
    doc.fillColor('#000000', 1);
  }

  textHeight(text: string, width: number, size: number, bold = false): number {
    this.doc.font(fontOf(bold)).fontSize(size);
    return this.doc.heightOfString(text || ' ', { width });
  }

  line(text: string, opts: { size?: number; bold?: boolean; align?: Align; after?: number } = {}): void {
    const size = opts.size ?? this.size;
    const h = this.textHeight(text, this.width, size, opts.bold);
    this.ensure(h);
    this.doc
      .font(fontOf(opts.bold))
      .fontSize(size)
      .text(text, this.left, this.y, { width: this.width, align: opts.align ?? 'left' });
    this.y += h + (opts.after ?? 0);
  }

  paragraph(runs: Run[], align: Align, size: number, indent: boolean, after: number): void {
    const { doc } = this;
    const plain = runs.map((r) => r.text).join('');
    doc.font(fontOf()).fontSize(size);
    const h = doc.heightOfString(plain, { width: this.width, indent: indent ? pt(12.5) : 0 });
    this.ensure(Math.min(h, size * 3));
    doc.x = this.left;
    doc.y = this.y;
    runs.forEach((r, i) => {
      doc.font(fontOf(r.bold, r.italic)).fontSize(size);
      doc.text(r.text, i === 0 ? this.left : undefined, i === 0 ? this.y : undefined, {
        width: this.width,
        align,
        indent: i === 0 && indent ? pt(12.5) : 0,
        underline: r.underline,
        continued: i < runs.length - 1,
      });
    });
    this.y = doc.y + after;
  }

  /** A row of cells with borders; returns its height. `cells[i].width` in points. */
  row(
    cells: { text: string; width: number; bold?: boolean; align?: Align; fill?: string }[],
    size: number,
    border = true,
  ): number {
    const pad = pt(1.2);
    const h = Math.max(...cells.map((c) => this.textHeight(c.text, c.width - 2 * pad, size, c.bold))) + 2 * pad;
    let x = this.left;
    for (const c of cells) {
      if (c.fill) this.doc.rect(x, this.y, c.width, h).fill(c.fill).fillColor('#000000');
      if (border) this.doc.lineWidth(0.5).rect(x, this.y, c.width, h).stroke();
      this.doc
        .font(fontOf(c.bold))
        .fontSize(size)
        .text(c.text, x + pad, this.y + pad, { width: c.width - 2 * pad, align: c.align ?? 'left' });
      x += c.width;
    }
    this.y += h;
    return h;
  }

  rowHeight(cells: { text: string; width: number; bold?: boolean }[], size: number): number {
    const pad = pt(1.2);
    return Math.max(...cells.map((c) => this.textHeight(c.text, c.width - 2 * pad, size, c.bold))) + 2 * pad;
  }

  qrFigure(mark: QrMark, x: number, yBottom: number): void {
    const side = pt(mark.sizeMm);
    const capSize = this.size - 4;
    const capH = this.textHeight(mark.caption, side + pt(6), capSize);
    const top = yBottom - side - capH;
    this.doc.image(this.qr.get(mark.content)!, x, top, { width: side, height: side });
    this.doc
      .font('Serif')
      .fontSize(capSize)
      .text(mark.caption, x - pt(3), top + side + 1, { width: side + pt(6), align: 'center' });
  }

  /** Cards in rows of `columns`, each inside its crop marks (the same grid as the DOCX and the HTML). */
  cards(b: Extract<Block, { kind: 'cards' }>): void {
    const m = pt(CROP_MARK_MM);
    for (let i = 0; i < b.cards.length; i += b.columns) {
      const row = b.cards.slice(i, i + b.columns);
      const h = Math.max(...row.map((c) => pt(c.heightMm))) + 2 * m;
      this.ensure(h);
      let x = this.left;
      for (const c of row) {
        drawCard(this.doc, this.qr, c, x + m, this.y + m);
        x += pt(c.widthMm) + 2 * m;
      }
      this.y += h;
    }
  }

  block(b: Block): void {
    const { doc } = this;
    switch (b.kind) {
      case 'letterhead': {
        const logo = b.logo ? imageBuffer(b.logo) : null;
        if (logo) {
          this.ensure(pt(20));
          doc.image(logo, this.left + this.width / 2 - pt(9), this.y, { fit: [pt(18), pt(18)] });
          this.y += pt(20);
        }
        for (const l of b.lines) this.line(l, { bold: true, align: 'center', size: this.size + 1 });
        if (b.details) this.line(b.details, { align: 'center', size: this.size - 2 });
        this.y += pt(1);
        doc
          .lineWidth(1.5)
          .moveTo(this.left, this.y)
          .lineTo(this.left + this.width, this.y)
          .stroke();
        this.y += pt(6);
        return;
      }
      case 'title':
        this.y += pt(2);
        for (const l of b.lines) this.line(l, { bold: true, align: 'center', size: this.size + 2 });
        this.y += pt(3);
        return;
      case 'paragraph':
        this.paragraph(b.runs, b.align ?? 'justify', b.size ?? this.size, !!b.indent, pt(b.spaceAfter ?? 3));
        return;
      case 'numberLine': {
        const h = this.textHeight(b.left, this.width / 2, this.size);
        this.y += pt(2);
        this.ensure(h);
        doc
          .font('Serif')
          .fontSize(this.size)
          .text(b.left, this.left, this.y, { width: this.width / 2 });
        doc.text(b.right, this.left + this.width / 2, this.y, { width: this.width / 2, align: 'right' });
        this.y += h + pt(5);
        return;
      }
      case 'fields': {
        const lw = this.width * (b.labelWidth ?? 0.4);
        for (const r of b.rows) {
          const cells = [
            { text: r.label, width: lw },
            { text: r.value, width: this.width - lw, bold: true },
          ];
          this.ensure(this.rowHeight(cells, this.size));
          this.row(cells, this.size);
        }
        this.y += pt(4);
        return;
      }
      case 'table': {
        const size = b.size ?? this.size;
        const widths = b.columns.map((c) => c.width * this.width);
        const header = b.columns.map((c, i) => ({
          text: c.title,
          width: widths[i]!,
          bold: true,
          align: 'center' as Align,
        }));
        const headerH = this.rowHeight(header, size);
        this.ensure(headerH * 2);
        this.row(header, size);
        for (const r of b.rows) {
          const cells =
            'group' in r
              ? [{ text: r.group, width: this.width, bold: true, align: 'center' as Align, fill: '#f2f2f2' }]
              : r.cells.map((c, i) => ({ text: c, width: widths[i]!, bold: r.bold, align: b.columns[i]?.align }));
          const h = this.rowHeight(cells, size);
          if (this.y + h > this.bottom) {
            this.newPage();
            this.row(header, size); // the header repeats on every page
          }
          this.row(cells, size);
        }
        this.y += pt(2);
        return;
      }
      case 'signatures': {
        const qrW = b.qr ? pt(36) : 0;
        const textW = this.width - qrW;
        const rowH = this.size * 1.2 + pt(6);
        const qrH = b.qr ? pt(b.qr.sizeMm) + this.textHeight(b.qr.caption, pt(b.qr.sizeMm + 6), this.size - 4) : 0;
        const h = Math.max(b.rows.length * rowH + (b.stamp ? rowH : 0), qrH);
        this.ensure(h);
        const bottom = this.y + h;
        let y = bottom - b.rows.length * rowH - (b.stamp ? rowH : 0);
        for (const r of b.rows) {
          doc
            .font('Serif')
            .fontSize(this.size)
            .text(`${r.position}  ________________`, this.left, y, { width: textW * 0.7 });
          doc.font('SerifB').text(r.name, this.left, y, { width: textW - pt(3), align: 'right' });
          y += rowH;
        }
        if (b.stamp) doc.font('Serif').fontSize(this.size).text(b.stamp, this.left, y, { width: textW });
        if (b.qr) this.qrFigure(b.qr, this.left + textW + (qrW - pt(b.qr.sizeMm)) / 2, bottom);
        this.y = bottom + pt(2);
        return;
      }
      case 'qr': {
        const h = pt(b.mark.sizeMm) + this.textHeight(b.mark.caption, pt(b.mark.sizeMm + 6), this.size - 4);
        this.ensure(h);
        this.qrFigure(b.mark, this.left + (this.width - pt(b.mark.sizeMm)) / 2, this.y + h);
        this.y += h + pt(2);
        return;
      }
      case 'image': {
        const img = imageBuffer(b.dataUrl);
        if (!img) return;
        const w = pt(b.widthMm);
        const h = pt(b.heightMm);
        this.ensure(h);
        const x =
          b.align === 'center'
            ? this.left + (this.width - w) / 2
            : b.align === 'right'
              ? this.left + this.width - w
              : this.left;
        doc.image(img, x, this.y, { cover: [w, h] });
        this.y += h;
        return;
      }
      case 'spacer':
        this.y += pt(b.mm);
        return;
      case 'cutLine': {
        this.y += pt(6);
        this.ensure(pt(4));
        doc
          .lineWidth(0.75)
          .dash(4, { space: 3 })
          .moveTo(this.left, this.y)
          .lineTo(this.left + this.width, this.y)
          .stroke()
          .undash();
        if (b.label) {
          const size = this.size - 3;
          const w = doc.font('Serif').fontSize(size).widthOfString(b.label) + pt(4);
          doc
            .rect(this.left + (this.width - w) / 2, this.y - size / 2, w, size)
            .fill('#ffffff')
            .fillColor('#000000');
          doc.text(b.label, this.left, this.y - size / 2, { width: this.width, align: 'center' });
        }
        this.y += pt(6);
        return;
      }
      case 'pageBreak':
        this.newPage();
        return;
      case 'cards':
        this.cards(b);
        return;
    }
  }
}

/** Draws `models` one after another into one PDF (a batch makes one print-ready file). */
export async function renderPdf(models: DocModel | DocModel[]): Promise<Buffer> {
  const list = Array.isArray(models) ? models : [models];
  const qr = new Map<string, Buffer>();
  for (const m of list)
    for (const mark of qrMarksOf(m.blocks)) if (!qr.has(mark.content)) qr.set(mark.content, await qrPng(mark.content));
  const dir = fontsDir();
  const first = list[0]!;
  const doc = new PDFDocument({
    size: 'A4',
    layout: first.page.orientation,
    margin: 0,
    autoFirstPage: false,
    // Kept until the end so each document's running footer can say “page / pages”.
    bufferPages: true,
    info: { Title: first.title, Creator: 'Registrator' },
    lang: first.lang,
  });
  doc.registerFont('Serif', join(dir, FONT_FILES.regular));
  doc.registerFont('SerifB', join(dir, FONT_FILES.bold));
  doc.registerFont('SerifI', join(dir, FONT_FILES.italic));
  doc.registerFont('SerifBI', join(dir, FONT_FILES.boldItalic));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const ranges: { model: DocModel; first: number; count: number }[] = [];
  for (const model of list) {
    const first = doc.bufferedPageRange().count;
    doc.addPage({ size: 'A4', layout: model.page.orientation, margin: 0 });
    const layout = new Layout(doc, model, qr);
    for (const b of model.blocks) layout.block(b);
    ranges.push({ model, first, count: doc.bufferedPageRange().count - first });
  }
  for (const { model, first, count } of ranges) {
    if (!model.footer) continue;
    const [, right, bottom, left] = model.page.marginsMm;
    for (let i = 0; i < count; i++) {
      doc.switchToPage(first + i);
      const y = doc.page.height - pt(bottom) / 2 - 4;
      const width = doc.page.width - pt(left) - pt(right);
      doc.font('Serif').fontSize(9).fillColor('#000000', 1);
      doc.text(model.footer, pt(left), y, { width: width * 0.8, lineBreak: false });
      doc.text(`${i + 1} / ${count}`, pt(left), y, { width, align: 'right', lineBreak: false });
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

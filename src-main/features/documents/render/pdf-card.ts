import { CROP_MARK_MM, ID_CARD_GRID, type IdCard } from '../../../../src-shared/domain/documents/model';
import { imageBuffer, pt, type Doc } from './pdf-common';

/** One ID card drawn at (x, y): crop marks, header band, photo, fields, QR, footer — the grid of ID_CARD_GRID. */
export function drawCard(doc: Doc, qr: Map<string, Buffer>, c: IdCard, x: number, y: number): void {
  const g = ID_CARD_GRID;
  const m = pt(CROP_MARK_MM);
  const W = pt(c.widthMm);
  const H = pt(c.heightMm);
  doc.save();
  doc.lineWidth(0.5).strokeColor('#000000');
  for (const [x1, y1, x2, y2] of [
    [x - m, y, x, y],
    [x, y - m, x, y],
    [x + W, y, x + W + m, y],
    [x + W, y - m, x + W, y],
    [x - m, y + H, x, y + H],
    [x, y + H, x, y + H + m],
    [x + W, y + H, x + W + m, y + H],
    [x + W, y + H, x + W, y + H + m],
  ] as const)
    doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
  const hh = pt(g.headerMm);
  doc.rect(x, y, W, hh).fill('#e6e6e6');
  doc.fillColor('#000000');
  doc.lineWidth(0.25).strokeColor('#999999').rect(x, y, W, H).stroke();
  doc.strokeColor('#000000');
  const logo = c.logo ? imageBuffer(c.logo) : null;
  if (logo) doc.image(logo, x + pt(1.5), y + (hh - pt(7)) / 2, { fit: [pt(7), pt(7)] });
  const pad = pt(1.5);
  const textX = x + pad + (logo ? pt(8) : 0);
  const textW = W - 2 * pad - (logo ? pt(8) : 0);
  const sizes = c.header.map((_, i) => (i === c.header.length - 1 ? g.pt.title : g.pt.header));
  const heights = c.header.map((l, i) => doc.font('SerifB').fontSize(sizes[i]!).heightOfString(l, { width: textW }));
  let ty = y + (hh - heights.reduce((a, b) => a + b, 0)) / 2;
  c.header.forEach((l, i) => {
    doc.font('SerifB').fontSize(sizes[i]!).text(l, textX, ty, { width: textW, align: 'center' });
    ty += heights[i]!;
  });
  const [c0, c1, c2] = g.columnsMm.map(pt) as [number, number, number];
  const by = y + hh + pad;
  const [pw, ph] = [pt(g.photoMm[0]), pt(g.photoMm[1])];
  const px = x + (c0 - pw) / 2;
  const photo = c.photo ? imageBuffer(c.photo) : null;
  if (photo) doc.image(photo, px, by, { cover: [pw, ph] });
  else {
    doc.lineWidth(0.5).dash(2, { space: 2 }).rect(px, by, pw, ph).stroke().undash();
    doc
      .font('Serif')
      .fontSize(g.pt.small)
      .text(c.photoHint, px, by + ph / 2 - g.pt.small, { width: pw, align: 'center' });
  }
  const fx = x + c0 + pt(1);
  const fw = c1 - pt(2);
  const bodyBottom = y + H - pt(g.footerMm);
  doc.save();
  doc.rect(fx, by, fw, bodyBottom - by).clip();
  doc.font('SerifB').fontSize(g.pt.name).text(c.name, fx, by, { width: fw });
  let fy = doc.y + pt(1);
  for (const r of c.rows) {
    doc.font('Serif').fontSize(g.pt.text).text(`${r.label}: `, fx, fy, { width: fw, continued: true });
    doc.font('SerifB').text(r.value);
    fy = doc.y + pt(0.4);
  }
  doc.restore();
  if (c.qr) {
    const q = pt(g.qrMm);
    doc.image(qr.get(c.qr.content)!, x + c0 + c1 + (c2 - q) / 2 - pt(0.5), by, { width: q, height: q });
    doc
      .font('Serif')
      .fontSize(g.pt.small)
      .text(c.number, x + c0 + c1, by + q + 1, { width: c2 - pt(1), align: 'center' });
  }
  const fh = pt(g.footerMm);
  const footY = bodyBottom + (fh - g.pt.text * 1.2) / 2;
  doc
    .font('Serif')
    .fontSize(g.pt.text)
    .text(c.footer, x + pad, footY, { width: W - 2 * pad, lineBreak: false });
  if (c.signature) {
    const name = c.signature.name;
    const nameW = doc.font('SerifB').widthOfString(name);
    doc.text(name, x + W - pad - nameW, footY, { lineBreak: false });
    const lead = `${c.signature.position} ________ `;
    const leadW = doc.font('Serif').widthOfString(lead);
    doc.text(lead, x + W - pad - nameW - leadW, footY, { lineBreak: false });
  }
  doc.restore();
}

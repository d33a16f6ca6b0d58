import {
  CROP_MARK_MM,
  ID_CARD_GRID,
  type Block,
  type DocModel,
  type IdCard,
  type QrMark,
  type Run,
} from '../../../../src-shared/domain/documents/model';
import { qrSvg } from './qr';

/**
 * DocModel → one self-contained HTML page (preview, print, PDF through the browser). The page box is set
 * in CSS (`@page`), so printing gives the same A4 sheet and margins as the DOCX. No scripts: the preview
 * frame runs with scripts off.
 */

/** HTML text and attribute escaping. */
export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const run = (r: Run) => {
  let h = esc(r.text);
  if (r.bold) h = `<b>${h}</b>`;
  if (r.italic) h = `<i>${h}</i>`;
  if (r.underline) h = `<u>${h}</u>`;
  return h;
};

const pct = (f: number) => `${(f * 100).toFixed(2)}%`;

function qrFigure(mark: QrMark): string {
  // The payload also as text: what the code holds is public anyway, and the counter can copy it.
  return `<figure class="qr" data-payload="${esc(mark.content)}">${qrSvg(mark.content, mark.sizeMm)}<figcaption>${esc(mark.caption)}</figcaption></figure>`;
}

/** One card inside its crop marks: eight short lines just outside the corners, where the knife goes. */
function idCard(c: IdCard): string {
  const g = ID_CARD_GRID;
  const m = CROP_MARK_MM;
  const marks = [
    `left:0;top:${m}mm;width:${m}mm;height:0`,
    `left:${m}mm;top:0;width:0;height:${m}mm`,
    `right:0;top:${m}mm;width:${m}mm;height:0`,
    `right:${m}mm;top:0;width:0;height:${m}mm`,
    `left:0;bottom:${m}mm;width:${m}mm;height:0`,
    `left:${m}mm;bottom:0;width:0;height:${m}mm`,
    `right:0;bottom:${m}mm;width:${m}mm;height:0`,
    `right:${m}mm;bottom:0;width:0;height:${m}mm`,
  ];
  const photo = c.photo
    ? `<img src="${esc(c.photo)}" alt="" style="width:${g.photoMm[0]}mm;height:${g.photoMm[1]}mm;object-fit:cover">`
    : `<div class="photo-frame" style="width:${g.photoMm[0]}mm;height:${g.photoMm[1]}mm">${esc(c.photoHint)}</div>`;
  return (
    `<div class="crop" style="padding:${m}mm">${marks.map((st) => `<i style="${st}"></i>`).join('')}` +
    `<div class="id-card" style="width:${c.widthMm}mm;height:${c.heightMm}mm;grid-template-rows:${g.headerMm}mm 1fr ${g.footerMm}mm">` +
    `<div class="id-head">${c.logo ? `<img src="${esc(c.logo)}" alt="">` : ''}<div>` +
    c.header
      .map((l, i) => `<div style="font-size:${i === c.header.length - 1 ? g.pt.title : g.pt.header}pt">${esc(l)}</div>`)
      .join('') +
    `</div></div>` +
    `<div class="id-body" style="grid-template-columns:${g.columnsMm.map((w) => `${w}mm`).join(' ')};font-size:${g.pt.text}pt">` +
    `<div class="id-photo">${photo}</div>` +
    `<div class="id-fields"><div class="id-name" style="font-size:${g.pt.name}pt">${esc(c.name)}</div>` +
    c.rows.map((r) => `<div>${esc(r.label)}: <b>${esc(r.value)}</b></div>`).join('') +
    `</div>` +
    `<div class="id-qr">${c.qr ? qrSvg(c.qr.content, g.qrMm) : ''}<div style="font-size:${g.pt.small}pt">${esc(c.number)}</div></div>` +
    `</div>` +
    `<div class="id-foot" style="font-size:${g.pt.text}pt"><span>${esc(c.footer)}</span>` +
    (c.signature ? `<span>${esc(c.signature.position)} ________ <b>${esc(c.signature.name)}</b></span>` : '') +
    `</div></div></div>`
  );
}

function block(b: Block): string {
  switch (b.kind) {
    case 'letterhead':
      return (
        `<header class="letterhead">${b.logo ? `<img class="logo" src="${esc(b.logo)}" alt="">` : ''}` +
        b.lines.map((l) => `<div class="org">${esc(l)}</div>`).join('') +
        (b.details ? `<div class="details">${esc(b.details)}</div>` : '') +
        `</header>`
      );
    case 'title':
      return `<h1>${b.lines.map(esc).join('<br>')}</h1>`;
    case 'paragraph':
      return `<p class="${b.indent ? 'indent' : ''}" style="text-align:${b.align ?? 'justify'};${b.size ? `font-size:${b.size}pt;` : ''}${b.spaceAfter !== undefined ? `margin-bottom:${b.spaceAfter}mm;` : ''}">${b.runs.map(run).join('')}</p>`;
    case 'numberLine':
      return `<div class="number-line"><span>${esc(b.left)}</span><span>${esc(b.right)}</span></div>`;
    case 'fields': {
      const lw = b.labelWidth ?? 0.4;
      return (
        `<table class="fields"><colgroup><col style="width:${pct(lw)}"><col style="width:${pct(1 - lw)}"></colgroup>` +
        b.rows.map((r) => `<tr><th>${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`).join('') +
        `</table>`
      );
    }
    case 'table':
      return (
        `<table class="data"${b.size ? ` style="font-size:${b.size}pt"` : ''}><colgroup>${b.columns.map((c) => `<col style="width:${pct(c.width)}">`).join('')}</colgroup>` +
        `<thead><tr>${b.columns.map((c) => `<th>${esc(c.title)}</th>`).join('')}</tr></thead><tbody>` +
        b.rows
          .map((r) =>
            'group' in r
              ? `<tr class="group"><td colspan="${b.columns.length}">${esc(r.group)}</td></tr>`
              : `<tr${r.bold ? ' class="bold"' : ''}>${r.cells.map((c, i) => `<td style="text-align:${b.columns[i]?.align ?? 'left'}">${esc(c)}</td>`).join('')}</tr>`,
          )
          .join('') +
        `</tbody></table>`
      );
    case 'signatures':
      return (
        `<section class="signatures"><div class="sign-rows">` +
        b.rows
          .map(
            (r) =>
              `<div class="sign-row"><span class="pos">${esc(r.position)}</span><span class="line"></span><span class="name">${esc(r.name)}</span></div>`,
          )
          .join('') +
        (b.stamp ? `<div class="stamp">${esc(b.stamp)}</div>` : '') +
        `</div>${b.qr ? qrFigure(b.qr) : ''}</section>`
      );
    case 'qr':
      return qrFigure(b.mark);
    case 'image':
      return `<div style="text-align:${b.align ?? 'left'}"><img src="${esc(b.dataUrl)}" style="width:${b.widthMm}mm;height:${b.heightMm}mm;object-fit:cover" alt=""></div>`;
    case 'spacer':
      return `<div style="height:${b.mm}mm"></div>`;
    case 'cutLine':
      return `<div class="cut">${b.label ? `<span>${esc(b.label)}</span>` : ''}</div>`;
    case 'pageBreak':
      return `<div class="page-break"></div>`;
    case 'cards':
      return `<div class="cards" style="grid-template-columns:repeat(${b.columns}, max-content)">${b.cards.map(idCard).join('')}</div>`;
  }
}

export function renderHtml(doc: DocModel): string {
  const [top, right, bottom, left] = doc.page.marginsMm;
  const size = doc.page.orientation === 'landscape' ? 'A4 landscape' : 'A4';
  const pageWidth = doc.page.orientation === 'landscape' ? 297 : 210;
  // A running footer on printed pages (CSS page-margin boxes): whose document, and page / pages.
  const cssString = (v: string) => `"${v.replace(/["\\\n<>]/g, ' ')}"`;
  const footer = doc.footer
    ? ` @bottom-left { content: ${cssString(doc.footer)}; font: 9pt 'Times New Roman', 'Liberation Serif', serif; } @bottom-right { content: counter(page) " / " counter(pages); font: 9pt 'Times New Roman', 'Liberation Serif', serif; }`
    : '';
  const css = `
@page { size: ${size}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;${footer} }
* { box-sizing: border-box; }
html { background: #f0f0f0; }
body { margin: 0; font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: ${doc.fontSize}pt; line-height: 1.25; color: #000; }
.sheet { position: relative; background: #fff; width: ${pageWidth}mm; min-height: ${doc.page.orientation === 'landscape' ? 210 : 297}mm; margin: 0 auto; padding: ${top}mm ${right}mm ${bottom}mm ${left}mm; }
@media print { html { background: none; } .sheet { width: auto; min-height: 0; margin: 0; padding: 0; } }
.letterhead { text-align: center; border-bottom: 1.5pt solid #000; padding-bottom: 2mm; margin-bottom: 6mm; }
.letterhead .logo { height: 18mm; display: block; margin: 0 auto 2mm; }
.letterhead .org { font-weight: bold; font-size: ${doc.fontSize + 1}pt; }
.letterhead .details { font-size: ${doc.fontSize - 2}pt; }
h1 { font-size: ${doc.fontSize + 2}pt; text-align: center; margin: 4mm 0 3mm; letter-spacing: .02em; }
p { margin: 0 0 3mm; }
p.indent { text-indent: 12.5mm; }
.number-line { display: flex; justify-content: space-between; margin: 2mm 0 5mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 4mm; }
table.fields th, table.fields td { border: 0.5pt solid #000; padding: 1.2mm 2mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.fields th { font-weight: normal; }
table.fields td { font-weight: bold; }
table.data th, table.data td { border: 0.5pt solid #000; padding: 0.8mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
table.data th { font-weight: bold; text-align: center; }
table.data tr.group td { font-weight: bold; text-align: center; background: #f2f2f2; }
table.data tr.bold td { font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.signatures { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; break-inside: avoid; }
.sign-rows { flex: 1; }
.sign-row { display: flex; align-items: baseline; gap: 3mm; margin-bottom: 6mm; }
.sign-row .pos { flex: 0 1 50%; }
.sign-row .line { flex: 1; border-bottom: 0.5pt solid #000; min-width: 25mm; }
.sign-row .name { flex: 0 0 auto; font-weight: bold; }
.stamp { margin-top: -2mm; }
figure.qr { margin: 0; text-align: center; font-size: ${doc.fontSize - 4}pt; width: 34mm; }
figure.qr svg { display: block; margin: 0 auto 1mm; }
.cut { border-top: 0.75pt dashed #000; margin: 8mm 0; text-align: center; }
.cut span { position: relative; top: -0.7em; background: #fff; padding: 0 2mm; font-size: ${doc.fontSize - 3}pt; }
.page-break { break-after: page; }
.cards { display: grid; }
.crop { position: relative; break-inside: avoid; }
.crop i { position: absolute; border-left: 0.5pt solid #000; border-top: 0.5pt solid #000; }
.id-card { display: grid; border: 0.25pt solid #999; overflow: hidden; line-height: 1.15; }
.id-head { display: flex; align-items: center; justify-content: center; gap: 1.5mm; background: #e6e6e6; text-align: center; font-weight: bold; padding: 0 1.5mm; }
.id-head img { height: 8mm; }
.id-body { display: grid; padding: 1.5mm 0 0; overflow: hidden; }
.id-photo { padding-left: 1.5mm; }
.id-photo .photo-frame { border: 0.5pt dashed #000; display: flex; align-items: center; justify-content: center; text-align: center; font-size: 6pt; }
.id-fields { overflow: hidden; padding: 0 1mm; }
.id-fields > div { margin-bottom: 0.4mm; }
.id-name { font-weight: bold; margin-bottom: 1mm !important; }
.id-qr { text-align: center; padding-right: 1mm; }
.id-qr svg { display: block; margin: 0 auto; }
.id-foot { display: flex; justify-content: space-between; align-items: center; padding: 0 1.5mm; }
.watermark { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; pointer-events: none; }
.watermark span { transform: rotate(-35deg); font-size: 72pt; font-weight: bold; color: rgba(0,0,0,.08); letter-spacing: .1em; }
`;
  return (
    `<!doctype html><html lang="${esc(doc.lang)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">` +
    `<title>${esc(doc.title)}</title><style>${css}</style></head><body><main class="sheet">` +
    (doc.watermark ? `<div class="watermark" aria-hidden="true"><span>${esc(doc.watermark)}</span></div>` : '') +
    doc.blocks.map(block).join('\n') +
    `</main></body></html>`
  );
}

import { CROP_MARK_MM, ID_CARD_GRID, type Block, type IdCard } from '../../../../src-shared/domain/documents/model';
import { cellXml, drawingXml, paraXml, rowXml, runXml, tableXml, tw, type BodyCtx } from './wordml';

/**
 * ID cards in WordprocessingML, as one borderless flat table (Word and LibreOffice agree on flat tables
 * only): per card five columns (mark, photo, fields, QR, mark) and five rows (mark, header, body, footer,
 * mark). The crop marks are the borders of the margin cells, in line with the card's edges. The same grid
 * as the HTML and PDF cards (ID_CARD_GRID).
 */

const MARK = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const EDGE = 'w:val="single" w:sz="2" w:space="0" w:color="999999"';
const hp = (points: number) => Math.round(points * 2);

function tiny(text = '', opts: { bold?: boolean; size?: number; align?: 'left' | 'center' } = {}): string {
  return paraXml(text ? runXml(text, { size: hp(opts.size ?? 1), bold: opts.bold }) : '', {
    align: opts.align,
    exactLine: text ? undefined : tw(1),
  });
}

function imageOf(ctx: BodyCtx, dataUrl: string) {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(dataUrl);
  return m ? ctx.media.add(dataUrl, Buffer.from(m[2]!, 'base64'), m[1] as 'png' | 'jpeg') : null;
}

export function cardsXml(b: Extract<Block, { kind: 'cards' }>, ctx: BodyCtx): string {
  const g = ID_CARD_GRID;
  const m = CROP_MARK_MM;
  const [cPhoto, cFields, cQr] = g.columnsMm;
  const inner = cPhoto + cFields + cQr;
  const zero: [number, number] = [0, 0];
  const cell = (
    content: string,
    widthMm: number,
    sides: Parameters<typeof cellXml>[1]['sides'] = {},
    extra: Partial<Parameters<typeof cellXml>[1]> = {},
  ) => cellXml(content, { widthMm, borders: false, sides, margins: zero, ...extra });
  const rowsOf = (cards: IdCard[]): string[] => {
    const markRow = rowXml(
      cards.flatMap(() => [
        cell(tiny(), m),
        cell(tiny(), cPhoto, { left: MARK }),
        cell(tiny(), cFields),
        cell(tiny(), cQr, { right: MARK }),
        cell(tiny(), m),
      ]),
      { heightMm: m },
    );
    const header = rowXml(
      cards.flatMap((c) => {
        const logo = c.logo ? imageOf(ctx, c.logo) : null;
        const lines = c.header
          .map((l, i) =>
            paraXml(
              (i === 0 && logo ? drawingXml(ctx.media, logo, 7, 7) + runXml(' ', { size: hp(g.pt.header) }) : '') +
                runXml(l, { size: hp(i === c.header.length - 1 ? g.pt.title : g.pt.header), bold: true }),
              { align: 'center' },
            ),
          )
          .join('');
        return [
          cell(tiny(), m, { top: MARK }),
          cell(
            lines,
            inner,
            { top: EDGE, left: EDGE, right: EDGE },
            { span: 3, vAlign: 'center', fill: 'E6E6E6', margins: [0, 1.5] },
          ),
          cell(tiny(), m, { top: MARK }),
        ];
      }),
      { heightMm: g.headerMm },
    );
    const body = rowXml(
      cards.flatMap((c) => {
        const photo = c.photo ? imageOf(ctx, c.photo) : null;
        const photoXml = photo
          ? paraXml(drawingXml(ctx.media, photo, g.photoMm[0], g.photoMm[1]), { align: 'center' })
          : paraXml(runXml(c.photoHint, { size: hp(g.pt.small) }), {
              align: 'center',
              boxDashed: true,
              exactLine: tw(g.photoMm[1] - 2),
            });
        const fields =
          paraXml(runXml(c.name, { size: hp(g.pt.name), bold: true }), { after: tw(1) }) +
          c.rows
            .map((r) =>
              paraXml(
                runXml(`${r.label}: `, { size: hp(g.pt.text) }) + runXml(r.value, { size: hp(g.pt.text), bold: true }),
                { after: tw(0.4) },
              ),
            )
            .join('');
        const qrPng = c.qr ? ctx.qr.get(c.qr.content) : undefined;
        const qrXml =
          (qrPng && c.qr
            ? paraXml(drawingXml(ctx.media, ctx.media.add(`qr:${c.qr.content}`, qrPng, 'png'), g.qrMm, g.qrMm), {
                align: 'center',
              })
            : '') + tiny(c.number, { align: 'center', size: g.pt.small });
        return [
          cell(tiny(), m),
          cell(photoXml, cPhoto, { left: EDGE }, { margins: [0, 1.5, 1.5, 0] }),
          cell(fields, cFields, {}, { margins: [0, 1, 1.5, 0] }),
          cell(qrXml, cQr, { right: EDGE }, { margins: [0, 0.5, 1.5, 0] }),
          cell(tiny(), m),
        ];
      }),
      { heightMm: Math.max(...cards.map((c) => c.heightMm - g.headerMm - g.footerMm)) },
    );
    const footer = rowXml(
      cards.flatMap((c) => {
        const runs =
          runXml(c.footer, { size: hp(g.pt.text) }) +
          (c.signature
            ? runXml(`\t${c.signature.position} ________ `, { size: hp(g.pt.text) }) +
              runXml(c.signature.name, { size: hp(g.pt.text), bold: true })
            : '');
        return [
          cell(tiny(), m, { bottom: MARK }),
          cell(
            paraXml(runs, { rightTab: tw(inner - 3) }),
            inner,
            { bottom: EDGE, left: EDGE, right: EDGE },
            { span: 3, vAlign: 'center', margins: [0, 1.5] },
          ),
          cell(tiny(), m, { bottom: MARK }),
        ];
      }),
      { heightMm: g.footerMm },
    );
    return [markRow, header, body, footer, markRow];
  };
  const rows: string[] = [];
  for (let i = 0; i < b.cards.length; i += b.columns) rows.push(...rowsOf(b.cards.slice(i, i + b.columns)));
  const perRow = Math.min(b.columns, b.cards.length);
  const widths = Array.from({ length: perRow }, () => [m, cPhoto, cFields, cQr, m]).flat();
  return tableXml(widths, rows, false);
}

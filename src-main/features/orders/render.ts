import type { OrderLang } from '../../../src-shared/domain/order-text';
import { ORDER_WORDS } from '../../../src-shared/domain/order-text';
import { orderDocModel } from '../../../src-shared/domain/documents/order-layout';
import type { Sqlite } from '../../db/connection';
import { renderDocxSync } from '../documents/render/docx-fast';
import { renderHtml } from '../documents/render/html';
import { renderPdf } from '../documents/render/pdf';
import { currentOrderTexts } from './text';

export type OrderFormat = 'html' | 'docx' | 'pdf';

const MIME: Record<OrderFormat, string> = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** `buyruq_123-T.docx`; a draft has no number yet. */
function fileNameOf(number: string | null, lang: OrderLang, ext: OrderFormat): string {
  const safe = (number ?? '').replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${lang === 'ru' ? 'prikaz' : 'buyruq'}_${safe || 'draft'}.${ext}`;
}

/**
 * The order as a document through the engine's renderers: the approved text once approved (never
 * regenerated), the text generated from today's data for a draft, which says so across the page.
 */
export async function renderOrder(
  db: Sqlite,
  orderId: string,
  lang: OrderLang,
  format: OrderFormat,
): Promise<{ fileName: string; mimeType: string; data: string }> {
  const { status, texts } = currentOrderTexts(db, orderId);
  const meta = db.prepare(`select number from orders where id = ?`).get(orderId) as { number: string | null };
  const logo = (db.prepare(`select logo from institution where id = 'main'`).get() as { logo: string } | undefined)
    ?.logo;
  const model = orderDocModel(texts[lang], {
    lang,
    logo: logo ?? '',
    watermark: status === 'draft' ? ORDER_WORDS[lang].draft : undefined,
  });
  const fileName = fileNameOf(meta.number, lang, format);
  if (format === 'html') return { fileName, mimeType: MIME.html, data: renderHtml(model) };
  const bytes = format === 'pdf' ? await renderPdf(model) : renderDocxSync(model);
  return { fileName, mimeType: MIME[format], data: bytes.toString('base64') };
}

import { qrMarksOf, type Block, type DocModel } from '../../../../src-shared/domain/documents/model';
import { packageParts } from './docx-shell';
import { qrPngSync } from './qr';
import { documentXml, footerXml, Media, type BodyCtx } from './wordml';
import { cardsXml } from './wordml-cards';
import { zip } from './zip';

const extraBlocks = (b: Block, ctx: BodyCtx): string | null => (b.kind === 'cards' ? cardsXml(b, ctx) : null);

/** DocModel → .docx: the body written directly (wordml.ts), the rest of the package from the `docx` package. */
export function renderDocxSync(model: DocModel): Buffer {
  const [, right, , left] = model.page.marginsMm;
  const qr = new Map<string, Buffer>();
  for (const mark of qrMarksOf(model.blocks)) if (!qr.has(mark.content)) qr.set(mark.content, qrPngSync(mark.content));
  const ctx: BodyCtx = {
    size: model.fontSize * 2,
    contentMm: (model.page.orientation === 'landscape' ? 297 : 210) - left - right,
    media: new Media(),
    qr,
  };
  const body = documentXml(model, ctx, extraBlocks);
  return zip(
    packageParts({
      halfPoints: ctx.size,
      title: model.title,
      documentXml: body,
      media: ctx.media,
      now: new Date().toISOString(),
      footerXml: model.footer ? footerXml(model.footer, ctx.contentMm) : undefined,
    }),
  );
}

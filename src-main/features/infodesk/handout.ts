import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import type { KbArticle } from '../../../src-shared/contract/infodesk';
import { handoutDocModel, type HandoutInstitution } from '../../../src-shared/domain/infodesk-handout';
import { foldName } from '../../../src-shared/domain/search-key';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import { renderDocxSync } from '../documents/render/docx-fast';
import { renderHtml } from '../documents/render/html';
import { findArticle } from './articles';
import { searchArticles } from './search';

const MIME = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function institutionOf(db: Sqlite): HandoutInstitution {
  const r = db
    .prepare(
      `select name_uz_latn as "uz-Latn", name_uz_cyrl as "uz-Cyrl", name_ru as ru, name_en as en, logo
         from institution where id = 'main'`,
    )
    .get() as (Record<string, string> & { logo: string }) | undefined;
  if (!r) return { names: {}, logo: '' };
  const { logo, ...names } = r;
  return { names, logo };
}

/** `infodesk_axborot-resurs-markazi.docx`: the title folded to ASCII (a file name travels by e-mail and USB stick). */
function fileNameOf(title: string, ext: string): string {
  const slug = foldName(title).split(' ').join('-').slice(0, 60).replace(/-$/, '');
  return `infodesk_${slug || 'handout'}.${ext}`;
}

/**
 * The chosen articles, in the order chosen (an unpublished one too: the editor may print a draft), or every
 * published article of a category (and language) in the counter's order.
 */
function selection(db: Sqlite, input: ChannelParsedInput<'infodesk.handout'>): KbArticle[] {
  if (input.ids) {
    return input.ids.map((id) => {
      const a = findArticle(db, id);
      if (!a) throw new AppError('NOT_FOUND', 'error.infodesk.notFound', `No info desk article ${id}`);
      return a;
    });
  }
  const hits = searchArticles(
    db,
    { query: '', category: input.category, lang: input.lang, includeUnpublished: false, limit: 500, offset: 0 },
    false,
  ).items;
  const found = hits.map((h) => findArticle(db, h.id)).filter((a): a is KbArticle => a !== undefined);
  if (!found.length) throw new AppError('NOT_FOUND', 'error.infodesk.emptySelection', 'No published article to print');
  return found;
}

export function renderHandout(
  db: Sqlite,
  input: ChannelParsedInput<'infodesk.handout'>,
  selectionTitle: string,
): ChannelOutput<'infodesk.handout'> {
  const articles = selection(db, input);
  const title = articles.length === 1 ? articles[0]!.title : selectionTitle;
  const model = handoutDocModel(articles, institutionOf(db), title);
  const fileName = fileNameOf(title, input.format);
  if (input.format === 'html') return { fileName, mimeType: MIME.html, data: renderHtml(model) };
  return { fileName, mimeType: MIME.docx, data: renderDocxSync(model).toString('base64') };
}

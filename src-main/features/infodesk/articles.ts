import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { KbArticle, KbCategory } from '../../../src-shared/contract/infodesk';
import { articleSearchText, cleanArticleText, cleanTags, sameTitle } from '../../../src-shared/domain/infodesk';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { kbArticles } from './schema';

type Row = typeof kbArticles.$inferSelect;
export type ArticleInput = ChannelParsedInput<'infodesk.save'>;

/** Tags are kept as one text column, "a, b, c"; a tag may not hold a comma (cleanTags splits on it). */
export const tagsOf = (stored: string): string[] =>
  stored
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export function toArticle(r: Row): KbArticle {
  return {
    id: r.id,
    category: r.category as KbCategory,
    lang: r.lang as KbArticle['lang'],
    title: r.title,
    body: r.body,
    contacts: r.contacts,
    url: r.url,
    tags: tagsOf(r.tags),
    published: r.published,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt,
  };
}

const SELECT = `select id, category, lang, title, body, contacts, url, tags, published, updated_by as updatedBy,
  updated_at as updatedAt from kb_articles`;

function fromSql(r: Record<string, unknown>): Row {
  return { ...(r as Row), published: r.published === 1 || r.published === true };
}

export function findArticle(db: Sqlite, id: string): KbArticle | undefined {
  const r = db.prepare(`${SELECT} where id = ?`).get(id) as Record<string, unknown> | undefined;
  return r ? toArticle(fromSql(r)) : undefined;
}

export function requireArticle(db: Sqlite, id: string): KbArticle {
  const a = findArticle(db, id);
  if (!a) throw new AppError('NOT_FOUND', 'error.infodesk.notFound', `No info desk article ${id}`);
  return a;
}

const field = (path: string, key: string) =>
  new AppError('VALIDATION', 'error.validation', `Info desk article refused: ${path} ${key}`, {
    details: { issues: [{ path, key }] },
  });

/**
 * Cleans and stores an article (new without an id). Apostrophes are normalised in Uzbek Latin; the folded
 * search words are recomputed from what is stored. Refused, naming the field: a title left empty by cleaning,
 * or the same title (apostrophe-, case- and script-blind) in the same category and language.
 */
export function saveArticle(w: Writer, input: ArticleInput, login: string): KbArticle {
  const { lang } = input;
  const values = {
    category: input.category,
    lang,
    title: cleanArticleText(input.title, lang, false),
    body: cleanArticleText(input.body, lang, true),
    contacts: cleanArticleText(input.contacts, lang, true),
    url: input.url.trim(),
    tags: cleanTags(input.tags, lang),
    published: input.published,
  };
  if (!values.title) throw field('title', 'validation.required');
  const twins = w.sqlite
    .prepare(`select id, title from kb_articles where category = ? and lang = ? and id <> ?`)
    .all(values.category, lang, input.id ?? '') as { id: string; title: string }[];
  if (twins.some((t) => sameTitle(t.title, values.title))) throw field('title', 'validation.infodesk.duplicateTitle');
  const row = {
    ...values,
    tags: values.tags.join(', '),
    searchText: articleSearchText(values),
    updatedBy: login,
    updatedAt: w.now,
  };
  if (input.id) {
    if (!w.get(kbArticles, input.id)) throw new AppError('NOT_FOUND', 'error.infodesk.notFound', 'No such article');
    return toArticle(w.update(kbArticles, input.id, row));
  }
  return toArticle(w.insert(kbArticles, { id: uuidv7(Date.parse(w.now)), ...row }));
}

export function setPublished(w: Writer, id: string, published: boolean, login: string): KbArticle {
  const before = w.get(kbArticles, id);
  if (!before) throw new AppError('NOT_FOUND', 'error.infodesk.notFound', `No info desk article ${id}`);
  if (before.published === published) return toArticle(before);
  return toArticle(w.update(kbArticles, id, { published, updatedBy: login, updatedAt: w.now }));
}

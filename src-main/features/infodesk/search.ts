import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import { KB_CATEGORIES, type KbHit } from '../../../src-shared/contract/infodesk';
import { articleScore, likePatterns, queryWords, snippetOf } from '../../../src-shared/domain/infodesk';
import type { Sqlite } from '../../db/connection';
import { tagsOf } from './articles';

interface MatchRow {
  id: string;
  category: KbHit['category'];
  lang: KbHit['lang'];
  title: string;
  contacts: string;
  url: string;
  tags: string;
  published: number;
  updatedAt: string;
}

const CATEGORY_ORDER = new Map<string, number>(KB_CATEGORIES.map((c, i) => [c, i]));

/**
 * The counter's search. SQL narrows to the rows whose folded words begin with every query word (`LIKE` on
 * `search_text`: a few thousand rows scan in milliseconds); ranking is computed here on those rows'
 * titles, tags and contacts, the snippet on the page's bodies only. Without a query the list is by category, then title.
 */
export function searchArticles(
  db: Sqlite,
  input: ChannelParsedInput<'infodesk.search'>,
  mayListUnpublished: boolean,
): ChannelOutput<'infodesk.search'> {
  const words = queryWords(input.query);
  const where: string[] = [];
  const params: unknown[] = [];
  if (!(input.includeUnpublished && mayListUnpublished)) where.push('published = 1');
  if (input.lang) {
    where.push('lang = ?');
    params.push(input.lang);
  }
  for (const pattern of likePatterns(words)) {
    where.push('search_text like ?');
    params.push(pattern);
  }
  const rows = db
    .prepare(
      `select id, category, lang, title, contacts, url, tags, published, updated_at as updatedAt
         from kb_articles ${where.length ? `where ${where.join(' and ')}` : ''}`,
    )
    .all(...params) as MatchRow[];

  const categoryCounts: Record<string, number> = {};
  for (const r of rows) categoryCounts[r.category] = (categoryCounts[r.category] ?? 0) + 1;

  const ranked = rows
    .filter((r) => !input.category || r.category === input.category)
    .map((r) => ({ r, tags: tagsOf(r.tags), score: 0 }))
    .map((x) => ({ ...x, score: articleScore({ ...x.r, tags: x.tags }, words) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (CATEGORY_ORDER.get(a.r.category) ?? 99) - (CATEGORY_ORDER.get(b.r.category) ?? 99) ||
        a.r.title.localeCompare(b.r.title, 'uz'),
    );
  const page = ranked.slice(input.offset, input.offset + input.limit);
  // Bodies only for the page shown: the long texts of every match would be read for nothing.
  const bodyOf = db.prepare(`select body from kb_articles where id = ?`).pluck();
  const items = page.map(({ r, tags }) => ({
    id: r.id,
    category: r.category,
    lang: r.lang,
    title: r.title,
    contacts: r.contacts,
    url: r.url,
    tags,
    published: r.published === 1,
    updatedAt: r.updatedAt,
    snippet: snippetOf(bodyOf.get(r.id) as string, words),
  }));
  return { items, total: ranked.length, categoryCounts };
}

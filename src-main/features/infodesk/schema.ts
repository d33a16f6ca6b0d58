import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The info desk's knowledge base (issue 7): what the counter tells people about the institution's services
 * and resources, scientific clubs, joint programmes, study abroad and employers, searchable and printable.
 */
export const kbArticles = sqliteTable(
  'kb_articles',
  {
    id: text('id').primaryKey(),
    /** services | resources | clubs | jointProgrammes | studyAbroad | employers | other */
    category: text('category').notNull(),
    /** The language the article is written in; the counter may keep one per language. */
    lang: text('lang').notNull().default('uz-Latn'),
    title: text('title').notNull(),
    /** Plain text with blank-line paragraphs and "- " bullets: printable as a handout. */
    body: text('body').notNull().default(''),
    /** Where, when, whom to ask: shown as a block on the handout. */
    contacts: text('contacts').notNull().default(''),
    url: text('url').notNull().default(''),
    tags: text('tags').notNull().default(''),
    /** Folded words of title, body and tags (`searchKey`), for apostrophe- and script-blind search. */
    searchText: text('search_text').notNull().default(''),
    published: integer('published', { mode: 'boolean' }).notNull().default(true),
    updatedBy: text('updated_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('kb_articles_category').on(t.category, t.title)],
);

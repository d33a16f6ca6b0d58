import { z } from 'zod';
import { KB_CATEGORIES } from '../domain/infodesk';
import { idSchema, localeSchema, optionalText, text } from './common';

export { KB_CATEGORIES, type KbCategory } from '../domain/infodesk';

export const kbCategorySchema = z.enum(KB_CATEGORIES);

/** A web or mail link printed on the handout (and as its QR code); empty when the article has none. */
const urlField = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || /^(https?:\/\/|mailto:)[^\s]+$/i.test(v), 'validation.infodesk.url');

/** What an editor sends: the article's words as typed; the server cleans apostrophes and whitespace. */
export const kbArticleInput = z
  .object({
    id: idSchema.optional(),
    category: kbCategorySchema,
    lang: localeSchema.default('uz-Latn'),
    title: text(200),
    /** Plain text: blank lines between paragraphs, "- " at the start of a bullet. */
    body: optionalText(20_000).default(''),
    /** Where, when, whom to ask: one item a line. */
    contacts: optionalText(2000).default(''),
    url: urlField.default(''),
    tags: z.array(z.string().trim().max(60)).max(30).default([]),
    published: z.boolean().default(true),
  })
  .strict();

export const kbArticleSchema = z.object({
  id: z.string(),
  category: kbCategorySchema,
  lang: localeSchema,
  title: z.string(),
  body: z.string(),
  contacts: z.string(),
  url: z.string(),
  tags: z.array(z.string()),
  published: z.boolean(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type KbArticle = z.infer<typeof kbArticleSchema>;

/** A search result card: the article's head and the body piece that matched. */
export const kbHitSchema = kbArticleSchema
  .pick({
    id: true,
    category: true,
    lang: true,
    title: true,
    contacts: true,
    url: true,
    tags: true,
    published: true,
    updatedAt: true,
  })
  .extend({ snippet: z.string() });
export type KbHit = z.infer<typeof kbHitSchema>;

import { z } from 'zod';
import { idSchema, localeSchema, pageInput } from './common';
import { channel } from './define';
import { kbArticleInput, kbArticleSchema, kbCategorySchema, kbHitSchema } from './infodesk-models';
import { ROLES, type Role } from './roles';

export * from './infodesk-models';

/** Everyone signed in reads the knowledge base: a viewer answering a phone call needs it too. */
export const INFODESK_READERS: readonly Role[] = ROLES;
/**
 * The counter keeps the knowledge base current (it hears first that the library moved): the front office edits,
 * as do the back office and the managers. Every edit is audited; nothing is deleted, only unpublished.
 */
export const INFODESK_EDITORS: readonly Role[] = ['admin', 'head', 'back_office', 'front_office'];

const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });

export const infodeskChannels = {
  /** The counter's search: words across title, tags, contacts and body, blind to apostrophes, case and script. */
  'infodesk.search': channel({
    kind: 'query',
    access: INFODESK_READERS,
    input: pageInput
      .extend({
        query: z.string().trim().max(200).default(''),
        category: kbCategorySchema.optional(),
        lang: localeSchema.optional(),
        /** Editors may list unpublished articles too (to publish them again). */
        includeUnpublished: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      items: z.array(kbHitSchema),
      total: z.number().int(),
      /** Hits per category for the same query and language, whatever category is chosen: the chips' counts. */
      categoryCounts: z.record(z.string(), z.number().int()),
    }),
  }),
  'infodesk.get': channel({
    kind: 'query',
    access: INFODESK_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: kbArticleSchema,
  }),
  /** Creates (no id) or replaces an article; refuses a second article of the same title, category and language. */
  'infodesk.save': channel({
    kind: 'command',
    access: INFODESK_EDITORS,
    input: kbArticleInput,
    output: kbArticleSchema,
  }),
  /** Unpublish (hide from the counter and from handouts) or publish again; the history stays in the audit. */
  'infodesk.setPublished': channel({
    kind: 'command',
    access: INFODESK_EDITORS,
    input: z.object({ id: idSchema, published: z.boolean() }).strict(),
    output: kbArticleSchema,
  }),
  /**
   * Handouts: the chosen articles (in that order), or every published article of a category (and language),
   * one A4 sheet each, as DOCX or as the HTML print view.
   */
  'infodesk.handout': channel({
    kind: 'query',
    access: INFODESK_READERS,
    input: z
      .object({
        ids: z.array(idSchema).min(1).max(200).optional(),
        category: kbCategorySchema.optional(),
        lang: localeSchema.optional(),
        format: z.enum(['docx', 'html']),
      })
      .strict()
      .refine((v) => (v.ids ? 1 : 0) + (v.category ? 1 : 0) === 1, {
        message: 'validation.infodesk.selection',
        path: ['ids'],
      }),
    output: fileOutput,
  }),
} as const;

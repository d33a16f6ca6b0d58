import { z } from 'zod';
import { emptyInput, idSchema, localeSchema } from './common';
import { channel } from './define';
import { documentTypeSchema } from './documents';
import { MANAGERS } from './roles';

/** Office-owned DOCX templates of the document engine (issue 5; docs/templates.md). */

/** The largest template accepted (a letterhead with a scanned stamp fits easily). */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;

export const templateStatusSchema = z.enum(['draft', 'active', 'retired']);

export const documentTemplateSchema = z.object({
  id: z.string(),
  type: documentTypeSchema,
  version: z.number().int(),
  name: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  status: templateStatusSchema,
  /** The placeholders the template uses, found when it was uploaded. */
  report: z.object({ fields: z.array(z.string()), images: z.array(z.string()), loops: z.array(z.string()) }),
  uploadedByName: z.string(),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
});
export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;

export const templateFieldSchema = z.object({
  /** What to type in Word: `{{fullName}}`, `{{%qr}}`, `{{#rows}} … {{/rows}}`. */
  tag: z.string(),
  path: z.string(),
  kind: z.enum(['text', 'image', 'list', 'object']),
  /** A message key explaining the field, when there is one. */
  labelKey: z.string().nullable(),
  /** A value from a made-up student. */
  example: z.string(),
  /** The loop this field is used inside, or null at the top level. */
  list: z.string().nullable(),
});
export type TemplateField = z.infer<typeof templateFieldSchema>;

const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });
const byId = z.object({ id: idSchema }).strict();

export const documentTemplateChannels = {
  /** Every version of every type's templates (without the files), newest first. */
  'templates.list': channel({
    kind: 'query',
    access: MANAGERS,
    input: z.object({ type: documentTypeSchema.optional() }).strict(),
    output: z.object({ items: z.array(documentTemplateSchema) }),
  }),
  /** Checks a .docx (a real file, known placeholders, balanced loops, ≤ 5 MB) and keeps it as the type's next version, a draft. */
  'templates.upload': channel({
    kind: 'command',
    access: MANAGERS,
    input: z
      .object({
        type: documentTypeSchema,
        name: z.string().trim().min(1).max(200),
        fileName: z.string().trim().min(1).max(255),
        /** The file, base64; the 5 MB limit is checked on the bytes with its own message. */
        data: z.string().min(1).max(10_000_000),
      })
      .strict(),
    output: documentTemplateSchema,
  }),
  /** The template filled with a real student's data as of today, without a number (marked as a sample). */
  'templates.preview': channel({
    kind: 'query',
    access: MANAGERS,
    input: z.object({ id: idSchema, studentId: idSchema, lang: localeSchema.optional() }).strict(),
    output: fileOutput,
  }),
  /** Makes this version the one documents of its type are issued with; the previous active one is retired. */
  'templates.activate': channel({ kind: 'command', access: MANAGERS, input: byId, output: documentTemplateSchema }),
  /** Stops using this version; with no active version the type is printed with the built-in layout. */
  'templates.retire': channel({ kind: 'command', access: MANAGERS, input: byId, output: documentTemplateSchema }),
  /** The uploaded file as it came. */
  'templates.download': channel({ kind: 'query', access: MANAGERS, input: byId, output: fileOutput }),
  /** The placeholders each document type offers, to copy into Word. */
  'templates.fields': channel({
    kind: 'query',
    access: MANAGERS,
    input: emptyInput,
    output: z.object({
      types: z.array(
        z.object({ type: documentTypeSchema, langs: z.array(localeSchema), fields: z.array(templateFieldSchema) }),
      ),
    }),
  }),
} as const;

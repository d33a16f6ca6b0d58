import { z } from 'zod';
import { idSchema, localeSchema } from './common';
import { channel } from './define';
import { DOCUMENT_ISSUERS, DOCUMENT_READERS, documentParamsSchema, documentTypeSchema } from './documents';

export const batchSchema = z.object({
  id: z.string(),
  type: documentTypeSchema,
  lang: localeSchema,
  format: z.enum(['docx', 'pdf']),
  groupName: z.string().nullable(),
  status: z.enum(['running', 'done', 'cancelled', 'failed', 'interrupted']),
  total: z.number().int(),
  issued: z.number().int(),
  skipped: z.array(z.object({ studentId: z.string(), name: z.string(), key: z.string() })),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Where the files are on this computer. */
  outDir: z.string(),
  /** First and last register numbers of the batch. */
  firstNumber: z.string().nullable(),
  lastNumber: z.string().nullable(),
});
export type DocumentBatch = z.infer<typeof batchSchema>;

export const documentBatchChannels = {
  /**
   * One document per student of a group (current students, by name) or of a given list, as a job with
   * progress and cancel: a register entry per student, a file per student or one PDF for the printer.
   * Students a hold stops are skipped and listed. `params` go to every document of the batch (the order of
   * a batch of excerpts: `{type: 'order-excerpt', studentIds: <the order's students>, params: {orderId}}`).
   */
  'documents.batchStart': channel({
    kind: 'command',
    access: DOCUMENT_ISSUERS,
    input: z
      .object({
        type: documentTypeSchema,
        lang: localeSchema,
        format: z.enum(['docx', 'pdf']),
        groupId: idSchema.optional(),
        studentIds: z.array(idSchema).min(1).max(3000).optional(),
        params: documentParamsSchema.optional(),
      })
      .strict()
      .refine((v) => (v.groupId === undefined) !== (v.studentIds === undefined), {
        message: 'documents.batch.whoRequired',
        path: ['groupId'],
      }),
    output: z.object({ jobId: z.string(), batchId: z.string() }),
  }),
  'documents.batchList': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(),
    output: z.object({ items: z.array(batchSchema) }),
  }),
  'documents.batchGet': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: z.object({ batchId: idSchema }).strict(),
    output: batchSchema,
  }),
  /** The batch's files: its PDF, or its DOCX files in one .zip. */
  'documents.batchDownload': channel({
    kind: 'query',
    access: DOCUMENT_READERS,
    input: z.object({ batchId: idSchema }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() }),
  }),
  /** Goes on with an interrupted or cancelled batch: the students without an entry yet. */
  'documents.batchResume': channel({
    kind: 'command',
    access: DOCUMENT_ISSUERS,
    input: z.object({ batchId: idSchema }).strict(),
    output: z.object({ jobId: z.string(), batchId: z.string() }),
  }),
} as const;

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { issuedDocuments } from '../schema';

/**
 * Batches of documents (issue 5): one register entry per student, the files on disk. The batch row lives
 * across restarts: a batch that was running when the app stopped is finished from its register entries
 * (each file is drawn again from its snapshot), so no entry is ever left without its file.
 */
export const documentBatches = sqliteTable('document_batches', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  lang: text('lang').notNull(),
  /** `docx`: a file per student; `pdf`: one print-ready file. */
  format: text('format', { enum: ['docx', 'pdf'] }).notNull(),
  groupId: text('group_id'),
  /** JSON: the students in print order. */
  studentIds: text('student_ids').notNull(),
  /** JSON: the document parameters given for the whole batch. */
  params: text('params').notNull().default('{}'),
  outDir: text('out_dir').notNull(),
  status: text('status', { enum: ['running', 'done', 'cancelled', 'failed', 'interrupted'] }).notNull(),
  total: integer('total').notNull(),
  issued: integer('issued').notNull().default(0),
  /** JSON: students a hold kept out, with the hold. */
  skipped: text('skipped').notNull().default('[]'),
  error: text('error'),
  createdBy: text('created_by'),
  createdAt: text('created_at').notNull(),
  finishedAt: text('finished_at'),
});

/** Which register entries a batch made, in print order (`id` is the issued document's id). */
export const documentBatchItems = sqliteTable(
  'document_batch_items',
  {
    id: text('id')
      .primaryKey()
      .references(() => issuedDocuments.id),
    batchId: text('batch_id')
      .notNull()
      .references(() => documentBatches.id),
    position: integer('position').notNull(),
    /** The file written for this entry (a DOCX batch), relative to the batch folder. */
    fileName: text('file_name').notNull().default(''),
  },
  (t) => [index('document_batch_items_batch').on(t.batchId, t.position)],
);

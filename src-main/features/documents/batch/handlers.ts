import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../../../src-shared/errors';
import type { HandlersOf } from '../../../backend/context';
import { zip } from '../render/zip';
import { BATCH_JOB, createBatch, listBatches, pdfNameOf, runBatch, toBatch } from './batch';
import { documentBatches, documentBatchItems } from './schema';

type Channels =
  | 'documents.batchStart'
  | 'documents.batchList'
  | 'documents.batchGet'
  | 'documents.batchDownload'
  | 'documents.batchResume';

export const documentBatchHandlers: HandlersOf<Channels> = {
  'documents.batchStart': (input, ctx) => {
    const userId = ctx.session?.userId || null;
    const batch = createBatch(ctx, ctx.actor, userId, input);
    const issuer = { userId, role: ctx.session?.role ?? null };
    const { id } = ctx.jobs.start(BATCH_JOB, userId, (job) => runBatch(ctx, ctx.actor, issuer, batch.id, job));
    return { jobId: id, batchId: batch.id };
  },

  'documents.batchResume': (input, ctx) => {
    const batch = ctx.store.db.select().from(documentBatches).where(eq(documentBatches.id, input.batchId)).get();
    if (!batch) throw new AppError('NOT_FOUND', 'error.notFound', 'No such batch');
    if (batch.status === 'running' || batch.status === 'done')
      throw new AppError('CONFLICT', 'documents.batch.notResumable', `The batch is ${batch.status}`);
    const userId = ctx.session?.userId || null;
    ctx.command((w) => w.update(documentBatches, batch.id, { status: 'running', error: null, finishedAt: null }));
    const issuer = { userId, role: ctx.session?.role ?? null };
    const { id } = ctx.jobs.start(BATCH_JOB, userId, (job) => runBatch(ctx, ctx.actor, issuer, batch.id, job));
    return { jobId: id, batchId: batch.id };
  },

  'documents.batchList': (input, ctx) => ({ items: listBatches(ctx.store.db, input.limit) }),

  'documents.batchGet': (input, ctx) => toBatch(ctx.store.db, input.batchId),

  'documents.batchDownload': (input, ctx) => {
    const batch = ctx.store.db.select().from(documentBatches).where(eq(documentBatches.id, input.batchId)).get();
    if (!batch) throw new AppError('NOT_FOUND', 'error.notFound', 'No such batch');
    if (batch.status === 'running')
      throw new AppError('CONFLICT', 'documents.batch.stillRunning', 'The batch is still running');
    if (batch.format === 'pdf') {
      const path = join(batch.outDir, pdfNameOf(batch));
      if (!existsSync(path)) throw new AppError('NOT_FOUND', 'documents.batch.noFiles', 'The batch has no file');
      return { fileName: pdfNameOf(batch), mimeType: 'application/pdf', data: readFileSync(path).toString('base64') };
    }
    const items = ctx.store.db
      .select()
      .from(documentBatchItems)
      .where(eq(documentBatchItems.batchId, batch.id))
      .orderBy(asc(documentBatchItems.position))
      .all();
    const files = items.filter((i) => existsSync(join(batch.outDir, i.fileName)));
    if (files.length === 0) throw new AppError('NOT_FOUND', 'documents.batch.noFiles', 'The batch has no files');
    // DOCX files are zips already: stored, not compressed again.
    const data = zip(
      files.map((i) => ({ path: i.fileName, data: readFileSync(join(batch.outDir, i.fileName)), store: true })),
    );
    return {
      fileName: `${batch.type}_${batch.createdAt.slice(0, 10)}.zip`,
      mimeType: 'application/zip',
      data: data.toString('base64'),
    };
  },
};

import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DocumentBatch } from '../../../../src-shared/contract/document-batches';
import type { DocumentParams } from '../../../../src-shared/contract/documents';
import type { Locale } from '../../../../src-shared/contract/common';
import type { DocumentTypeCode } from '../../../../src-shared/domain/documents/catalog';
import type { DocModel } from '../../../../src-shared/domain/documents/model';
import { cardSheet } from '../../../../src-shared/domain/documents/student-card';
import { uuidv7 } from '../../../../src-shared/domain/uuid';
import { AppError } from '../../../../src-shared/errors';
import type { Services } from '../../../backend/context';
import { runCommand, type Actor } from '../../../commands/run-command';
import type { Db } from '../../../db/store';
import type { JobContext } from '../../../jobs/job-runner';
import { groups, students } from '../../registry/schema';
import { issueDocument, issuedModel, type Issuer } from '../issue';
import { renderPdf } from '../render/pdf';
import { issuedDocuments } from '../schema';
import { BATCH_PARAM_CHECKS } from '../sources';
import { readInstitution } from '../../institution/handlers';
import { issuedTemplateDocx } from '../templates/service';
import { RenderPool } from './render-pool';
import { documentBatches, documentBatchItems } from './schema';

export const BATCH_JOB = 'documents.batch';
export const RECOVER_BATCHES_JOB = 'documents.batchRecover';
/** Students per command: one transaction numbers a chunk, then its files are written. */
const CHUNK = 25;

export interface BatchRequest {
  type: DocumentTypeCode;
  lang: Locale;
  format: 'docx' | 'pdf';
  groupId?: string;
  studentIds?: string[];
  /** Given to every document of the batch (an excerpt's order). */
  params?: DocumentParams;
}

type BatchRow = typeof documentBatches.$inferSelect;
interface Skipped {
  studentId: string;
  name: string;
  key: string;
}

export const batchDir = (dataDir: string, id: string) => join(dataDir, 'documents', 'batches', id);

/** A group's current students in print order (surname, name). */
function groupStudents(db: Db, groupId: string): string[] {
  if (!db.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId)).get())
    throw new AppError('NOT_FOUND', 'error.notFound', 'Group not found');
  return db
    .select({ id: students.id })
    .from(students)
    .where(and(eq(students.groupId, groupId), eq(students.status, '11')))
    .orderBy(asc(students.lastNameLat), asc(students.firstNameLat))
    .all()
    .map((r) => r.id);
}

/** A file name that sorts in print order and says whose document it is. */
function fileNameOf(position: number, studentIdNumber: string, registerNumber: string): string {
  const safe = (s: string) => s.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${String(position + 1).padStart(4, '0')}_${safe(studentIdNumber) || 'student'}_${safe(registerNumber)}.docx`;
}

/** Writes a file whole or not at all: a crash never leaves half a document under the final name. */
function writeAtomic(path: string, data: Buffer): void {
  const tmp = `${path}.part`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function createBatch(services: Services, actor: Actor, userId: string | null, req: BatchRequest): BatchRow {
  const db = services.store.db;
  const ids = req.groupId ? groupStudents(db, req.groupId) : [...new Set(req.studentIds ?? [])];
  if (ids.length === 0) throw new AppError('CONFLICT', 'documents.batch.empty', 'No students to issue documents to');
  BATCH_PARAM_CHECKS[req.type]?.(db, req.params ?? {});
  const id = uuidv7(services.clock.now().getTime());
  const outDir = batchDir(services.store.dataDir, id);
  return runCommand(services.store, services.clock, actor, 'documents.batchStart', req, (w) =>
    w.insert(documentBatches, {
      id,
      type: req.type,
      lang: req.lang,
      format: req.format,
      groupId: req.groupId ?? null,
      studentIds: JSON.stringify(ids),
      params: JSON.stringify(req.params ?? {}),
      outDir,
      status: 'running',
      total: ids.length,
      createdBy: userId,
      createdAt: w.now,
    }),
  ).value;
}

function itemsOf(db: Db, batchId: string) {
  return db
    .select({ item: documentBatchItems, doc: issuedDocuments })
    .from(documentBatchItems)
    .innerJoin(issuedDocuments, eq(issuedDocuments.id, documentBatchItems.id))
    .where(eq(documentBatchItems.batchId, batchId))
    .orderBy(asc(documentBatchItems.position))
    .all();
}

type IssuedRow = typeof issuedDocuments.$inferSelect;

/**
 * DOCX files of register entries, in order: an entry issued with an office template is filled from that
 * template version (here: it reads the template from the database); the rest go to the worker threads.
 */
async function docxFiles(db: Db, rows: IssuedRow[], pool: RenderPool): Promise<Buffer[]> {
  const out: (Buffer | null)[] = await Promise.all(rows.map((r) => issuedTemplateDocx(db, r)));
  const builtIn = rows.flatMap((r, i) => (out[i] ? [] : [i]));
  const logo = readInstitution(db).logo;
  const rendered = await pool.renderDocx(builtIn.map((i) => issuedModel(db, rows[i]!, logo)));
  builtIn.forEach((i, k) => (out[i] = rendered[k]!));
  return out as Buffer[];
}

/** ID cards per A4 sheet in a printed batch (2 × 4, cut along the crop marks). */
const CARDS_PER_SHEET = 8;

/**
 * Pages to print: one-card documents (ID cards) are gathered eight to a sheet; other documents stay as they
 * are. Each card keeps its own number and QR; only the paper is shared.
 */
export function printSheets(models: DocModel[]): DocModel[] {
  const single = (m: DocModel) => (m.blocks.length === 1 && m.blocks[0]!.kind === 'cards' ? m.blocks[0] : null);
  if (models.length < 2 || !models.every(single)) return models;
  const cards = models.flatMap((m) => (single(m) as Extract<DocModel['blocks'][number], { kind: 'cards' }>).cards);
  const sheets: DocModel[] = [];
  for (let i = 0; i < cards.length; i += CARDS_PER_SHEET)
    sheets.push(cardSheet(cards.slice(i, i + CARDS_PER_SHEET), models[0]!.lang as Locale, models[0]!.title));
  return sheets;
}

export const pdfNameOf = (batch: Pick<BatchRow, 'type' | 'createdAt'>) =>
  `${batch.type}_${batch.createdAt.slice(0, 10)}.pdf`;

/**
 * Makes the files of every entry the batch has: missing DOCX files, or the whole PDF. Used at the end of a
 * run and to finish a batch a crash interrupted (each file is drawn from its entry's snapshot).
 */
export async function writeBatchFiles(services: Services, batch: BatchRow, pool: RenderPool | null): Promise<number> {
  const db = services.store.db;
  const items = itemsOf(db, batch.id);
  mkdirSync(batch.outDir, { recursive: true });
  if (batch.format === 'pdf') {
    if (items.length === 0) return 0;
    const logo = readInstitution(db).logo;
    writeAtomic(
      join(batch.outDir, pdfNameOf(batch)),
      await renderPdf(printSheets(items.map((i) => issuedModel(db, i.doc, logo)))),
    );
    return items.length;
  }
  const present = new Set(readdirSync(batch.outDir));
  const missing = items.filter((i) => !present.has(i.item.fileName));
  const files = await docxFiles(
    db,
    missing.map((i) => i.doc),
    pool ?? new RenderPool(0),
  );
  missing.forEach((i, k) => writeAtomic(join(batch.outDir, i.item.fileName), files[k]!));
  return missing.length;
}

function setStatus(
  services: Services,
  actor: Actor,
  id: string,
  patch: Partial<typeof documentBatches.$inferInsert>,
): void {
  runCommand(services.store, services.clock, actor, 'documents.batchStatus', { id, ...patch }, (w) =>
    w.update(documentBatches, id, patch),
  );
}

/**
 * The job: chunk by chunk, one command numbers and registers the chunk's documents (gap-free, all or none),
 * then its DOCX files are written on the worker threads before the next chunk. A PDF batch draws its one
 * file at the end. Cancelled or failed, the files of what was registered are still written.
 */
export async function runBatch(
  services: Services,
  actor: Actor,
  issuer: Issuer,
  batchId: string,
  job: JobContext,
): Promise<DocumentBatch> {
  const db = services.store.db;
  let batch = db.select().from(documentBatches).where(eq(documentBatches.id, batchId)).get()!;
  const all = JSON.parse(batch.studentIds) as string[];
  const done = new Set(itemsOf(db, batchId).map((i) => i.doc.studentId));
  const skipped = JSON.parse(batch.skipped) as Skipped[];
  const skippedIds = new Set(skipped.map((s) => s.studentId));
  const params = JSON.parse(batch.params) as DocumentParams;
  const todo = all.filter((id) => !done.has(id) && !skippedIds.has(id));
  const pool = batch.format === 'docx' ? new RenderPool() : null;
  let inFlight: Promise<void> = Promise.resolve();
  let position = done.size + skipped.length;
  let outcome: 'done' | 'cancelled' | 'failed' = 'done';
  let error: string | null = null;
  mkdirSync(batch.outDir, { recursive: true });
  try {
    job.progress(all.length - todo.length, all.length, 'documents.batch.step');
    for (let i = 0; i < todo.length; i += CHUNK) {
      job.throwIfCancelled();
      const chunk = todo.slice(i, i + CHUNK);
      const issued = runCommand(
        services.store,
        services.clock,
        actor,
        'documents.batchIssue',
        { batchId, students: chunk.length },
        (w) => {
          const out: { docId: string; fileName: string }[] = [];
          for (const studentId of chunk) {
            try {
              const doc = issueDocument(w, services.secretStore, issuer, {
                type: batch.type as DocumentTypeCode,
                studentId,
                lang: batch.lang as Locale,
                params,
              });
              const fileName =
                batch.format === 'docx' ? fileNameOf(position, doc.studentIdNumber, doc.registerNumber) : '';
              w.insert(documentBatchItems, { id: doc.id, batchId, position: position++, fileName });
              out.push({ docId: doc.id, fileName });
            } catch (err) {
              // A hold keeps this student out of the batch (no override in bulk), and so does an error that
              // concerns only them (`details.skipKey`: an order that does not name them); anything else stops it.
              const skipKey = skipKeyOf(err);
              if (!skipKey) throw err;
              const s = w.db.select().from(students).where(eq(students.id, studentId)).get();
              skipped.push({ studentId, name: s ? `${s.lastNameLat} ${s.firstNameLat}` : studentId, key: skipKey });
              position++;
            }
          }
          w.update(documentBatches, batchId, { issued: done.size + out.length, skipped: JSON.stringify(skipped) });
          for (const o of out) done.add(o.docId);
          return out;
        },
      ).value;
      const rows = db
        .select()
        .from(issuedDocuments)
        .where(
          inArray(
            issuedDocuments.id,
            issued.map((d) => d.docId),
          ),
        )
        .all();
      const byId = new Map(rows.map((r) => [r.id, r]));
      // A PDF batch is drawn once at the end (one file). A DOCX batch renders this chunk on the worker
      // threads while the next chunk is numbered here: at most one chunk in flight.
      if (pool) {
        const chunkRows = issued.map((d) => byId.get(d.docId)!);
        await inFlight;
        inFlight = docxFiles(db, chunkRows, pool).then((files) => {
          issued.forEach((d, k) => writeAtomic(join(batch.outDir, d.fileName), files[k]!));
        });
      }
      job.progress(all.length - todo.length + Math.min(i + CHUNK, todo.length), all.length, 'documents.batch.step');
      await job.yield();
    }
    await inFlight;
  } catch (err) {
    // The chunk being rendered is finished (or its files are drawn below) before the batch stops.
    await inFlight.catch(() => undefined);
    if (err instanceof AppError && err.code === 'CANCELLED') outcome = 'cancelled';
    else {
      outcome = 'failed';
      error = err instanceof Error ? err.message : String(err);
    }
  } finally {
    try {
      // What was registered gets its files, whatever stopped the run.
      batch = db.select().from(documentBatches).where(eq(documentBatches.id, batchId)).get()!;
      await writeBatchFiles(services, batch, pool);
    } finally {
      await pool?.close();
    }
    setStatus(services, actor, batchId, { status: outcome, error, finishedAt: services.clock.now().toISOString() });
  }
  if (outcome === 'cancelled') throw new AppError('CANCELLED', 'error.cancelled', 'The batch was cancelled');
  if (outcome === 'failed') throw new AppError('INTERNAL', 'documents.batch.failed', error ?? 'The batch failed');
  return toBatch(db, batchId);
}

/** Why a batch leaves a student out, or null when the error must stop the batch. */
function skipKeyOf(err: unknown): string | null {
  if (!(err instanceof AppError)) return null;
  if (err.key === 'error.documents.held')
    return (err.details?.holds as { key: string }[] | undefined)?.[0]?.key ?? err.key;
  return typeof err.details?.skipKey === 'string' ? err.details.skipKey : null;
}

export function hasRunningBatches(db: Db): boolean {
  return (
    db
      .select({ id: documentBatches.id })
      .from(documentBatches)
      .where(eq(documentBatches.status, 'running'))
      .limit(1)
      .get() !== undefined
  );
}

/** Batches a stopped app left running (called at start-up, before any batch job can run): their files are finished from the register, and they say so. */
export async function recoverBatches(services: Services, actor: Actor): Promise<number> {
  const db = services.store.db;
  const running = db.select().from(documentBatches).where(eq(documentBatches.status, 'running')).all();
  for (const batch of running) {
    cleanPartials(batch.outDir);
    await writeBatchFiles(services, batch, null);
    setStatus(services, actor, batch.id, { status: 'interrupted', finishedAt: services.clock.now().toISOString() });
  }
  return running.length;
}

export function toBatch(db: Db, id: string): DocumentBatch {
  const b = db.select().from(documentBatches).where(eq(documentBatches.id, id)).get();
  if (!b) throw new AppError('NOT_FOUND', 'error.notFound', 'No such batch');
  const items = db
    .select({ number: issuedDocuments.registerNumber })
    .from(documentBatchItems)
    .innerJoin(issuedDocuments, eq(issuedDocuments.id, documentBatchItems.id))
    .where(eq(documentBatchItems.batchId, id))
    .orderBy(asc(documentBatchItems.position))
    .all();
  const group = b.groupId
    ? db.select({ name: groups.name }).from(groups).where(eq(groups.id, b.groupId)).get()
    : undefined;
  return {
    id: b.id,
    type: b.type as DocumentBatch['type'],
    lang: b.lang as Locale,
    format: b.format,
    groupName: group?.name ?? null,
    status: b.status,
    total: b.total,
    issued: b.issued,
    skipped: JSON.parse(b.skipped) as Skipped[],
    error: b.error,
    createdAt: b.createdAt,
    finishedAt: b.finishedAt,
    outDir: b.outDir,
    firstNumber: items[0]?.number ?? null,
    lastNumber: items.at(-1)?.number ?? null,
  };
}

export function listBatches(db: Db, limit: number): DocumentBatch[] {
  return db
    .select({ id: documentBatches.id })
    .from(documentBatches)
    .orderBy(desc(documentBatches.createdAt))
    .limit(limit)
    .all()
    .map((r) => toBatch(db, r.id));
}

/** Removes the partial files a crash may leave (`*.part`). */
export function cleanPartials(dir: string): void {
  try {
    for (const f of readdirSync(dir)) if (f.endsWith('.part')) rmSync(join(dir, f), { force: true });
  } catch {
    // no folder yet
  }
}

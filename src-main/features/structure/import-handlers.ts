import { eq } from 'drizzle-orm';
import { structureImportResultSchema, subjectImportResultSchema } from '../../../src-shared/contract/structure';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import { curricula } from '../academic/schema';
import { importStructure } from './import-structure';
import { importCurriculumSubjects } from './import-subjects';

export const SUBJECT_IMPORT_JOB = 'structure.importSubjects';
export const STRUCTURE_IMPORT_JOB = 'structure.importStructure';

/** The finished report of an import job the caller may see (their own, or any for heads and admins). */
function finishedImport(ctx: HandlerContext, jobId: string, kind: string): unknown {
  const job = ctx.jobs.get(jobId);
  const mine =
    job &&
    job.kind === kind &&
    (job.ownerId === null ||
      job.ownerId === ctx.session?.userId ||
      ctx.session?.role === 'admin' ||
      ctx.session?.role === 'head');
  if (!job || !mine) throw new AppError('NOT_FOUND', 'error.jobNotFound', `No import ${jobId}`);
  if (job.state === 'running')
    throw new AppError('CONFLICT', 'error.structure.import.running', 'The import is still running');
  if (job.state === 'cancelled') throw new AppError('CANCELLED', 'error.cancelled', 'The import was cancelled');
  if (job.state !== 'succeeded') {
    throw new AppError(
      'CONFLICT',
      job.errorKey ?? 'error.internal',
      job.error ?? 'The import did not finish',
      job.errorParams ? { params: job.errorParams } : {},
    );
  }
  return job.result;
}

export const importSubjectHandlers: HandlersOf<
  | 'structure.importSubjects'
  | 'structure.importSubjectsResult'
  | 'structure.importStructure'
  | 'structure.importStructureResult'
> = {
  'structure.importSubjects': (input, ctx) => {
    // A wrong curriculum is a clear error now, not a failed job later.
    if (!ctx.store.db.select({ id: curricula.id }).from(curricula).where(eq(curricula.id, input.curriculumId)).get()) {
      throw new AppError('NOT_FOUND', 'error.notFound', 'Curriculum not found');
    }
    const data = Buffer.from(input.data, 'base64');
    const { id } = ctx.jobs.start(SUBJECT_IMPORT_JOB, ctx.session?.userId ?? null, (job) =>
      importCurriculumSubjects(ctx, ctx.actor, { ...input, data }, job),
    );
    return { jobId: id };
  },

  'structure.importSubjectsResult': (input, ctx) =>
    subjectImportResultSchema.parse(finishedImport(ctx, input.jobId, SUBJECT_IMPORT_JOB)),

  'structure.importStructure': (input, ctx) => {
    const data = Buffer.from(input.data, 'base64');
    const { id } = ctx.jobs.start(STRUCTURE_IMPORT_JOB, ctx.session?.userId ?? null, (job) =>
      importStructure(ctx, ctx.actor, { ...input, data }, job),
    );
    return { jobId: id };
  },

  'structure.importStructureResult': (input, ctx) =>
    structureImportResultSchema.parse(finishedImport(ctx, input.jobId, STRUCTURE_IMPORT_JOB)),
};

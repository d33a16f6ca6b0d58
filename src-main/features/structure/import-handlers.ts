import { eq } from 'drizzle-orm';
import { subjectImportResultSchema } from '../../../src-shared/contract/structure';
import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import { curricula } from '../academic/schema';
import { importCurriculumSubjects } from './import-subjects';

export const SUBJECT_IMPORT_JOB = 'structure.importSubjects';

export const importSubjectHandlers: HandlersOf<'structure.importSubjects' | 'structure.importSubjectsResult'> = {
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

  'structure.importSubjectsResult': (input, ctx) => {
    const job = ctx.jobs.get(input.jobId);
    const mine =
      job &&
      job.kind === SUBJECT_IMPORT_JOB &&
      (job.ownerId === null ||
        job.ownerId === ctx.session?.userId ||
        ctx.session?.role === 'admin' ||
        ctx.session?.role === 'head');
    if (!job || !mine) throw new AppError('NOT_FOUND', 'error.jobNotFound', `No subject import ${input.jobId}`);
    if (job.state === 'running')
      throw new AppError('CONFLICT', 'error.structure.import.running', 'The import is still running');
    if (job.state !== 'succeeded') {
      throw new AppError(
        'CONFLICT',
        job.errorKey ?? 'error.internal',
        job.error ?? 'The import did not finish',
        job.errorParams ? { params: job.errorParams } : {},
      );
    }
    return subjectImportResultSchema.parse(job.result);
  },
};

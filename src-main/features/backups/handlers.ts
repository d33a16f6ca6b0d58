import type { BackupInfo } from '../../../src-shared/contract/jobs';
import { AppError } from '../../../src-shared/errors';
import { MANAGERS } from '../../../src-shared/contract/roles';
import type { HandlerContext, HandlersOf, Services } from '../../backend/context';
import { listBackups, pruneBackups, writeBackup, type BackupKind } from './backup-files';

/** Starts a backup job: snapshot → verify → prune old ones. Progress is reported per step. */
export function startBackupJob(services: Services, kind: BackupKind, ownerId: string | null) {
  return services.jobs.start<BackupInfo>('backup', ownerId, async (job) => {
    job.progress(0, 3, 'backup.step.snapshot');
    job.throwIfCancelled();
    const info = writeBackup(services.store.reader, services.store.backupDir, kind, services.clock.now());
    job.progress(2, 3, 'backup.step.prune');
    await job.yield();
    pruneBackups(services.store.backupDir, services.settings().backupKeep);
    job.progress(3, 3, 'backup.step.done');
    services.logger.info(`backup written: ${info.fileName}`);
    return info;
  });
}

/** Managers see every job; anyone else only their own. */
function visibleOwner(ctx: HandlerContext): string | undefined {
  return ctx.session && MANAGERS.includes(ctx.session.role) ? undefined : (ctx.session?.userId ?? '');
}

export const backupsHandlers: HandlersOf<'backups.list' | 'backups.create' | 'jobs.list' | 'jobs.cancel'> = {
  'backups.list': (_input, ctx) => listBackups(ctx.store.backupDir),
  'backups.create': (_input, ctx) => ({ jobId: startBackupJob(ctx, 'manual', ctx.session?.userId ?? null).id }),
  'jobs.list': (_input, ctx) => ctx.jobs.list(visibleOwner(ctx)),
  'jobs.cancel': (input, ctx) => {
    if (!ctx.jobs.cancel(input.id, visibleOwner(ctx)))
      throw new AppError('NOT_FOUND', 'error.jobNotFound', `Job ${input.id} not found`);
    return { ok: true };
  },
};

import type { JobInfo } from '../../src-shared/contract/jobs';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { AppError } from '../../src-shared/errors';
import type { BackendEvents } from '../backend/events';
import type { Logger } from '../backend/logger';
import type { Clock } from '../db/store';

export interface JobContext {
  readonly signal: AbortSignal;
  /** Reports progress; `step` is an i18n key shown beside the bar. */
  progress(done: number, total: number, step?: string): void;
  /** Throws `CANCELLED` when the user cancelled; call it between batches. */
  throwIfCancelled(): void;
  /** Yields to the event loop so requests (and the cancel button) are served between batches. */
  yield(): Promise<void>;
}

export type JobFn<T> = (ctx: JobContext) => Promise<T>;

interface RunningJob {
  info: JobInfo;
  controller: AbortController;
  ownerId: string | null;
  done: Promise<unknown>;
}

const KEEP_FINISHED = 50;

/**
 * Long work (backups, imports, batches): runs in the background, reports `jobs.progress` events,
 * can be cancelled. Each job commits its own batches, so a cancel or crash leaves whole batches.
 */
export class JobRunner {
  private readonly jobs = new Map<string, RunningJob>();

  constructor(
    private readonly clock: Clock,
    private readonly events: BackendEvents,
    private readonly logger: Logger,
  ) {}

  start<T>(kind: string, ownerId: string | null, fn: JobFn<T>): { id: string; done: Promise<T> } {
    const id = uuidv7(this.clock.now().getTime());
    const controller = new AbortController();
    const info: JobInfo = {
      id,
      kind,
      ownerId,
      state: 'running',
      done: 0,
      total: 0,
      step: 'job.starting',
      startedAt: this.clock.now().toISOString(),
      finishedAt: null,
      error: null,
    };
    const emit = () => this.events.emit('jobs.progress', { ...info });
    let lastEmit = 0;
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total, step) => {
        info.done = done;
        info.total = total;
        if (step) info.step = step;
        const now = Date.now();
        // Throttle: a 100k-row job must not flood the renderer with events.
        if (now - lastEmit >= 100 || done >= total) {
          lastEmit = now;
          emit();
        }
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new AppError('CANCELLED', 'error.cancelled', 'The job was cancelled');
      },
      yield: () => new Promise((resolve) => setImmediate(resolve)),
    };
    const done = (async () => {
      await ctx.yield();
      try {
        const result = await fn(ctx);
        info.state = 'succeeded';
        info.result = result;
        return result;
      } catch (err) {
        if (err instanceof AppError && err.code === 'CANCELLED') {
          info.state = 'cancelled';
        } else {
          info.state = 'failed';
          info.error = err instanceof Error ? err.message : String(err);
          if (err instanceof AppError) {
            info.errorKey = err.key;
            if (err.params) info.errorParams = err.params;
          }
          this.logger.error(`job ${kind} failed`, { error: info.error });
        }
        throw err;
      } finally {
        info.finishedAt = this.clock.now().toISOString();
        emit();
        this.prune();
      }
    })();
    // The caller may not await `done`; a failed job is reported through its state, not a crash.
    done.catch(() => {});
    this.jobs.set(id, { info, controller, ownerId, done });
    emit();
    return { id, done };
  }

  /** Jobs visible to a user: their own, or all of them for managers (`ownerId` undefined). */
  list(ownerId?: string): JobInfo[] {
    return [...this.jobs.values()]
      .filter((j) => ownerId === undefined || j.ownerId === ownerId)
      .map((j) => ({ ...j.info }))
      .reverse();
  }

  get(id: string): JobInfo | null {
    const job = this.jobs.get(id);
    return job ? { ...job.info } : null;
  }

  cancel(id: string, ownerId?: string): boolean {
    const job = this.jobs.get(id);
    if (!job || (ownerId !== undefined && job.ownerId !== ownerId)) return false;
    job.controller.abort();
    return true;
  }

  /** Cancels everything and waits for the jobs to stop (on shutdown). */
  async stopAll(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.allSettled([...this.jobs.values()].map((j) => j.done));
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.info.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.info.id);
  }
}

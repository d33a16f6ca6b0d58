import { z } from 'zod';
import { channel } from './define';
import { MANAGERS } from './roles';
import { emptyInput, okOutput } from './common';

export const JOB_STATES = ['running', 'succeeded', 'failed', 'cancelled'] as const;

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  /** The user who started it (null: the system); only they and managers see its progress. */
  ownerId: z.string().nullable(),
  state: z.enum(JOB_STATES),
  done: z.number(),
  total: z.number(),
  /** i18n key of the current step. */
  step: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  /** Translatable form of `error` when the job failed with a known error. */
  errorKey: z.string().optional(),
  errorParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  result: z.unknown().optional(),
});
export type JobInfo = z.infer<typeof jobSchema>;

export const backupSchema = z.object({
  fileName: z.string(),
  kind: z.enum(['auto', 'manual', 'pre-migration', 'pre-restore', 'cli']),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});
export type BackupInfo = z.infer<typeof backupSchema>;

export const jobsChannels = {
  'jobs.list': channel({ kind: 'query', access: 'signedIn', input: emptyInput, output: z.array(jobSchema) }),
  'jobs.cancel': channel({
    kind: 'query',
    access: 'signedIn',
    input: z.object({ id: z.string().min(1).max(64) }),
    output: okOutput,
  }),
  'backups.list': channel({ kind: 'query', access: MANAGERS, input: emptyInput, output: z.array(backupSchema) }),
  /** Starts a backup job; progress arrives as `jobs.progress` events. */
  'backups.create': channel({
    kind: 'query',
    access: MANAGERS,
    input: emptyInput,
    output: z.object({ jobId: z.string() }),
  }),
} as const;

/** Events the backend pushes; the Electron preload allow-lists exactly these names. */
export const EVENT_NAMES = ['jobs.progress', 'session.expired'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

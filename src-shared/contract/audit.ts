import { z } from 'zod';
import { channel } from './define';
import { MANAGERS } from './roles';

export const auditChangeSchema = z.object({
  table: z.string(),
  id: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Bulk batches record a summary instead of every row. */
  count: z.number().int().optional(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const ACTOR_KINDS = ['user', 'cli', 'system', 'anonymous'] as const;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLogin: z.string(),
  actorKind: z.enum(ACTOR_KINDS),
  command: z.string(),
  input: z.unknown(),
  changes: z.array(auditChangeSchema),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditChannels = {
  'audit.list': channel({
    kind: 'query',
    access: MANAGERS,
    input: z
      .object({
        actor: z.string().trim().max(64).optional(),
        /** Inclusive calendar dates `yyyy-mm-dd`. */
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
        entity: z.string().trim().max(64).optional(),
        entityId: z.string().trim().max(64).optional(),
        command: z.string().trim().max(64).optional(),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }),
  }),
  'audit.facets': channel({
    kind: 'query',
    access: MANAGERS,
    input: z.object({}).strict(),
    output: z.object({ actors: z.array(z.string()), entities: z.array(z.string()), commands: z.array(z.string()) }),
  }),
} as const;

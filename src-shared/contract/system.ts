import { z } from 'zod';
import { channel } from './define';
import { ADMIN_ONLY, MANAGERS } from './roles';
import { emptyInput, localeSchema } from './common';

export const checkReportSchema = z.object({
  ok: z.boolean(),
  integrity: z.array(z.string()),
  audit: z.object({
    entries: z.number().int(),
    ok: z.boolean(),
    firstBreakSeq: z.number().int().nullable(),
    problem: z.string().nullable(),
    headHash: z.string().nullable(),
  }),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

export const systemChannels = {
  'system.health': channel({
    kind: 'query',
    access: 'public',
    input: emptyInput,
    output: z.object({
      version: z.string(),
      setupRequired: z.boolean(),
      defaultLocale: localeSchema,
      institutionShortName: z.string(),
    }),
  }),
  'system.check': channel({
    kind: 'query',
    access: MANAGERS,
    input: emptyInput,
    output: checkReportSchema,
  }),
  'system.settings': channel({
    kind: 'query',
    access: ADMIN_ONLY,
    input: emptyInput,
    output: z.object({
      backupKeep: z.number().int(),
      sessionIdleMinutes: z.number().int(),
      lockoutThreshold: z.number().int(),
      lockoutMinutes: z.number().int(),
      updateUrl: z.string(),
    }),
  }),
  'system.updateSettings': channel({
    kind: 'command',
    access: ADMIN_ONLY,
    input: z
      .object({
        backupKeep: z.number().int().min(1).max(365),
        sessionIdleMinutes: z
          .number()
          .int()
          .min(5)
          .max(24 * 60),
        lockoutThreshold: z.number().int().min(3).max(20),
        lockoutMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
        updateUrl: z.union([z.literal(''), z.string().url().max(500)]),
      })
      .partial()
      .strict(),
    output: z.object({ ok: z.literal(true) }),
  }),
} as const;

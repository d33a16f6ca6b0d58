import { z } from 'zod';
import { channel } from './define';
import { idSchema } from './common';
import type { Role } from './roles';

/** Back office and heads keep the registry clean; the front desk sees problems on the card. */
export const QUALITY_ROLES: readonly Role[] = ['admin', 'head', 'back_office'];

export const QUALITY_CHECKS = [
  'invalidPinfl',
  'duplicatePinfl',
  'duplicatePerson',
  'mixedScript',
  'missingCyrillic',
  'missingPassportName',
  'hemisDiff',
] as const;
export type QualityCheck = (typeof QUALITY_CHECKS)[number];

/** Checks with a one-click fix (each is a proposal a person approves by clicking). */
export const FIXABLE_CHECKS: readonly QualityCheck[] = [
  'mixedScript',
  'missingCyrillic',
  'missingPassportName',
  'hemisDiff',
];

export const qualityItemSchema = z.object({
  studentId: idSchema,
  name: z.string(),
  group: z.string().nullable(),
  /** i18n key of the finding, with params. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The values the one-click fix would write (field → new value), when the check has one. */
  fix: z.record(z.string(), z.string()).nullable(),
  /** Other students in the same duplicate set. */
  related: z.array(z.object({ id: idSchema, name: z.string() })),
});
export type QualityItem = z.infer<typeof qualityItemSchema>;

export const qualityChannels = {
  'quality.summary': channel({
    kind: 'query',
    access: QUALITY_ROLES,
    input: z.object({}).strict(),
    output: z.array(z.object({ check: z.enum(QUALITY_CHECKS), count: z.number().int() })),
  }),
  'quality.list': channel({
    kind: 'query',
    access: QUALITY_ROLES,
    input: z.object({
      check: z.enum(QUALITY_CHECKS),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    output: z.object({ total: z.number().int(), items: z.array(qualityItemSchema) }),
  }),
  'quality.fix': channel({
    kind: 'command',
    access: QUALITY_ROLES,
    input: z.object({
      studentId: idSchema,
      check: z.enum(FIXABLE_CHECKS as unknown as [QualityCheck, ...QualityCheck[]]),
    }),
    output: z.object({ changed: z.record(z.string(), z.string()) }),
  }),
} as const;

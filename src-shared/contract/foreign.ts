import { z } from 'zod';
import { idSchema, optionalText, pageInput } from './common';
import { channel } from './define';
import {
  applicationDetailSchema,
  applicationDraftFields,
  applicationStatusSchema,
  applicationSummarySchema,
  checklistItemSchema,
  fittingGroupSchema,
  scanTypeSchema,
} from './foreign-models';
import type { Role } from './roles';

export * from './foreign-models';

/**
 * Applications carry passports and medical documents, so only those who admit people see them: the counter
 * takes them, the back office checks and registers, the head decides.
 */
export const FOREIGN_WORKERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalidFormat');
const byId = z.object({ id: idSchema }).strict();

/** Channels of foreign applicants: applications, documents checklist, admission and registration (issue 7). */
export const foreignChannels = {
  'foreign.list': channel({
    kind: 'query',
    access: FOREIGN_WORKERS,
    input: pageInput
      .extend({
        status: applicationStatusSchema.optional(),
        country: z.string().trim().max(10).optional(),
        /** Number, name or passport. */
        search: z.string().trim().max(100).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(applicationSummarySchema), total: z.number().int() }),
  }),
  'foreign.get': channel({ kind: 'query', access: FOREIGN_WORKERS, input: byId, output: applicationDetailSchema }),
  /** A new application, as a draft with an empty checklist and the next `F-<year>/<seq>` number. */
  'foreign.create': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z.object(applicationDraftFields).strict(),
    output: applicationDetailSchema,
  }),
  'foreign.update': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z.object({ id: idSchema, ...applicationDraftFields }).strict(),
    output: applicationDetailSchema,
  }),
  'foreign.setChecklistItem': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z
      .object({
        id: idSchema,
        item: checklistItemSchema,
        received: z.boolean(),
        receivedOn: isoDate.nullable().default(null),
        note: optionalText(300).default(''),
      })
      .strict(),
    output: applicationDetailSchema,
  }),
  /** A scan of one checklist document (PDF, JPEG or PNG by its bytes, ≤ 10 MB, base64); replaces the item's earlier one. */
  'foreign.attachFile': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z
      .object({
        id: idSchema,
        item: checklistItemSchema,
        fileName: z.string().trim().min(1).max(200),
        mimeType: scanTypeSchema,
        data: z.string().min(4).max(14_000_000),
      })
      .strict(),
    output: applicationDetailSchema,
  }),
  'foreign.removeFile': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z.object({ fileId: idSchema }).strict(),
    output: applicationDetailSchema,
  }),
  'foreign.file': channel({
    kind: 'query',
    access: FOREIGN_WORKERS,
    input: z.object({ fileId: idSchema }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() }),
  }),
  /** submit, documents complete, admit, or reject (with a reason); registration has its own channel. */
  'foreign.transition': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z
      .object({
        id: idSchema,
        action: z.enum(['submit', 'completeDocuments', 'admit', 'reject']),
        reason: optionalText(500).default(''),
      })
      .strict(),
    output: applicationDetailSchema,
  }),
  /** Active groups of the application's specialty, form and course, for the registration dialog. */
  'foreign.groups': channel({
    kind: 'query',
    access: FOREIGN_WORKERS,
    input: byId,
    output: z.array(fittingGroupSchema),
  }),
  /**
   * Registers an admitted applicant as a student of the group (citizenship 12, contract) with the group's
   * curriculum subjects for the rest of this academic year; all of it, or nothing.
   */
  'foreign.register': channel({
    kind: 'command',
    access: FOREIGN_WORKERS,
    input: z.object({ id: idSchema, groupId: idSchema }).strict(),
    output: applicationDetailSchema,
  }),
} as const;

import { z } from 'zod';
import { localeSchema } from './common';
import { channel } from './define';
import { isoDate } from './orders-models';
import type { Role } from './roles';
import { scholarshipPreviewSchema, scholarshipRulesSchema, scholarshipScope } from './scholarships-models';

export * from './scholarships-models';

/** The back office and heads draw up the list and its order; the same people keep the rules (issue 7). */
export const SCHOLARSHIP_USERS: readonly Role[] = ['admin', 'head', 'back_office'];

const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });

/** Channels of scholarship lists from grades and rules, and the scholarship order (issue 7). */
export const scholarshipsChannels = {
  /** The rules in force: the office's, or the defaults when it never saved any. */
  'scholarships.rules': channel({
    kind: 'query',
    access: SCHOLARSHIP_USERS,
    input: z.object({}).strict(),
    output: z.object({ rules: scholarshipRulesSchema, isDefault: z.boolean() }),
  }),
  /** Saves the rules (`null`: back to the defaults). */
  'scholarships.saveRules': channel({
    kind: 'command',
    access: SCHOLARSHIP_USERS,
    input: z.object({ rules: scholarshipRulesSchema.nullable() }).strict(),
    output: z.object({ rules: scholarshipRulesSchema, isDefault: z.boolean() }),
  }),
  /** Who gets which stipend for the semester, who does not and why, and the totals; nothing is saved. */
  'scholarships.preview': channel({
    kind: 'query',
    access: SCHOLARSHIP_USERS,
    input: z.object(scholarshipScope).strict(),
    output: scholarshipPreviewSchema,
  }),
  /** The list as an .xlsx: included, excluded with reasons, totals. */
  'scholarships.export': channel({
    kind: 'query',
    access: SCHOLARSHIP_USERS,
    input: z.object({ ...scholarshipScope, lang: localeSchema }).strict(),
    output: fileOutput,
  }),
  /**
   * The scholarship order (type 18) as a draft through the order workflow: one line per included student with
   * the rate code and the monthly amount. A second run for the same list updates its draft (refused once the
   * order is approved).
   */
  'scholarships.draftOrder': channel({
    kind: 'command',
    access: SCHOLARSHIP_USERS,
    input: z.object({ ...scholarshipScope, effectiveDate: isoDate.nullable().default(null) }).strict(),
    output: z.object({ orderId: z.string(), students: z.number().int(), updated: z.boolean() }),
  }),
} as const;

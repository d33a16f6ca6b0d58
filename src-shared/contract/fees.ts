import { z } from 'zod';
import { idSchema, okOutput } from './common';
import { channel } from './define';
import {
  contractAmountSchema,
  contractFactsInput,
  feesYearSchema,
  restudyAmountSchema,
  restudyDebtSchema,
  resolvedFactsSchema,
  tariffContractTypeSchema,
  tariffDetailSchema,
  tariffDraftInput,
  tariffModeSchema,
  tariffSummarySchema,
} from './fees-models';
import type { Role } from './roles';

export * from './fees-models';

/** The counter computes fees; the back office and managers keep the tariffs (DOMAIN §2.5–2.6). */
export const FEE_CALCULATORS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
export const TARIFF_READERS: readonly Role[] = FEE_CALCULATORS;
export const TARIFF_EDITORS: readonly Role[] = ['admin', 'head', 'back_office'];

const byId = z.object({ id: idSchema }).strict();

/** Channels of tariff tables by academic year and the contract and re-study calculators (issue 7). */
export const feesChannels = {
  /** The versions of one academic year, newest first, and the years that have any. */
  'fees.tariffs': channel({
    kind: 'query',
    access: TARIFF_READERS,
    input: z.object({ educationYear: feesYearSchema }).strict(),
    output: z.object({ items: z.array(tariffSummarySchema), years: z.array(z.string()) }),
  }),
  'fees.tariff': channel({ kind: 'query', access: TARIFF_READERS, input: byId, output: tariffDetailSchema }),
  /**
   * A new draft version of a year: empty, or a copy of the newest version of that year (or, when it has
   * none, of the previous year).
   */
  'fees.createDraft': channel({
    kind: 'command',
    access: TARIFF_EDITORS,
    input: z
      .object({
        educationYear: feesYearSchema,
        copy: z.boolean().default(true),
        /** The mode of an empty draft (a copy keeps its source's). */
        mode: tariffModeSchema.default('sum'),
      })
      .strict(),
    output: tariffDetailSchema,
  }),
  /** Replaces a draft's values and rows; refused with the problems named when a typed value is wrong. */
  'fees.saveDraft': channel({
    kind: 'command',
    access: TARIFF_EDITORS,
    input: tariffDraftInput.extend({ id: idSchema }),
    output: tariffDetailSchema,
  }),
  /** Freezes a draft; from now on it is the tariff in force of its year (until a newer version). */
  'fees.publish': channel({ kind: 'command', access: TARIFF_EDITORS, input: byId, output: tariffDetailSchema }),
  'fees.deleteDraft': channel({ kind: 'command', access: TARIFF_EDITORS, input: byId, output: okOutput }),
  /** Rows from an Excel sheet (specialty code, form, price, foreign price, coefficient, credit price) into a draft. */
  'fees.importRows': channel({
    kind: 'command',
    access: TARIFF_EDITORS,
    input: z
      .object({ id: idSchema, fileName: z.string().trim().min(1).max(200), data: z.string().min(4).max(14_000_000) })
      .strict(),
    output: tariffDetailSchema.extend({ imported: z.number().int() }),
  }),
  /** What the calculators know of a student: specialty, form, citizenship, course, final year. */
  'fees.studentFacts': channel({
    kind: 'query',
    access: FEE_CALCULATORS,
    input: byId,
    output: resolvedFactsSchema,
  }),
  /** The yearly contract amount for a student (facts from the registry) or typed facts, with its steps. */
  'fees.calculateContract': channel({
    kind: 'query',
    access: FEE_CALCULATORS,
    input: z
      .object({
        /** `2026-2027`; the current academic year when absent. */
        educationYear: feesYearSchema.optional(),
        studentId: idSchema.optional(),
        /** A visitor's facts; with a student, what is given here overrides the registry. */
        facts: contractFactsInput.partial().optional(),
        contractType: tariffContractTypeSchema.default('11'),
        /** 11 with stipend, 12 without. */
        summaType: z.enum(['11', '12']).default('12'),
        /** A discount of the tariff's list, or a percent typed by hand (not both). */
        discountCode: z.string().trim().max(40).optional(),
        discountPercent: z.number().min(0).max(100).optional(),
        months: z.number().int().min(1).max(12).default(12),
      })
      .strict(),
    output: contractAmountSchema,
  }),
  /** The student's current debt subjects (every current result below the pass line). */
  'fees.restudyDebts': channel({
    kind: 'query',
    access: FEE_CALCULATORS,
    input: byId,
    output: z.object({ facts: resolvedFactsSchema, items: z.array(restudyDebtSchema) }),
  }),
  /** Σ credits × credit price for the chosen debt subjects (all of them when `recordIds` is absent). */
  'fees.calculateRestudy': channel({
    kind: 'query',
    access: FEE_CALCULATORS,
    input: z
      .object({
        studentId: idSchema,
        educationYear: feesYearSchema.optional(),
        recordIds: z.array(idSchema).max(200).optional(),
      })
      .strict(),
    output: restudyAmountSchema,
  }),
} as const;

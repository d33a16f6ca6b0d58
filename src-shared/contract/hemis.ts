import { z } from 'zod';
import { channel } from './define';
import { emptyInput, okOutput } from './common';
import { jobSchema } from './jobs';
import { ADMIN_ONLY, MANAGERS } from './roles';

/** The OTM's HEMIS REST root; `https://student.otm.uz` gets `/rest` added. Empty clears it. */
export const hemisUrlSchema = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(300)
    .regex(/^https?:\/\/[^\s/?#]+[^\s?#]*$/i, 'validation.hemisUrl'),
]);

export const hemisCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});
export type HemisCounts = z.infer<typeof hemisCountsSchema>;

/**
 * What the reference step writes besides departments, specialties and groups, in the order the
 * summary lists them. Null in a summary: not counted (a pull made before these were mirrored).
 */
export const HEMIS_ACADEMIC_ROWS = [
  'markingSystems',
  'employees',
  'educationYears',
  'curricula',
  'semesters',
  'subjects',
  'curriculumSubjects',
] as const;
export type HemisAcademicRow = (typeof HEMIS_ACADEMIC_ROWS)[number];
const academicCounts = Object.fromEntries(HEMIS_ACADEMIC_ROWS.map((k) => [k, hemisCountsSchema.nullable()])) as {
  [K in HemisAcademicRow]: z.ZodNullable<typeof hemisCountsSchema>;
};

/** A HEMIS row the pull could not take, with its issues by HEMIS field name (`passport_pin`…). */
export const hemisRejectSchema = z.object({
  hemisId: z.number().int().nullable(),
  studentIdNumber: z.string().nullable(),
  name: z.string(),
  issues: z.array(
    z.object({
      path: z.string(),
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  at: z.string(),
});
export type HemisReject = z.infer<typeof hemisRejectSchema>;

export const hemisPullSummarySchema = z.object({
  pullId: z.string(),
  /** `delta`: only students HEMIS changed since `since` (`updated_at_from`). */
  mode: z.enum(['full', 'delta']),
  since: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** The pull continued an earlier one that had failed or was cancelled part-way. */
  resumed: z.boolean(),
  departments: hemisCountsSchema,
  specialties: hemisCountsSchema,
  groups: hemisCountsSchema,
  /** Marking systems, staff, academic years, curricula, semesters, subjects and curriculum subjects. */
  ...academicCounts,
  students: hemisCountsSchema,
  pages: z.number().int(),
  requests: z.number().int(),
});
export type HemisPullSummary = z.infer<typeof hemisPullSummarySchema>;

/** The job's result: the summary and the rows rejected by this pull (first 200). */
export const hemisPullResultSchema = hemisPullSummarySchema.extend({
  rejectedRows: z.array(hemisRejectSchema),
});
export type HemisPullResult = z.infer<typeof hemisPullResultSchema>;

export const hemisPendingSchema = z.object({
  pullId: z.string(),
  startedAt: z.string(),
  since: z.string().nullable(),
  /** Student pages applied so far, of `pageCount`. */
  page: z.number().int(),
  pageCount: z.number().int(),
  students: hemisCountsSchema,
});

export const HEMIS_STORE_KINDS = ['os', 'file'] as const;

export const hemisChannels = {
  'hemis.settings': channel({
    kind: 'query',
    access: MANAGERS,
    input: emptyInput,
    output: z.object({
      url: z.string(),
      /** Whether a token is stored; the token itself never leaves the backend. */
      tokenSet: z.boolean(),
      tokenStore: z.object({ kind: z.enum(HEMIS_STORE_KINDS), warning: z.string().nullable() }),
      lastPull: hemisPullSummarySchema.nullable(),
    }),
  }),
  'hemis.updateSettings': channel({
    kind: 'command',
    access: ADMIN_ONLY,
    input: z
      .object({
        url: hemisUrlSchema.optional(),
        token: z.string().trim().min(8).max(4096).optional(),
        clearToken: z.boolean().optional(),
      })
      .strict(),
    output: okOutput,
  }),
  /** One cheap request (`department-list?limit=1`) with the stored or the given URL and token. */
  'hemis.testConnection': channel({
    kind: 'query',
    access: MANAGERS,
    input: z
      .object({
        url: hemisUrlSchema.optional(),
        token: z.string().trim().min(8).max(4096).optional(),
      })
      .strict(),
    output: z.object({
      ok: z.boolean(),
      /** HTTP status of the answer, null when none came. */
      status: z.number().int().nullable(),
      errorKey: z.string().nullable(),
      errorParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
      tookMs: z.number(),
      /** `totalCount` of department-list: proof the token reads data. */
      departments: z.number().int().nullable(),
    }),
  }),
  /** Starts the pull job (`jobs.progress` events); resumes an unfinished one. */
  'hemis.pull': channel({
    kind: 'query',
    access: MANAGERS,
    input: z
      .object({
        /** Only students HEMIS changed since this day; default: since the last successful pull. */
        since: z.iso.date().optional(),
        /** Every student, ignoring the last pull. */
        full: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  }),
  'hemis.pullStatus': channel({
    kind: 'query',
    access: MANAGERS,
    input: emptyInput,
    output: z.object({
      /** The running pull, or the latest one of this session. */
      job: jobSchema.nullable(),
      /** Why that job failed, as a message key (the job itself keeps an English message). */
      jobError: z
        .object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
        .nullable(),
      lastPull: hemisPullSummarySchema.nullable(),
      /** An unfinished pull the next one continues. */
      pending: hemisPendingSchema.nullable(),
      /** HEMIS rows not taken (any pull, until a later pull takes them), first 200. */
      rejects: z.array(hemisRejectSchema),
      rejectsTotal: z.number().int(),
    }),
  }),
} as const;

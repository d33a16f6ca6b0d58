import { z } from 'zod';
import { COMPUTED_RATES } from '../domain/scholarships';
import { idSchema } from './common';

const code = z
  .string()
  .trim()
  .regex(/^\d{2}$/, 'validation.invalidFormat');
const grade = z.number().int().min(2).max(5);
const rateAmount = z
  .object({ multiplier: z.number().min(0).max(10), amount: z.number().int().min(0).max(1_000_000_000) })
  .strict();

/** The office's scholarship rules (`ScholarshipRules` of `src-shared/domain/scholarships.ts`). */
export const scholarshipRulesSchema = z
  .object({
    paymentForms: z.array(code).max(10),
    educationForms: z.array(code).max(10),
    minGrade: grade,
    debtsFromAllSemesters: z.boolean(),
    excellentEnabled: z.boolean(),
    excellentMinGrade: grade,
    firstSemester: z.enum(['base', 'none']),
    rates: z.object({ '11': rateAmount, '14': rateAmount }).strict(),
  })
  .strict();

export const computedRateSchema = z.enum(COMPUTED_RATES);
export const halfSchema = z.union([z.literal(1), z.literal(2)]);

/** Whose stipend for which semester: a faculty (or all), a course (or all), the academic year and its half. */
export const scholarshipScope = {
  departmentId: idSchema.nullable().default(null),
  course: z.number().int().min(1).max(7).nullable().default(null),
  /** HEMIS academic year code: `2025` = 2025–2026. */
  educationYear: z.string().regex(/^\d{4}$/, 'validation.invalidFormat'),
  /** 1 autumn, 2 spring. */
  half: halfSchema,
};

const reasonSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const studentRow = {
  studentId: z.string(),
  fullName: z.string(),
  studentIdNumber: z.string().nullable(),
  departmentName: z.string().nullable(),
  groupName: z.string().nullable(),
  course: z.number().int().nullable(),
  paymentForm: z.string().nullable(),
  educationForm: z.string().nullable(),
  /** The semester whose results decided (HEMIS code, `12`), null for a first semester. */
  semester: z.string().nullable(),
  /** Results of that semester (5-point grades; null = not sat). */
  grades: z.array(z.number().int().nullable()),
};

export const scholarshipPreviewSchema = z.object({
  educationYear: z.string(),
  half: halfSchema,
  /** Where the amounts come from: the year's published tariff (its label), or the rules. */
  amountSource: z.object({
    kind: z.enum(['tariff', 'rules']),
    label: z.string(),
    monthlyStipend: z.number().nullable(),
  }),
  included: z.array(
    z.object({
      ...studentRow,
      rate: computedRateSchema,
      basis: z.enum(['grades', 'firstSemester']),
      amount: z.number().int(),
    }),
  ),
  excluded: z.array(z.object({ ...studentRow, reasons: z.array(reasonSchema).min(1) })),
  totals: z.object({
    included: z.number().int(),
    excluded: z.number().int(),
    /** Monthly soʻm of everyone included. */
    amount: z.number().int(),
    byRate: z.array(z.object({ rate: computedRateSchema, count: z.number().int(), amount: z.number().int() })),
    /** How many excluded students each reason names (a student with two reasons counts in both). */
    byReason: z.array(z.object({ key: z.string(), count: z.number().int() })),
  }),
  /** The scholarship order already drafted for this list (same faculty, course and semester), if any. */
  order: z.object({ id: z.string(), status: z.string(), number: z.string().nullable() }).nullable(),
});
export type ScholarshipPreview = z.infer<typeof scholarshipPreviewSchema>;

import { z } from 'zod';
import { CONTRACT_TYPES } from '../domain/fees-contract';
import { idSchema, localeSchema, optionalText, text } from './common';

/** twoParty: OTM + student (HEMIS form 11); threeParty: + a payer (12); foreign: foreign citizens; restudy. */
export const CONTRACT_KINDS = ['twoParty', 'threeParty', 'foreign', 'restudy'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const contractKindSchema = z.enum(CONTRACT_KINDS);
export const contractStatusSchema = z.enum(['active', 'cancelled']);
export const contractYearSchema = z.string().regex(/^\d{4}-\d{4}$/, 'validation.invalidFormat');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalidFormat');

export const debtSubjectSchema = z.object({
  name: text(300),
  credits: z.number().positive().max(60),
});

/**
 * What the counter chooses when drawing up a contract; the rest (specialty, form, citizenship, course)
 * comes from the student record, and the amount from the tariff in force.
 */
export const contractTermsSchema = z
  .object({
    studentId: idSchema,
    kind: contractKindSchema,
    /** `2026-2027`; the current academic year when absent. */
    educationYear: contractYearSchema.optional(),
    contractType: z.enum(CONTRACT_TYPES).default('11'),
    /** 11 with stipend, 12 without. */
    summaType: z.enum(['11', '12']).default('12'),
    discountPercent: z.number().min(0).max(100).default(0),
    months: z.number().int().min(1).max(12).default(12),
    /** A graduating student's stipend contract loses two months of stipend; guessed from the course when absent. */
    finalYear: z.boolean().optional(),
    /** Three-party: who pays (organisation or parent) and their requisites, as printed. */
    payerName: optionalText(300).default(''),
    payerDetails: optionalText(1000).default(''),
    /** Re-study: the subjects and their credits; the student's current debts when absent. */
    subjects: z.array(debtSubjectSchema).max(60).optional(),
    lang: localeSchema.default('uz-Latn'),
  })
  .strict();

export const feeStepSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
  value: z.number(),
  amountAfter: z.number(),
  formula: z.string(),
});

/** The calculation as printed on the contract and frozen in its row. */
export const contractCalculationSchema = z.object({
  kind: contractKindSchema,
  educationYear: z.string(),
  tariffLabel: z.string(),
  tariffTableId: z.string(),
  amount: z.number().int(),
  formula: z.string(),
  steps: z.array(feeStepSchema),
  restudy: z
    .object({
      creditPrice: z.number().int(),
      creditPriceSource: z.enum(['fixed', 'baseContract']),
      subjects: z.array(z.object({ name: z.string(), credits: z.number(), amount: z.number().int() })),
    })
    .nullable(),
  inputs: z.object({
    specialtyCode: z.string(),
    educationForm: z.string(),
    citizenship: z.string(),
    course: z.number().int().nullable(),
    contractType: z.string(),
    summaType: z.string(),
    discountPercent: z.number(),
    months: z.number().int(),
    finalYear: z.boolean(),
    firstYear: z.boolean(),
  }),
  payer: z.object({ name: z.string(), details: z.string() }).nullable(),
});
export type ContractCalculation = z.infer<typeof contractCalculationSchema>;

export const instalmentSchema = z.object({
  dueDate: isoDate,
  percent: z.number(),
  cumulativeAmount: z.number().int(),
  amount: z.number().int(),
});
export type ScheduleLine = z.infer<typeof instalmentSchema>;

export const balanceSchema = z.object({
  paid: z.number().int(),
  requiredByToday: z.number().int(),
  debt: z.number().int(),
  overpaid: z.number().int(),
  remaining: z.number().int(),
  behind: z.boolean(),
  overdueSince: z.string().nullable(),
  nextDue: z.object({ dueDate: z.string(), toPay: z.number().int(), overdue: z.boolean() }).nullable(),
});
export type Balance = z.infer<typeof balanceSchema>;

export const contractRowSchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: contractKindSchema,
  educationYear: z.string(),
  contractDate: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  studentIdNumber: z.string(),
  group: z.string(),
  amount: z.number().int(),
  tariffVersion: z.string(),
  status: contractStatusSchema,
  documentId: z.string().nullable(),
  balance: balanceSchema,
});
export type ContractRow = z.infer<typeof contractRowSchema>;

export const paymentRowSchema = z.object({
  id: z.string(),
  paidOn: z.string(),
  amount: z.number().int(),
  bankDocument: z.string(),
  payerName: z.string(),
  purpose: z.string(),
  matchedBy: z.string(),
});

export const contractDetailSchema = contractRowSchema.extend({
  payerName: z.string(),
  cancelReason: z.string().nullable(),
  calculation: contractCalculationSchema,
  schedule: z.array(instalmentSchema),
  payments: z.array(paymentRowSchema),
});
export type ContractDetail = z.infer<typeof contractDetailSchema>;

export const unmatchedRowSchema = z.object({
  row: z.number().int(),
  /** Message key: contracts.unmatched.<reason>. */
  reason: z.enum(['noContract', 'cancelled', 'pinflUnknown', 'noActiveContract', 'ambiguous', 'noKey']),
  paidOn: z.string(),
  amount: z.number().int(),
  bankDocument: z.string(),
  payerName: z.string(),
  purpose: z.string(),
  contractNumber: z.string(),
  pinfl: z.string(),
});
export type UnmatchedRow = z.infer<typeof unmatchedRowSchema>;

export const paymentImportResultSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  rowsTotal: z.number().int(),
  matched: z.number().int(),
  skipped: z.number().int(),
  amountMatched: z.number().int(),
  unmatched: z.array(unmatchedRowSchema),
});
export type ImportResult = z.infer<typeof paymentImportResultSchema>;

export const debtorRowSchema = z.object({
  studentId: z.string(),
  studentName: z.string(),
  studentIdNumber: z.string(),
  faculty: z.string(),
  group: z.string(),
  course: z.number().int().nullable(),
  contractId: z.string(),
  number: z.string(),
  amount: z.number().int(),
  paid: z.number().int(),
  requiredByToday: z.number().int(),
  debt: z.number().int(),
  overdueSince: z.string().nullable(),
});

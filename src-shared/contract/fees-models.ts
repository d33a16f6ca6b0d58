import { z } from 'zod';
import { CONTRACT_TYPES } from '../domain/fees-contract';
import { isEducationYear } from '../domain/fees-tariff';

/** Shapes of the fees channels: tariff tables and the two calculators (issue 7, DOMAIN §2.5–2.6). */

export const feesYearSchema = z.string().trim().refine(isEducationYear, { message: 'An academic year like 2026-2027' });
export const tariffModeSchema = z.enum(['coefficient', 'sum']);
export const tariffStatusSchema = z.enum(['draft', 'published']);
export const tariffContractTypeSchema = z.enum(CONTRACT_TYPES);
export const feesFormSchema = z.string().regex(/^\d{2}$/);

/** Numbers typed into the editor: checked for whole soʻm and sign by the tariff rules, not here. */
const amount = z.number().finite().nullable();

export const tariffDiscountSchema = z.object({
  code: z.string().trim().max(40),
  names: z.object({
    uzLatn: z.string().trim().max(200),
    uzCyrl: z.string().trim().max(200).default(''),
    ru: z.string().trim().max(200).default(''),
    en: z.string().trim().max(200).default(''),
  }),
  percent: z.number().finite(),
});

export const tariffRowSchema = z.object({
  specialtyCode: z.string().trim().min(1).max(20),
  educationForm: feesFormSchema,
  price: amount,
  foreignPrice: amount,
  specialtyCoefficient: amount,
  increasedCoefficient: amount,
  creditPrice: amount,
});

export const tariffSummarySchema = z.object({
  id: z.string(),
  educationYear: z.string(),
  version: z.number().int(),
  /** `2026-2027 v2`. */
  label: z.string(),
  status: tariffStatusSchema,
  mode: tariffModeSchema,
  rowCount: z.number().int(),
  /** The newest published version of its year: the one calculations use. */
  inForce: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const tariffIssueSchema = z.object({
  path: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const tariffDetailSchema = tariffSummarySchema.extend({
  bhm: z.number().nullable(),
  monthlyStipend: z.number().nullable(),
  contractTypeCoefficients: z.partialRecord(tariffContractTypeSchema, z.number()),
  discounts: z.array(tariffDiscountSchema),
  note: z.string(),
  /** Saved rows, and for a draft also every registry specialty × form not yet priced (all values null). */
  rows: z.array(tariffRowSchema.extend({ specialtyName: z.string() })),
  /** What publishing would refuse now (empty for a published table). */
  problems: z.array(tariffIssueSchema),
});

export const tariffDraftInput = z
  .object({
    id: z.string(),
    mode: tariffModeSchema,
    bhm: amount,
    monthlyStipend: amount,
    contractTypeCoefficients: z.partialRecord(tariffContractTypeSchema, z.number().finite()),
    discounts: z.array(tariffDiscountSchema).max(50),
    note: z.string().trim().max(2000).default(''),
    rows: z.array(tariffRowSchema).max(5000),
  })
  .strict();

/** The facts of a student (or a visitor) the contract amount depends on. */
export const contractFactsInput = z.object({
  specialtyCode: z.string().trim().min(1).max(20),
  educationForm: feesFormSchema,
  citizenship: z.enum(['11', '12', '13']).default('11'),
  finalYear: z.boolean().default(false),
});

export const resolvedFactsSchema = contractFactsInput.extend({
  studentId: z.string().nullable(),
  studentName: z.string().nullable(),
  studentIdNumber: z.string().nullable(),
  group: z.string().nullable(),
  course: z.number().nullable(),
  specialtyName: z.string().nullable(),
  paymentForm: z.string().nullable(),
});

export const feeCalcStepSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  value: z.number(),
  amountAfter: z.number(),
  formula: z.string(),
});

export const contractAmountSchema = z.object({
  amount: z.number().int(),
  steps: z.array(feeCalcStepSchema),
  formula: z.string(),
  tariffTableId: z.string(),
  tariffVersion: z.string(),
  educationYear: z.string(),
  facts: resolvedFactsSchema,
  contractType: tariffContractTypeSchema,
  summaType: z.enum(['11', '12']),
  discountCode: z.string().nullable(),
  discountPercent: z.number(),
  months: z.number().int(),
});

export const restudyDebtSchema = z.object({
  recordId: z.string(),
  name: z.object({ uzLatn: z.string(), uzCyrl: z.string(), ru: z.string(), en: z.string() }),
  semester: z.string(),
  educationYear: z.string(),
  credits: z.number(),
});

export const restudyAmountSchema = z.object({
  amount: z.number().int(),
  creditPrice: z.number().int(),
  creditPriceSource: z.enum(['fixed', 'baseContract']),
  /** The base contract the credit price was derived from (÷ 60), when it was. */
  baseContractAmount: z.number().nullable(),
  lines: z.array(restudyDebtSchema.extend({ amount: z.number().int() })),
  formula: z.string(),
  tariffTableId: z.string(),
  tariffVersion: z.string(),
  educationYear: z.string(),
  facts: resolvedFactsSchema,
});

export type TariffSummary = z.infer<typeof tariffSummarySchema>;
export type TariffDetail = z.infer<typeof tariffDetailSchema>;
export type TariffRowInput = z.infer<typeof tariffRowSchema>;
export type TariffDiscountInput = z.infer<typeof tariffDiscountSchema>;
export type ContractAmountResult = z.infer<typeof contractAmountSchema>;
export type RestudyAmountResult = z.infer<typeof restudyAmountSchema>;
export type RestudyDebtItem = z.infer<typeof restudyDebtSchema>;
export type ResolvedFacts = z.infer<typeof resolvedFactsSchema>;

import { z } from 'zod';
import { idSchema, pageInput, text } from './common';
import {
  contractCalculationSchema,
  contractDetailSchema,
  contractKindSchema,
  contractRowSchema,
  contractStatusSchema,
  contractTermsSchema,
  debtorRowSchema,
  debtSubjectSchema,
  contractYearSchema,
  paymentImportResultSchema,
  instalmentSchema,
  balanceSchema,
} from './contracts-models';
import { channel } from './define';
import { issuedDocumentSchema } from './documents';
import type { Role } from './roles';

export * from './contracts-models';

/** The counter and the back office draw up contracts (the head too); the finance side imports statements. */
export const CONTRACT_CLERKS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
export const PAYMENT_IMPORTERS: readonly Role[] = ['admin', 'head', 'back_office'];

const listFilter = z.object({
  educationYear: contractYearSchema.optional(),
  kind: contractKindSchema.optional(),
  status: contractStatusSchema.optional(),
  /** Only contracts behind their schedule today. */
  debt: z.boolean().optional(),
  studentId: idSchema.optional(),
  search: z.string().trim().max(100).optional(),
});

/** Channels of payment and re-study contracts, payment schedules, bank statement imports, balances (issue 7). */
export const contractsChannels = {
  /** The amount, formula, tariff version and schedule a contract would get; refuses naming what is missing. */
  'contracts.calculate': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: contractTermsSchema,
    output: z.object({
      calculation: contractCalculationSchema,
      schedule: z.array(instalmentSchema),
      /** The page as it would print, without a number. */
      html: z.string(),
    }),
  }),
  /** The student's current academic debts: the subjects a re-study contract is drawn up for. */
  'contracts.debtSubjects': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: z.object({ studentId: idSchema }).strict(),
    output: z.array(debtSubjectSchema.extend({ semester: z.string() })),
  }),
  /** Computes, freezes and issues the contract document (register number, QR) in one transaction. */
  'contracts.draw': channel({
    kind: 'command',
    access: CONTRACT_CLERKS,
    input: contractTermsSchema,
    output: z.object({ contract: contractDetailSchema, document: issuedDocumentSchema }),
  }),
  'contracts.cancel': channel({
    kind: 'command',
    access: CONTRACT_CLERKS,
    input: z.object({ id: idSchema, reason: z.string().trim().min(3).max(500) }).strict(),
    output: contractDetailSchema,
  }),
  'contracts.list': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: listFilter.extend(pageInput.shape).strict(),
    output: z.object({ total: z.number().int(), items: z.array(contractRowSchema) }),
  }),
  'contracts.get': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: z.object({ id: idSchema }).strict(),
    output: contractDetailSchema,
  }),
  /** The card: the student's contracts with their balances, and the totals. */
  'contracts.studentBalance': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: z.object({ studentId: idSchema }).strict(),
    output: z.object({
      contracts: z.array(contractRowSchema),
      total: balanceSchema.pick({ paid: true, debt: true, overpaid: true, remaining: true }),
    }),
  }),
  /** Students behind the schedule of an active payment contract today. */
  'contracts.debtors': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: z
      .object({
        educationYear: contractYearSchema.optional(),
        departmentId: idSchema.optional(),
        course: z.number().int().min(1).max(8).optional(),
      })
      .extend(pageInput.shape)
      .strict(),
    output: z.object({ total: z.number().int(), debtSum: z.number().int(), items: z.array(debtorRowSchema) }),
  }),
  /** A bank statement (.xlsx, base64): rows matched to contracts; all or nothing. */
  'contracts.importPayments': channel({
    kind: 'command',
    access: PAYMENT_IMPORTERS,
    input: z
      .object({
        fileName: text(200),
        data: z
          .string()
          .min(1)
          .max(30 * 1024 * 1024),
      })
      .strict(),
    output: paymentImportResultSchema,
  }),
  /** The bank requisites printed on every contract (free lines: treasury or bank account, bank, MFO…). */
  'contracts.bankDetails': channel({
    kind: 'query',
    access: CONTRACT_CLERKS,
    input: z.object({}).strict(),
    output: z.object({ lines: z.array(z.string()) }),
  }),
  'contracts.saveBankDetails': channel({
    kind: 'command',
    access: PAYMENT_IMPORTERS,
    input: z.object({ lines: z.array(z.string().trim().max(200, 'validation.tooLong')).max(8) }).strict(),
    output: z.object({ lines: z.array(z.string()) }),
  }),
  'contracts.imports': channel({
    kind: 'query',
    access: PAYMENT_IMPORTERS,
    input: pageInput.strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        paymentImportResultSchema.omit({ skipped: true }).extend({ importedAt: z.string(), importedBy: z.string() }),
      ),
    }),
  }),
} as const;

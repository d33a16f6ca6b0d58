import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { issuedDocuments } from '../documents/schema';
import { tariffTables } from '../fees/schema';
import { students } from '../registry/schema';

/**
 * A contract drawn up for a student: payment (two-party, three-party, foreign) or re-study. Its number is
 * the register number of the document printed for it; the amount, its calculation and schedule are frozen.
 */
export const contracts = sqliteTable(
  'contracts',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    /** twoParty | threeParty | foreign | restudy */
    kind: text('kind').notNull(),
    educationYear: text('education_year').notNull(),
    /** The register number of the printed contract; unique, matched by payment imports. */
    number: text('number').notNull(),
    contractDate: text('contract_date').notNull(),
    amount: integer('amount').notNull(),
    /** The calculation as printed (steps, formula, inputs; JSON). */
    calculation: text('calculation').notNull(),
    tariffTableId: text('tariff_table_id').references(() => tariffTables.id),
    tariffVersion: text('tariff_version').notNull(),
    /** Three-party: who pays (organisation or parent), as printed. */
    payerName: text('payer_name').notNull().default(''),
    /** The instalments due (`[{ dueOn, percent, amount }]`, JSON). */
    schedule: text('schedule').notNull(),
    documentId: text('document_id').references(() => issuedDocuments.id),
    /** active | cancelled */
    status: text('status').notNull().default('active'),
    cancelReason: text('cancel_reason'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('contracts_number').on(t.number), index('contracts_student').on(t.studentId, t.educationYear)],
);

/** One bank statement imported: who, when, what matched. */
export const paymentImports = sqliteTable('payment_imports', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: text('imported_at').notNull(),
  rowsTotal: integer('rows_total').notNull(),
  rowsMatched: integer('rows_matched').notNull(),
  /** Rows that matched no contract and no PINFL (`[{ row, reason, … }]`, JSON), for the report. */
  unmatched: text('unmatched').notNull().default('[]'),
  amountMatched: integer('amount_matched').notNull(),
});

export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    importId: text('import_id').references(() => paymentImports.id),
    contractId: text('contract_id')
      .notNull()
      .references(() => contracts.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    paidOn: text('paid_on').notNull(),
    amount: integer('amount').notNull(),
    /** The bank document number; with the date and amount it keeps a statement from being counted twice. */
    bankDocument: text('bank_document').notNull().default(''),
    payerName: text('payer_name').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    /** contractNumber | pinfl | manual */
    matchedBy: text('matched_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('payments_contract').on(t.contractId),
    index('payments_student').on(t.studentId),
    uniqueIndex('payments_dedupe').on(t.bankDocument, t.paidOn, t.amount, t.contractId),
  ],
);

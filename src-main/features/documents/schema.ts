import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { students } from '../registry/schema';

/**
 * The document engine (issue 5; DOMAIN §3, ARCHITECTURE §4): the register of issued documents, the
 * gap-free journals that number them, and the public keys their QR codes are signed with.
 */

/**
 * One journal per document type and year. `last_seq` is raised in the same transaction that writes the
 * register entry, so a number is never skipped and never given twice.
 */
export const documentJournals = sqliteTable(
  'document_journals',
  {
    /** `<type>:<year>`: the audited writer addresses rows by a single id. */
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [uniqueIndex('document_journals_type_year').on(t.type, t.year)],
);

/**
 * The register: one row per issued document, never deleted (triggers). A voided document keeps its
 * number, with the reason; only the void columns may change.
 */
export const issuedDocuments = sqliteTable(
  'issued_documents',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    registerNumber: text('register_number').notNull(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    lang: text('lang').notNull(),
    /** `YYYY-MM-DD` (Tashkent), as printed. */
    issuedOn: text('issued_on').notNull(),
    issuedAt: text('issued_at').notNull(),
    issuedBy: text('issued_by'),
    issuedByName: text('issued_by_name').notNull().default(''),
    holderName: text('holder_name').notNull(),
    /** JSON of every printed value: a reprint is the layout of this, never of today's data. */
    snapshot: text('snapshot').notNull(),
    /** `builtin-<n>` or `template-<id>@<version>`. */
    templateVersion: text('template_version').notNull(),
    keyId: text('key_id').notNull(),
    payload: text('payload').notNull(),
    /** A head issued it despite a hold: the reason (audited with the command). */
    overrideReason: text('override_reason'),
    status: text('status', { enum: ['issued', 'void'] })
      .notNull()
      .default('issued'),
    voidReason: text('void_reason'),
    voidedAt: text('voided_at'),
    voidedBy: text('voided_by'),
  },
  (t) => [
    uniqueIndex('issued_documents_seq').on(t.type, t.year, t.seq),
    uniqueIndex('issued_documents_number').on(t.type, t.registerNumber),
    index('issued_documents_student').on(t.studentId, t.issuedAt),
    index('issued_documents_issued').on(t.issuedAt),
  ],
);

/** Public halves of the institution's Ed25519 keys; the private half stays in the secret store. */
export const documentSigningKeys = sqliteTable('document_signing_keys', {
  /** First 16 hex digits of SHA-256 over the raw public key: printed in every payload. */
  id: text('id').primaryKey(),
  /** Raw 32-byte public key, base64. */
  publicKey: text('public_key').notNull(),
  createdAt: text('created_at').notNull(),
  retiredAt: text('retired_at'),
});

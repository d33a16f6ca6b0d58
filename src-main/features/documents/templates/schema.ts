import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Office-owned DOCX templates (issue 5): a version is never edited — a new upload is a new version of
 * its type; at most one version per type is active, and an issued document names the version it was
 * printed with (`template-<id>@<version>`), so every version stays (triggers: no delete, frozen content).
 */
export const documentTemplates = sqliteTable(
  'document_templates',
  {
    id: text('id').primaryKey(),
    /** A document type code (`enrolment`, …). */
    type: text('type').notNull(),
    /** 1, 2, 3… per type. */
    version: integer('version').notNull(),
    name: text('name').notNull(),
    fileName: text('file_name').notNull(),
    /** The uploaded .docx as it came, base64. */
    docx: text('docx').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    status: text('status', { enum: ['draft', 'active', 'retired'] })
      .notNull()
      .default('draft'),
    /** JSON `{fields, images, loops}`: the placeholders the template uses, found at upload. */
    report: text('report').notNull(),
    uploadedBy: text('uploaded_by'),
    uploadedByName: text('uploaded_by_name').notNull().default(''),
    createdAt: text('created_at').notNull(),
    activatedAt: text('activated_at'),
    retiredAt: text('retired_at'),
  },
  (t) => [
    uniqueIndex('document_templates_type_version').on(t.type, t.version),
    // One active version per type, kept by the database as well as by the activate command.
    uniqueIndex('document_templates_one_active')
      .on(t.type)
      .where(sql`status = 'active'`),
  ],
);

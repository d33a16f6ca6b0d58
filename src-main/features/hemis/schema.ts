import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { students } from '../registry/schema';

/**
 * What HEMIS said about a student at the last pull that saw them: the item as received and its
 * values mapped to our columns (normalised). The pull merges against it (a field HEMIS did not
 * change keeps a local correction) and the data-quality page lists local vs HEMIS differences.
 * Derived data: the audit keeps a count and digest per batch, not every snapshot.
 */
export const hemisStudentSnapshots = sqliteTable('hemis_student_snapshots', {
  studentId: text('student_id')
    .primaryKey()
    .references(() => students.id),
  hemisId: integer('hemis_id').notNull().unique(),
  /** The `student-list` item as received, JSON (unknown fields kept for later use). */
  hemis: text('hemis').notNull(),
  /** The item mapped to `students` columns (names normalised, codes, local ids), JSON. */
  mapped: text('mapped').notNull(),
  /** HEMIS `updated_at` (unix seconds) of the item. */
  hemisUpdatedAt: integer('hemis_updated_at'),
  pulledAt: text('pulled_at').notNull(),
});

/**
 * HEMIS rows a pull could not take (a malformed PINFL, a student id held by another record…),
 * by HEMIS id, until a later pull takes them; shown with their field issues on the HEMIS page.
 */
export const hemisRejects = sqliteTable(
  'hemis_rejects',
  {
    /** The HEMIS id as text (`#<page>.<index>` for an item without one). */
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id'),
    studentIdNumber: text('student_id_number'),
    name: text('name').notNull().default(''),
    /** `FieldIssue[]` JSON: path (our field name) and message key. */
    issues: text('issues').notNull(),
    pullId: text('pull_id').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('hemis_rejects_pull').on(t.pullId)],
);

import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { groups, specialties, students } from '../registry/schema';

/**
 * Foreign applicants (issue 7): an application with its documents checklist, from submission to admission
 * and registration as a student in a group (then the foreign payment contract).
 */
export const foreignApplications = sqliteTable(
  'foreign_applications',
  {
    id: text('id').primaryKey(),
    /** `F-2026/3`. */
    number: text('number').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic').notNull().default(''),
    /** As in the passport (MRZ Latin), never corrected. */
    passportNumber: text('passport_number').notNull(),
    /** ISO 3166-1 alpha-2 of the citizenship. */
    country: text('country').notNull(),
    birthDate: text('birth_date'),
    gender: text('gender'),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    specialtyId: text('specialty_id').references(() => specialties.id),
    educationForm: text('education_form'),
    educationLang: text('education_lang'),
    course: integer('course').notNull().default(1),
    /** draft → submitted → documentsComplete → admitted → registered, or rejected. */
    status: text('status').notNull().default('submitted'),
    /** `[{ item, received, note, receivedOn }]` (JSON), item from the checklist. */
    checklist: text('checklist').notNull(),
    rejectReason: text('reject_reason'),
    notes: text('notes').notNull().default(''),
    groupId: text('group_id').references(() => groups.id),
    studentId: text('student_id').references(() => students.id),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('foreign_applications_status').on(t.status)],
);

/** Scans of the checklist documents. */
export const foreignApplicationFiles = sqliteTable(
  'foreign_application_files',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => foreignApplications.id),
    item: text('item').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    addedBy: text('added_by').notNull(),
    addedAt: text('added_at').notNull(),
  },
  (t) => [index('foreign_application_files_app').on(t.applicationId)],
);

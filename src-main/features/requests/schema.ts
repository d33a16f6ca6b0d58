import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { students } from '../registry/schema';
import { users } from '../users/schema';

/**
 * Requests (arizalar, issue 7): what a student or a visitor asks the office for, taken at the counter and
 * tracked against a deadline in working days (the holiday calendar lives in app_meta `requests.calendar`).
 * The types are the office's data: an admin adds, renames, retires them and sets their deadlines.
 */
export const requestTypes = sqliteTable(
  'request_types',
  {
    id: text('id').primaryKey(),
    /** Stable key (`restudy`, `transfer`, …) for built-in types; an office's own types get a generated one. */
    code: text('code').notNull(),
    /** `{ 'uz-Latn', 'uz-Cyrl', ru, en }` (JSON): a type's name is the office's data, in every language. */
    names: text('names').notNull(),
    /** Deadline in working days from the day the request is taken. */
    deadlineDays: integer('deadline_days').notNull().default(3),
    /** Attachments the counter asks for (`[{ id, names }]`, JSON). */
    requiredAttachments: text('required_attachments').notNull().default('[]'),
    /** The document the office issues to close such a request, if any (`DocumentTypeCode`). */
    documentType: text('document_type'),
    /** Who gets new requests of this type unless the counter picks someone. */
    defaultAssigneeId: text('default_assignee_id').references(() => users.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('request_types_code').on(t.code)],
);

export const requests = sqliteTable(
  'requests',
  {
    id: text('id').primaryKey(),
    /** `A-2026/17`: per-year sequence, printed on the receipt. */
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    typeId: text('type_id')
      .notNull()
      .references(() => requestTypes.id),
    /** The student, or null for a visitor who is not (yet) a student. */
    studentId: text('student_id').references(() => students.id),
    visitorName: text('visitor_name').notNull().default(''),
    visitorPhone: text('visitor_phone').notNull().default(''),
    visitorPinfl: text('visitor_pinfl').notNull().default(''),
    /** new → inProgress → ready → handedOver, or rejected (`src-shared/domain/request-workflow.ts`). */
    status: text('status').notNull().default('new'),
    assigneeId: text('assignee_id').references(() => users.id),
    description: text('description').notNull().default(''),
    /** Taken at (ISO instant) and on (Tashkent date); the deadline counts working days from `receivedOn`. */
    receivedAt: text('received_at').notNull(),
    receivedOn: text('received_on').notNull(),
    dueOn: text('due_on').notNull(),
    /** Why it was rejected (shown to the visitor). */
    rejectReason: text('reject_reason'),
    readyAt: text('ready_at'),
    closedAt: text('closed_at'),
    createdBy: text('created_by').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('requests_number').on(t.year, t.seq),
    index('requests_status_due').on(t.status, t.dueOn),
    index('requests_assignee').on(t.assigneeId, t.status),
    index('requests_student').on(t.studentId),
  ],
);

/** The request's history: every status change, assignment and note, by whom and when. */
export const requestEvents = sqliteTable(
  'request_events',
  {
    id: text('id').primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    at: text('at').notNull(),
    userId: text('user_id').notNull(),
    /** created | status | assigned | note | attachment | link | deadline */
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    text: text('text').notNull().default(''),
  },
  (t) => [index('request_events_request').on(t.requestId, t.at)],
);

/** Scans the visitor brought (application, passport copy…), apart from the row so lists never load them. */
export const requestAttachments = sqliteTable(
  'request_attachments',
  {
    id: text('id').primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    /** The required attachment it answers (`requiredAttachments[].id`), or null for any other file. */
    requirementId: text('requirement_id'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    addedBy: text('added_by').notNull(),
    addedAt: text('added_at').notNull(),
  },
  (t) => [index('request_attachments_request').on(t.requestId)],
);

/** Documents issued and orders drafted for a request. */
export const requestLinks = sqliteTable(
  'request_links',
  {
    id: text('id').primaryKey(),
    requestId: text('request_id')
      .notNull()
      .references(() => requests.id),
    /** document | order | contract */
    kind: text('kind').notNull(),
    targetId: text('target_id').notNull(),
    addedAt: text('added_at').notNull(),
  },
  (t) => [uniqueIndex('request_links_target').on(t.requestId, t.kind, t.targetId)],
);

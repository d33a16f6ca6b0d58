import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { departments, groups, students } from '../registry/schema';

/**
 * Rector's orders (buyruq, DOMAIN §4.2). An order is a draft until approved (number, date, signer), then
 * applied to the records in one transaction; the database refuses to change an applied order or its lines
 * (triggers in migration 0012). A mistake is put right by a new order (`reversesOrderId`).
 */
export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    /** `OrderType` of `src-shared/domain/orders.ts`. */
    type: text('type').notNull(),
    /** draft → approved → applied. */
    status: text('status').notNull().default('draft'),
    /** Faculty the order concerns (HEMIS `_department`), null for the whole institution. */
    departmentId: text('department_id').references(() => departments.id),
    /** Set on approval: the number as written in the order book, and its date. */
    number: text('number'),
    orderDate: text('order_date'),
    /** Year of `orderDate`: numbers repeat across years, not within one. */
    orderYear: integer('order_year'),
    signerName: text('signer_name').notNull().default(''),
    signerPosition: text('signer_position').notNull().default(''),
    /** The editable parts of the text (clause library defaults copied in, then edited), in both languages. */
    preambleUz: text('preamble_uz').notNull().default(''),
    preambleRu: text('preamble_ru').notNull().default(''),
    basisUz: text('basis_uz').notNull().default(''),
    basisRu: text('basis_ru').notNull().default(''),
    controlUz: text('control_uz').notNull().default(''),
    controlRu: text('control_ru').notNull().default(''),
    /** The text as approved (`{ 'uz-Latn': OrderText, ru: OrderText }`, JSON): never generated again. */
    approvedText: text('approved_text'),
    /** The order this one reverses or amends. */
    reversesOrderId: text('reverses_order_id'),
    /** A promotion/graduation run that made this draft (`promotion:<dept>:<course>:<year>`), for idempotence. */
    runKey: text('run_key'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    approvedBy: text('approved_by'),
    approvedAt: text('approved_at'),
    appliedBy: text('applied_by'),
    appliedAt: text('applied_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('orders_number_year').on(t.orderYear, t.number),
    index('orders_status').on(t.status, t.type),
    index('orders_run').on(t.runKey),
  ],
);

/** One student named by an order, with what the order says for them (DOMAIN §4.2 `e_decree_student`). */
export const orderLines = sqliteTable(
  'order_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    /** Paragraph order in the text. */
    position: integer('position').notNull(),
    effectiveDate: text('effective_date').notNull(),
    /** Classifier code: `h_expel_reason`, `h_academic_reason`; empty for types without one. */
    reason: text('reason').notNull().default(''),
    newGroupId: text('new_group_id').references(() => groups.id),
    leaveUntil: text('leave_until'),
    newName: text('new_name'),
    /** Free text printed in the student's paragraph (e.g. the scholarship kind, the work topic). */
    note: text('note').notNull().default(''),
    /** A head let the student in despite the listed problems (JSON `Problem[]`), with a reason. */
    overrideReason: text('override_reason'),
    overrideProblems: text('override_problems'),
    overrideBy: text('override_by'),
    /** The student's state just before and after the order was applied (JSON), for reversal and history. */
    before: text('before'),
    after: text('after'),
  },
  (t) => [
    uniqueIndex('order_lines_student').on(t.orderId, t.studentId),
    index('order_lines_by_student').on(t.studentId),
  ],
);

/** The signed scan of an approved order (PDF or image), apart from the row so lists never load it. */
export const orderScans = sqliteTable('order_scans', {
  id: text('id')
    .primaryKey()
    .references(() => orders.id),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  data: blob('data', { mode: 'buffer' }).notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  uploadedAt: text('uploaded_at').notNull(),
});

import { z } from 'zod';
import { idSchema, localeSchema, okOutput, optionalText, pageInput, text } from './common';
import { channel } from './define';
import { MANAGERS, type Role } from './roles';
import { STUDENT_READERS } from './students';
import {
  bulkPlanSchema,
  clauseSchema,
  graduateSchema,
  isoDate,
  movementSchema,
  movementStatRowSchema,
  orderDetailSchema,
  orderLineInput,
  orderStatusSchema,
  orderSummarySchema,
  orderTypeSchema,
  problemSchema,
  studentStateSchema,
} from './orders-models';

export * from './orders-models';

/** Everyone who opens a card sees its orders; the back office drafts, approves and applies them. */
export const ORDER_READERS: readonly Role[] = STUDENT_READERS;
export const ORDER_EDITORS: readonly Role[] = ['admin', 'head', 'back_office'];

const reason = z.string().trim().min(3).max(500);
const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });
const draftFields = {
  type: orderTypeSchema,
  departmentId: idSchema.nullable().default(null),
  preambleUz: optionalText(4000).default(''),
  preambleRu: optionalText(4000).default(''),
  basisUz: optionalText(2000).default(''),
  basisRu: optionalText(2000).default(''),
  controlUz: optionalText(2000).default(''),
  controlRu: optionalText(2000).default(''),
  lines: z.array(orderLineInput).min(1).max(3000),
};
/** Who a promotion or graduation run covers: a faculty (or all) and, for promotion, a course. */
const bulkScope = {
  departmentId: idSchema.nullable().default(null),
  educationForm: z.string().max(10).nullable().default(null),
};

export const ordersChannels = {
  'orders.list': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: pageInput
      .extend({
        status: orderStatusSchema.optional(),
        type: orderTypeSchema.optional(),
        year: z.number().int().min(2000).max(2100).optional(),
        /** Number, or a student's name / ID in the order. */
        search: z.string().trim().max(100).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(orderSummarySchema), total: z.number().int() }),
  }),
  'orders.get': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: orderDetailSchema,
  }),
  /** The composer's live check: each student's problems for this type and line, nothing saved. */
  'orders.check': channel({
    kind: 'query',
    access: ORDER_EDITORS,
    input: z.object({ type: orderTypeSchema, lines: draftFields.lines, orderId: idSchema.optional() }).strict(),
    output: z.object({ lines: z.array(z.object({ studentId: z.string(), problems: z.array(problemSchema) })) }),
  }),
  /** Creates (no id) or replaces a draft: its type, text parts and students. Problems do not stop a draft. */
  'orders.saveDraft': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z
      .object({ id: idSchema.optional(), reversesOrderId: idSchema.nullable().default(null), ...draftFields })
      .strict(),
    output: orderDetailSchema,
  }),
  'orders.deleteDraft': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z.object({ id: idSchema }).strict(),
    output: okOutput,
  }),
  /** A head lets one student stay in a draft despite the problems listed now (audited with the reason). */
  'orders.override': channel({
    kind: 'command',
    access: MANAGERS,
    input: z.object({ id: idSchema, studentId: idSchema, reason }).strict(),
    output: orderDetailSchema,
  }),
  /** Number, date and signer; freezes the text. Refused while a student has a problem nobody overrode. */
  'orders.approve': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z
      .object({
        id: idSchema,
        number: text(40),
        orderDate: isoDate,
        signerName: text(200),
        signerPosition: text(200),
      })
      .strict(),
    output: orderDetailSchema,
  }),
  /** The signed paper scan (PDF, JPEG or PNG, base64, ≤ 10 MB) of an approved or applied order. */
  'orders.attachScan': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z
      .object({
        id: idSchema,
        fileName: text(200),
        mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
        data: z.string().min(4).max(14_000_000),
      })
      .strict(),
    output: orderDetailSchema,
  }),
  'orders.scan': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: fileOutput,
  }),
  /** Applies an approved order to every student in one transaction: all of it, or nothing. */
  'orders.apply': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z.object({ id: idSchema }).strict(),
    output: orderDetailSchema,
  }),
  /** A draft that undoes an applied order for the chosen students (restores their state before it). */
  'orders.reverse': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z.object({ id: idSchema, studentIds: z.array(idSchema).min(1).max(3000), effectiveDate: isoDate }).strict(),
    output: orderDetailSchema,
  }),
  /** The order as a document: .docx or .pdf in one of its two languages. */
  'orders.render': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z
      .object({ id: idSchema, lang: z.enum(['uz-Latn', 'ru']), format: z.enum(['html', 'docx', 'pdf']) })
      .strict(),
    output: fileOutput,
  }),
  'orders.clauses': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({}).strict(),
    output: z.object({ clauses: z.array(clauseSchema) }),
  }),
  'orders.saveClauses': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z.object({ clauses: z.array(clauseSchema).max(300) }).strict(),
    output: z.object({ clauses: z.array(clauseSchema) }),
  }),
  /** A student's movements, oldest first, with the orders behind them. */
  'orders.movements': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({ studentId: idSchema }).strict(),
    output: z.object({ items: z.array(movementSchema) }),
  }),
  /** Status, course and group on a date, from the movement history. */
  'orders.stateAsOf': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({ studentId: idSchema, date: isoDate }).strict(),
    output: studentStateSchema.extend({
      /** The order that set this state, if any. */
      orderId: z.string().nullable(),
      orderNumber: z.string().nullable(),
      orderDate: z.string().nullable(),
    }),
  }),
  /** Promotion dry run for a course: who is promoted, who repeats the year, who is blocked or already done. */
  'orders.promotionPlan': channel({
    kind: 'query',
    access: ORDER_EDITORS,
    input: z.object({ ...bulkScope, course: z.number().int().min(1).max(7) }).strict(),
    output: bulkPlanSchema,
  }),
  /** Turns the plan into draft orders (a promotion and a repeat-year order); nobody is put in twice. */
  'orders.promotionCreate': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z
      .object({ ...bulkScope, course: z.number().int().min(1).max(7), effectiveDate: isoDate, token: z.string() })
      .strict(),
    output: z.object({ orderIds: z.array(z.string()), promoted: z.number().int(), repeating: z.number().int() }),
  }),
  'orders.graduationPlan': channel({
    kind: 'query',
    access: ORDER_EDITORS,
    input: z.object({ ...bulkScope }).strict(),
    output: bulkPlanSchema,
  }),
  'orders.graduationCreate': channel({
    kind: 'command',
    access: ORDER_EDITORS,
    input: z.object({ ...bulkScope, effectiveDate: isoDate, token: z.string() }).strict(),
    output: z.object({ orderIds: z.array(z.string()), graduating: z.number().int() }),
  }),
  'orders.graduates': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: pageInput
      .extend({
        year: z.number().int().min(2000).max(2100).optional(),
        departmentId: idSchema.optional(),
        search: z.string().trim().max(100).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(graduateSchema), total: z.number().int() }),
  }),
  /** Applied movements counted by type, reason, faculty, course and month of the effective date. */
  'orders.statistics': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({ from: isoDate, to: isoDate, departmentId: idSchema.optional() }).strict(),
    output: z.object({ rows: z.array(movementStatRowSchema), total: z.number().int() }),
  }),
  'orders.exportStatistics': channel({
    kind: 'query',
    access: ORDER_READERS,
    input: z.object({ from: isoDate, to: isoDate, departmentId: idSchema.optional(), lang: localeSchema }).strict(),
    output: fileOutput,
  }),
} as const;

import { z } from 'zod';
import { ORDER_TYPES } from '../domain/orders';

export const orderTypeSchema = z.enum(ORDER_TYPES);
export const orderStatusSchema = z.enum(['draft', 'approved', 'applied']);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalidFormat');

export const problemSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * An order's text in one language (DOMAIN §4.2): the institution's header, "BUYRUQ", date, number and city,
 * the title, the preamble, "BUYURAMAN:", numbered paragraphs, the control clause, "Asos:" and the signature.
 * A paragraph names one student or lists several (`items`); the excerpt keeps only one student's part.
 */
export const orderTextSchema = z.object({
  institution: z.string(),
  heading: z.string(),
  /** "2026-yil 28-noyabr", "№ 123-T", "Toshkent sh." as printed; blanks while a draft. */
  dateLine: z.string(),
  numberLine: z.string(),
  place: z.string(),
  title: z.string(),
  preamble: z.string(),
  command: z.string(),
  paragraphs: z.array(
    z.object({
      n: z.number().int(),
      /** The paragraph's text, or its lead-in when it lists students. */
      text: z.string(),
      /** Students the paragraph names on its own (one for per-student paragraphs). */
      studentIds: z.array(z.string()),
      items: z.array(z.object({ studentId: z.string(), text: z.string() })),
    }),
  ),
  control: z.string(),
  basis: z.string(),
  signature: z.object({ position: z.string(), name: z.string() }),
});
export type OrderText = z.infer<typeof orderTextSchema>;

/** The two languages an order is written in. */
export const ORDER_LANGS = ['uz-Latn', 'ru'] as const;
export const orderTextsSchema = z.object({ 'uz-Latn': orderTextSchema, ru: orderTextSchema });
export type OrderTexts = z.infer<typeof orderTextsSchema>;

export const orderSummarySchema = z.object({
  id: z.string(),
  type: orderTypeSchema,
  status: orderStatusSchema,
  number: z.string().nullable(),
  orderDate: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  studentCount: z.number().int(),
  /** Students with problems that no head has overridden: the order cannot be approved while > 0. */
  blockedCount: z.number().int(),
  reversesOrderId: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  appliedAt: z.string().nullable(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;

/** The student's placement and status as the order sees it (before / after applying). */
export const studentStateSchema = z.object({
  status: z.string(),
  course: z.number().int().nullable(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  departmentId: z.string().nullable().optional(),
  /** Latin name fields, kept for a name change. */
  lastNameLat: z.string().optional(),
  firstNameLat: z.string().optional(),
  patronymicLat: z.string().optional(),
});
export type OrderStudentState = z.infer<typeof studentStateSchema>;

export const orderLineSchema = z.object({
  studentId: z.string(),
  fullName: z.string(),
  studentIdNumber: z.string().nullable(),
  departmentName: z.string().nullable(),
  groupName: z.string().nullable(),
  course: z.number().int().nullable(),
  status: z.string(),
  paymentForm: z.string().nullable(),
  effectiveDate: z.string(),
  reason: z.string(),
  newGroupId: z.string().nullable(),
  newGroupName: z.string().nullable(),
  leaveUntil: z.string().nullable(),
  newName: z.string().nullable(),
  note: z.string(),
  /** Checked now for drafts and approved orders; as they were for applied ones (empty). */
  problems: z.array(problemSchema),
  override: z.object({ reason: z.string(), by: z.string(), problems: z.array(problemSchema) }).nullable(),
  before: studentStateSchema.nullable(),
  after: studentStateSchema.nullable(),
});
export type OrderLineView = z.infer<typeof orderLineSchema>;

export const orderDetailSchema = orderSummarySchema.extend({
  signerName: z.string(),
  signerPosition: z.string(),
  preambleUz: z.string(),
  preambleRu: z.string(),
  basisUz: z.string(),
  basisRu: z.string(),
  controlUz: z.string(),
  controlRu: z.string(),
  lines: z.array(orderLineSchema),
  /** Generated from the current data while a draft; the approved text afterwards. */
  text: orderTextsSchema,
  scan: z.object({ fileName: z.string(), mimeType: z.string(), uploadedAt: z.string() }).nullable(),
  reverses: z.object({ id: z.string(), number: z.string().nullable(), type: orderTypeSchema }).nullable(),
  reversedBy: z.array(z.object({ id: z.string(), number: z.string().nullable(), status: orderStatusSchema })),
  approvedAt: z.string().nullable(),
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/** What the composer sends for one student. */
export const orderLineInput = z
  .object({
    studentId: z.string(),
    effectiveDate: isoDate,
    reason: z.string().max(10).default(''),
    newGroupId: z.string().nullable().default(null),
    leaveUntil: isoDate.nullable().default(null),
    newName: z.string().trim().max(300).nullable().default(null),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type OrderLineInput = z.input<typeof orderLineInput>;

/** A clause of the library: a preamble (legal basis), a control paragraph or an "Asos:" line, per order type. */
export const clauseSchema = z.object({
  id: z.string().trim().min(1).max(60),
  kind: z.enum(['preamble', 'control', 'basis']),
  /** Order types it fits; empty for all. */
  types: z.array(orderTypeSchema),
  textUz: z.string().trim().min(1).max(2000),
  textRu: z.string().trim().max(2000),
  /** Copied into a new order of its types. */
  isDefault: z.boolean(),
});
export type Clause = z.infer<typeof clauseSchema>;

export const movementSchema = z.object({
  id: z.string(),
  kind: z.string(),
  effectiveDate: z.string(),
  reason: z.string(),
  orderId: z.string().nullable(),
  orderNumber: z.string().nullable(),
  orderDate: z.string().nullable(),
  orderType: orderTypeSchema.nullable(),
  before: studentStateSchema.partial(),
  after: studentStateSchema.partial(),
  createdAt: z.string(),
});
export type Movement = z.infer<typeof movementSchema>;

/** One student in a promotion or graduation dry run. */
export const planStudentSchema = z.object({
  studentId: z.string(),
  fullName: z.string(),
  groupName: z.string().nullable(),
  course: z.number().int().nullable(),
  gpa: z.number().nullable(),
  debts: z.number().int(),
  /** promote / repeat / graduate, or why not: blocked (with `key`), already (in an order of this run). */
  outcome: z.enum(['promote', 'repeat', 'graduate', 'blocked', 'already']),
  key: z.string().nullable(),
  orderNumber: z.string().nullable(),
});
export type PlanStudent = z.infer<typeof planStudentSchema>;

export const bulkPlanSchema = z.object({
  /** Changes when the data the plan was made from changes: a create with a stale token is refused. */
  token: z.string(),
  educationYear: z.string(),
  students: z.array(planStudentSchema),
});
export type BulkPlan = z.infer<typeof bulkPlanSchema>;

export const graduateSchema = z.object({
  studentId: z.string(),
  fullName: z.string(),
  studentIdNumber: z.string().nullable(),
  departmentName: z.string().nullable(),
  specialtyName: z.string().nullable(),
  groupName: z.string().nullable(),
  educationForm: z.string().nullable(),
  paymentForm: z.string().nullable(),
  gpa: z.number().nullable(),
  orderNumber: z.string().nullable(),
  orderDate: z.string().nullable(),
  graduatedOn: z.string(),
});

export const movementStatRowSchema = z.object({
  type: z.string(),
  reason: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  course: z.number().int().nullable(),
  /** YYYY-MM of the effective date. */
  month: z.string(),
  count: z.number().int(),
});

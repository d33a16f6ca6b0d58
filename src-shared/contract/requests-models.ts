import { z } from 'zod';
import { REQUEST_STATUSES } from '../domain/request-workflow';
import { idSchema } from './common';

export const requestStatusSchema = z.enum(REQUEST_STATUSES);

/** A name in the four interface languages; only the Uzbek one is required (the office's working language). */
export const typeNamesSchema = z.object({
  'uz-Latn': z.string().trim().min(1).max(200),
  'uz-Cyrl': z.string().trim().max(200).default(''),
  ru: z.string().trim().max(200).default(''),
  en: z.string().trim().max(200).default(''),
});

export const requiredAttachmentSchema = z.object({
  id: z.string().trim().min(1).max(40),
  names: typeNamesSchema,
});

export const requestTypeSchema = z.object({
  id: z.string(),
  code: z.string(),
  names: typeNamesSchema,
  deadlineDays: z.number().int(),
  requiredAttachments: z.array(requiredAttachmentSchema),
  documentType: z.string().nullable(),
  defaultAssigneeId: z.string().nullable(),
  defaultAssigneeName: z.string().nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  /** Built-in types keep their code; the office's own get a generated one. */
  builtIn: z.boolean(),
});
export type RequestTypeView = z.infer<typeof requestTypeSchema>;

const holidayNameSchema = z.object({
  uz: z.string().max(200),
  ru: z.string().max(200).default(''),
  en: z.string().max(200).default(''),
});

/**
 * The calendar as the editor sends it. Dates are plain strings here on purpose: a bad date is reported by
 * `calendarProblems` naming its row, which a zod regex failure would not do in the office's words.
 */
export const holidayCalendarSchema = z.object({
  holidays: z.array(z.object({ date: z.string().max(20), name: holidayNameSchema })).max(400),
  workdays: z.array(z.string().max(20)).max(100),
  weekendDays: z.array(z.number().int()).max(7),
});

export const deadlineSchema = z.enum(['ok', 'dueToday', 'overdue']);

export const requestSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  typeId: z.string(),
  typeCode: z.string(),
  typeNames: typeNamesSchema,
  studentId: z.string().nullable(),
  /** The student's name, or the visitor's. */
  applicantName: z.string(),
  studentIdNumber: z.string().nullable(),
  visitorPhone: z.string(),
  status: requestStatusSchema,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  receivedOn: z.string(),
  dueOn: z.string(),
  /** Only while the office still owes work (new, in progress): null once ready, handed over or rejected. */
  deadline: deadlineSchema.nullable(),
  /** Working days left (ok) or lost (overdue). */
  workingDays: z.number().int().nullable(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  userName: z.string(),
  kind: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  text: z.string(),
});

export const requestAttachmentSchema = z.object({
  id: z.string(),
  requirementId: z.string().nullable(),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  addedAt: z.string(),
  addedByName: z.string(),
});

export const linkKindSchema = z.enum(['document', 'order', 'contract']);

export const requestLinkSchema = z.object({
  id: z.string(),
  kind: linkKindSchema,
  targetId: z.string(),
  /** Register number, order number or contract number, and a date, as the office knows it. */
  label: z.string(),
});
export type RequestLink = z.infer<typeof requestLinkSchema>;

export const requestDetailSchema = requestSummarySchema.extend({
  description: z.string(),
  visitorName: z.string(),
  visitorPinfl: z.string(),
  rejectReason: z.string().nullable(),
  receivedAt: z.string(),
  createdByName: z.string(),
  requiredAttachments: z.array(requiredAttachmentSchema),
  events: z.array(requestEventSchema),
  attachments: z.array(requestAttachmentSchema),
  links: z.array(requestLinkSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;

export const assigneeSchema = z.object({ id: z.string(), fullName: z.string(), role: z.string() });

/** Filters of the list and of its export. */
export const requestFilters = {
  status: requestStatusSchema.optional(),
  /** "My queue": assigned to the signed-in user. */
  mine: z.boolean().optional(),
  assigneeId: idSchema.optional(),
  typeId: idSchema.optional(),
  studentId: idSchema.optional(),
  /** Only requests past their deadline that still await work. */
  overdue: z.boolean().optional(),
  /** Number (`A-2026/17`, or just 17) or the applicant's name. */
  search: z.string().trim().max(100).optional(),
};

import { z } from 'zod';
import { APPLICATION_STATUSES, CHECKLIST_ITEM_IDS } from '../domain/foreign-admission';
import { EDUCATION_FORMS, EDUCATION_LANGS } from '../domain/structure-codes';
import { idSchema, optionalText } from './common';

export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export const checklistItemSchema = z.enum(CHECKLIST_ITEM_IDS);
export const scanTypeSchema = z.enum(['application/pdf', 'image/jpeg', 'image/png']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalidFormat');

/** What a person types from the passport and the application form (checked by `checkApplicant`). */
export const applicationDraftFields = {
  lastName: z.string().max(100),
  firstName: z.string().max(100),
  patronymic: optionalText(100).default(''),
  passportNumber: z.string().max(40),
  /** ISO 3166-1 alpha-2. */
  country: z.string().max(10),
  birthDate: z.string().max(20).nullable().default(null),
  gender: z.string().max(10).nullable().default(null),
  phone: optionalText(40).default(''),
  email: optionalText(200).default(''),
  /** Null while not chosen: the handler names it with the other missing fields, all at once. */
  specialtyId: idSchema.nullable(),
  educationForm: z.enum(EDUCATION_FORMS).default('11'),
  educationLang: z.enum(EDUCATION_LANGS).default('12'),
  course: z.number().int().min(1).max(6).default(1),
  notes: optionalText(2000).default(''),
};

export const checklistEntrySchema = z.object({
  item: checklistItemSchema,
  required: z.boolean(),
  received: z.boolean(),
  receivedOn: isoDate.nullable(),
  note: z.string(),
});

export const applicationFileSchema = z.object({
  id: z.string(),
  item: checklistItemSchema,
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int(),
  addedBy: z.string(),
  addedAt: z.string(),
});

export const applicationSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string(),
  passportNumber: z.string(),
  country: z.string(),
  status: applicationStatusSchema,
  specialty: z.string().nullable(),
  educationForm: z.string().nullable(),
  course: z.number().int(),
  /** Required documents not received yet. */
  missing: z.number().int(),
  studentId: z.string().nullable(),
  createdAt: z.string(),
});

export const applicationDetailSchema = applicationSummarySchema.extend({
  birthDate: z.string().nullable(),
  gender: z.string().nullable(),
  phone: z.string(),
  email: z.string(),
  specialtyId: z.string().nullable(),
  educationLang: z.string().nullable(),
  notes: z.string(),
  rejectReason: z.string().nullable(),
  checklist: z.array(checklistEntrySchema),
  files: z.array(applicationFileSchema),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  studentName: z.string().nullable(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

/** A group an admitted applicant may join, with the subjects registration will give them this year. */
export const fittingGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  course: z.number().int(),
  educationLang: z.string(),
  faculty: z.string(),
  curriculum: z.string().nullable(),
  students: z.number().int(),
  subjects: z.number().int(),
});

export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
export type ApplicationFile = z.infer<typeof applicationFileSchema>;
export type FittingGroup = z.infer<typeof fittingGroupSchema>;

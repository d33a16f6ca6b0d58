import { z } from 'zod';
import { channel } from './define';
import { idSchema, okOutput } from './common';
import type { Role } from './roles';
import { STUDENT_IMPORT_FIELDS } from '../domain/student-headers';

/** Everyone on staff finds and opens students; the viewer only looks. */
export const STUDENT_READERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive', 'viewer'];
export const STUDENT_EDITORS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
/** Roles that work with PINFL and passport numbers every day see them unmasked. */
export const IDENTIFIER_ROLES: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
/** Roles that may reveal a masked identifier (the reveal is audited). */
export const IDENTIFIER_REVEALERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive'];

/** The back office fills the registry from files; the front desk edits single records. */
export const STUDENT_IMPORTERS: readonly Role[] = ['admin', 'head', 'back_office'];

export const MATCH_KINDS = ['pinfl', 'passport', 'phone', 'studentId', 'group', 'name', 'prefix', 'phonetic'] as const;

export const studentListItemSchema = z.object({
  id: idSchema,
  studentIdNumber: z.string().nullable(),
  pinfl: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string(),
  lastNameCyr: z.string(),
  firstNameCyr: z.string(),
  patronymicCyr: z.string(),
  birthDate: z.string().nullable(),
  group: z.string().nullable(),
  course: z.number().int().nullable(),
  status: z.string(),
  thumb: z.string().nullable(),
  match: z.enum(MATCH_KINDS),
  score: z.number(),
});
export type StudentListItem = z.infer<typeof studentListItemSchema>;

const ref = z.object({ id: z.string(), code: z.string().optional(), name: z.string() }).nullable();

export const studentSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  studentIdNumber: z.string().nullable(),
  pinfl: z.string().nullable(),
  passport: z.string().nullable(),
  /** True when PINFL and passport are shown masked to this role. */
  identifiersMasked: z.boolean(),
  pinflCheckAccepted: z.boolean(),
  lastNameLat: z.string(),
  firstNameLat: z.string(),
  patronymicLat: z.string(),
  lastNameCyr: z.string(),
  firstNameCyr: z.string(),
  patronymicCyr: z.string(),
  lastNamePassport: z.string(),
  firstNamePassport: z.string(),
  birthDate: z.string().nullable(),
  gender: z.string().nullable(),
  citizenship: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string(),
  group: ref,
  faculty: ref,
  specialty: ref,
  course: z.number().int().nullable(),
  educationForm: z.string().nullable(),
  educationType: z.string().nullable(),
  educationLang: z.string().nullable(),
  paymentForm: z.string().nullable(),
  status: z.string(),
  yearOfEnter: z.number().int().nullable(),
  photo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Student = z.infer<typeof studentSchema>;

const nameField = z.string().max(200).default('');
const optional = (max: number) => z.string().max(max).nullable().default(null);

/** Raw fields as typed in the form; the backend validates and normalises them (`checkStudent`). */
export const studentDraftSchema = z.object({
  lastNameLat: nameField,
  firstNameLat: nameField,
  patronymicLat: nameField,
  lastNameCyr: nameField,
  firstNameCyr: nameField,
  patronymicCyr: nameField,
  lastNamePassport: nameField,
  firstNamePassport: nameField,
  pinfl: optional(30),
  passport: optional(30),
  birthDate: optional(30),
  gender: optional(20),
  citizenship: z.enum(['11', '12', '13']).default('11'),
  phone: optional(40),
  email: optional(200),
  address: z.string().max(500).default(''),
  studentIdNumber: optional(20),
  groupId: idSchema.nullable().default(null),
  paymentForm: z.enum(['11', '12']).nullable().default(null),
  status: z.enum(['10', '11', '12', '13', '14']).default('11'),
  /** Warnings the user has seen and accepts (e.g. `pinfl:warning.pinflCheckDigit` needs a head). */
  acceptWarnings: z.array(z.string().max(100)).max(20).default([]),
});
export type StudentDraftInput = z.input<typeof studentDraftSchema>;

export const studentHistoryEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorLogin: z.string(),
  command: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

const base64File = z.object({
  fileName: z.string().trim().min(1).max(255),
  /** File bytes, base64 (JSON-safe across both transports). */
  data: z.string().min(1).max(80_000_000),
});

export const importColumnSchema = z.object({
  index: z.number().int(),
  header: z.string(),
  field: z.enum(STUDENT_IMPORT_FIELDS).nullable(),
});

const issueSchema = z.object({
  field: z.string(),
  column: z.string().nullable(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const importResultSchema = z.object({
  fileName: z.string(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejectedCount: z.number().int(),
  warningCount: z.number().int(),
  /** The first rows of each list; the whole report is `students.importReport` (.xlsx). */
  rejected: z.array(z.object({ row: z.number().int(), errors: z.array(z.string()), issues: z.array(issueSchema) })),
  warnings: z.array(
    z.object({
      row: z.number().int(),
      message: z.string(),
      field: z.string(),
      column: z.string().nullable(),
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
  headerRow: z.number().int(),
  columns: z.array(importColumnSchema),
});
export type ImportResultInfo = z.infer<typeof importResultSchema>;

export const importPresetSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** Header text (folded) → field. */
  mapping: z.record(z.string().max(200), z.enum(STUDENT_IMPORT_FIELDS)),
});

export const studentsChannels = {
  'students.search': channel({
    kind: 'query',
    access: STUDENT_READERS,
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200).default(20) }).strict(),
    output: z.object({ items: z.array(studentListItemSchema), tookMs: z.number() }),
  }),
  'students.get': channel({
    kind: 'query',
    access: STUDENT_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: studentSchema,
  }),
  'students.create': channel({
    kind: 'command',
    access: STUDENT_EDITORS,
    input: studentDraftSchema,
    output: studentSchema,
  }),
  'students.update': channel({
    kind: 'command',
    access: STUDENT_EDITORS,
    input: studentDraftSchema.extend({ id: idSchema }),
    output: studentSchema,
  }),
  'students.setPhoto': channel({
    kind: 'command',
    access: STUDENT_EDITORS,
    input: z.object({
      id: idSchema,
      photo: z.union([
        z.literal(''),
        z
          .string()
          .max(450_000)
          .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/),
      ]),
      thumb: z.union([
        z.literal(''),
        z
          .string()
          .max(40_000)
          .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/),
      ]),
    }),
    output: okOutput,
  }),
  'students.revealIdentifiers': channel({
    kind: 'command',
    access: IDENTIFIER_REVEALERS,
    input: z.object({ id: idSchema, reason: z.string().trim().min(3).max(300) }),
    output: z.object({ pinfl: z.string().nullable(), passport: z.string().nullable() }),
  }),
  'students.history': channel({
    kind: 'query',
    access: STUDENT_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: z.array(studentHistoryEntrySchema),
  }),
  'students.importPreview': channel({
    kind: 'query',
    access: STUDENT_IMPORTERS,
    input: base64File,
    output: z.object({
      headerRow: z.number().int(),
      columns: z.array(importColumnSchema),
      sample: z.array(z.object({ row: z.number().int(), cells: z.array(z.union([z.string(), z.number(), z.null()])) })),
    }),
  }),
  /** Starts the import job (dry run by default); its batches are audited commands. */
  'students.import': channel({
    kind: 'query',
    access: STUDENT_IMPORTERS,
    input: base64File.extend({
      dryRun: z.boolean().default(true),
      mapping: z.record(z.string().regex(/^\d{1,3}$/), z.enum(STUDENT_IMPORT_FIELDS)).optional(),
      /** The sheet row the preview showed as the header (with a mapping, detection is skipped). */
      headerRow: z.number().int().min(1).max(1_000_000).optional(),
    }),
    output: z.object({ jobId: z.string() }),
  }),
  'students.importResult': channel({
    kind: 'query',
    access: STUDENT_IMPORTERS,
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: importResultSchema,
  }),
  'students.importReport': channel({
    kind: 'query',
    access: STUDENT_IMPORTERS,
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: z.object({ fileName: z.string(), data: z.string() }),
  }),
  'students.importPresets': channel({
    kind: 'query',
    access: STUDENT_IMPORTERS,
    input: z.object({}).strict(),
    output: z.array(importPresetSchema),
  }),
  'students.saveImportPreset': channel({
    kind: 'command',
    access: STUDENT_IMPORTERS,
    input: importPresetSchema,
    output: z.array(importPresetSchema),
  }),
  'students.groups': channel({
    kind: 'query',
    access: STUDENT_READERS,
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), name: z.string(), course: z.number().int(), faculty: z.string() })),
  }),
} as const;

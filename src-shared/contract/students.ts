import { z } from 'zod';
import { channel } from './define';
import { idSchema, okOutput } from './common';
import type { Role } from './roles';

/** Everyone on staff finds and opens students; the viewer only looks. */
export const STUDENT_READERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive', 'viewer'];
export const STUDENT_EDITORS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
/** Roles that work with PINFL and passport numbers every day see them unmasked. */
export const IDENTIFIER_ROLES: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
/** Roles that may reveal a masked identifier (the reveal is audited). */
export const IDENTIFIER_REVEALERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive'];

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
  'students.groups': channel({
    kind: 'query',
    access: STUDENT_READERS,
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), name: z.string(), course: z.number().int(), faculty: z.string() })),
  }),
} as const;

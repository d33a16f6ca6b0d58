import { z } from 'zod';
import { idSchema, localeSchema, optionalText, pageInput, text } from './common';
import { channel } from './define';
import {
  assigneeSchema,
  holidayCalendarSchema,
  linkKindSchema,
  requestDetailSchema,
  requestFilters,
  requestStatusSchema,
  requestSummarySchema,
  requestTypeSchema,
  requiredAttachmentSchema,
  typeNamesSchema,
} from './requests-models';
import { MANAGERS, type Role } from './roles';

export * from './requests-models';

/**
 * Requests carry visitors' phone numbers and PINFLs, so the read-only viewer does not see them; the archive
 * does (it answers "was this handed over?"). The counter and the back office take and work them; the types and
 * the holiday calendar are the head's.
 */
export const REQUEST_READERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive'];
export const REQUEST_WORKERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
export const REQUEST_SETTINGS: readonly Role[] = MANAGERS;

const fileOutput = z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() });
const typesOutput = z.object({ items: z.array(requestTypeSchema) });
const calendarOutput = z.object({
  calendar: holidayCalendarSchema,
  /** True while the office has not saved its own: the law's holidays for this year and the next. */
  isDefault: z.boolean(),
});

export const requestsChannels = {
  /** Types the counter offers (active ones) or, with `all`, every type for the settings screen. */
  'requests.types': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({ all: z.boolean().optional() }).strict(),
    output: typesOutput,
  }),
  /** Adds (no id) or edits a type. Types are never deleted: requests point at them; retire one instead. */
  'requests.saveType': channel({
    kind: 'command',
    access: REQUEST_SETTINGS,
    input: z
      .object({
        id: idSchema.optional(),
        names: typeNamesSchema,
        deadlineDays: z.number().int().min(0).max(90),
        requiredAttachments: z.array(requiredAttachmentSchema).max(20).default([]),
        documentType: z.string().trim().max(40).nullable().default(null),
        defaultAssigneeId: idSchema.nullable().default(null),
        active: z.boolean().default(true),
        sortOrder: z.number().int().min(0).max(10_000).default(0),
      })
      .strict(),
    output: requestTypeSchema,
  }),
  /** Adds the built-in types that are missing (by code); never touches a type the office already has. */
  'requests.restoreTypes': channel({
    kind: 'command',
    access: REQUEST_SETTINGS,
    input: z.object({}).strict(),
    output: typesOutput.extend({ added: z.number().int() }),
  }),
  'requests.calendar': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({}).strict(),
    output: calendarOutput,
  }),
  /** Saves the whole calendar; refused with every problem naming its row (`holidays.3.date`). */
  'requests.saveCalendar': channel({
    kind: 'command',
    access: REQUEST_SETTINGS,
    input: z.object({ calendar: holidayCalendarSchema }).strict(),
    output: calendarOutput,
  }),
  /** Who may be given requests: active users who work them. */
  'requests.assignees': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({}).strict(),
    output: z.object({ items: z.array(assigneeSchema) }),
  }),
  /** Takes a request for a student, or for a visitor who is not (yet) one; due in the type's working days. */
  'requests.create': channel({
    kind: 'command',
    access: REQUEST_WORKERS,
    input: z
      .object({
        typeId: idSchema,
        studentId: idSchema.nullable().default(null),
        visitor: z
          .object({
            name: optionalText(200).default(''),
            phone: optionalText(40).default(''),
            pinfl: optionalText(14).default(''),
          })
          .nullable()
          .default(null),
        description: optionalText(2000).default(''),
        /** Omitted: the type's default assignee. Null: nobody yet. */
        assigneeId: idSchema.nullable().optional(),
      })
      .strict(),
    output: requestDetailSchema,
  }),
  /** Sorted by deadline; overdue and due today flagged against today in Tashkent. */
  'requests.list': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: pageInput.extend(requestFilters).strict(),
    output: z.object({ items: z.array(requestSummarySchema), total: z.number().int(), today: z.string() }),
  }),
  /** The filtered list (every page) as .xlsx in the asked language. */
  'requests.export': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({ ...requestFilters, lang: localeSchema }).strict(),
    output: fileOutput,
  }),
  'requests.get': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: requestDetailSchema,
  }),
  /** One step of the workflow; rejecting and stepping back need a reason. */
  'requests.transition': channel({
    kind: 'command',
    access: REQUEST_WORKERS,
    input: z.object({ id: idSchema, to: requestStatusSchema, reason: optionalText(500).optional() }).strict(),
    output: requestDetailSchema,
  }),
  'requests.assign': channel({
    kind: 'command',
    access: REQUEST_WORKERS,
    input: z.object({ id: idSchema, assigneeId: idSchema.nullable() }).strict(),
    output: requestDetailSchema,
  }),
  'requests.addNote': channel({
    kind: 'command',
    access: REQUEST_WORKERS,
    input: z.object({ id: idSchema, text: text(2000) }).strict(),
    output: requestDetailSchema,
  }),
  /** A scan the visitor brought (PDF, JPEG or PNG, base64, ≤ 10 MB), optionally answering a required one. */
  'requests.attach': channel({
    kind: 'command',
    access: REQUEST_WORKERS,
    input: z
      .object({
        id: idSchema,
        requirementId: z.string().trim().max(40).nullable().default(null),
        fileName: text(200),
        mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
        data: z.string().min(4).max(14_000_000),
      })
      .strict(),
    output: requestDetailSchema,
  }),
  'requests.attachment': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: fileOutput,
  }),
  /** What the request's student has that may be linked: issued documents, orders naming them, contracts. */
  'requests.linkTargets': channel({
    kind: 'query',
    access: REQUEST_READERS,
    input: z.object({ id: idSchema }).strict(),
    output: z.object({
      items: z.array(z.object({ kind: linkKindSchema, targetId: z.string(), label: z.string() })),
    }),
  }),
  'requests.link': channel({
    kind: 'command',
    access: REQUEST_WORKERS,
    input: z.object({ id: idSchema, kind: linkKindSchema, targetId: idSchema }).strict(),
    output: requestDetailSchema,
  }),
} as const;

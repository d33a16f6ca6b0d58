import { z } from 'zod';
import { optionalText, text } from './common';
import { TICKET_STATUSES } from '../domain/queue';

export const ticketStatusSchema = z.enum(TICKET_STATUSES);

/** A service's name in every interface language; the Uzbek Latin one is required, the others fall back to it. */
export const queueNamesSchema = z
  .object({
    'uz-Latn': text(120),
    'uz-Cyrl': optionalText(120).default(''),
    ru: optionalText(120).default(''),
    en: optionalText(120).default(''),
  })
  .strict();
export type QueueNames = z.infer<typeof queueNamesSchema>;

/** One Latin capital letter, printed before the number (`A-012`) and called out in the hall. */
export const prefixSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]$/, 'validation.queue.prefix'));

export const queueServiceSchema = z.object({
  id: z.string(),
  prefix: z.string(),
  names: queueNamesSchema,
  requestTypeId: z.string().nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type QueueService = z.infer<typeof queueServiceSchema>;

export const queueWindowSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Services this window calls; empty = every service. */
  serviceIds: z.array(z.string()),
  operatorId: z.string().nullable(),
  operatorName: z.string().nullable(),
  active: z.boolean(),
});
export type QueueWindow = z.infer<typeof queueWindowSchema>;

export const queueTicketSchema = z.object({
  id: z.string(),
  /** Tashkent date the ticket belongs to. */
  day: z.string(),
  serviceId: z.string(),
  number: z.number().int(),
  label: z.string(),
  status: ticketStatusSchema,
  issuedAt: z.string(),
  calledAt: z.string().nullable(),
  servingAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  windowId: z.string().nullable(),
  windowLabel: z.string().nullable(),
  recalls: z.number().int(),
  studentId: z.string().nullable(),
  /** The student a ticket was issued for (from their card): the operator's screen names them, the hall never. */
  studentName: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type QueueTicket = z.infer<typeof queueTicketSchema>;

export const waitingCountSchema = z.object({ serviceId: z.string(), waiting: z.number().int() });

/** The hall board: labels, windows and counts only — nothing that names a person. */
export const hallBoardSchema = z.object({
  day: z.string(),
  /** Newest first. */
  called: z.array(
    z.object({
      label: z.string(),
      windowLabel: z.string(),
      calledAt: z.string(),
      status: ticketStatusSchema,
      /** A recall calls the ticket again: the hall puts it back on top when the count grows. */
      recalls: z.number().int(),
    }),
  ),
  services: z.array(
    z.object({ id: z.string(), prefix: z.string(), names: queueNamesSchema, waiting: z.number().int() }),
  ),
});
export type HallBoard = z.infer<typeof hallBoardSchema>;

export const queueStatRowSchema = z.object({
  key: z.string(),
  issued: z.number().int(),
  called: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  cancelled: z.number().int(),
  waitingNow: z.number().int(),
  avgWaitSec: z.number().int().nullable(),
  maxWaitSec: z.number().int().nullable(),
  avgServiceSec: z.number().int().nullable(),
});

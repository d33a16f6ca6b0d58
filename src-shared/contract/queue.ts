import { z } from 'zod';
import { idSchema, localeSchema, text } from './common';
import { channel } from './define';
import { MANAGERS, type Role } from './roles';
import {
  hallBoardSchema,
  prefixSchema,
  queueNamesSchema,
  queueServiceSchema,
  queueStatRowSchema,
  queueTicketSchema,
  queueWindowSchema,
  waitingCountSchema,
} from './queue-models';

export * from './queue-models';

/** Who works the queue: the counter first, the back office when it helps out, the managers. */
export const QUEUE_DESK: readonly Role[] = ['admin', 'head', 'front_office', 'back_office'];
/** Who reads the day's figures. */
export const QUEUE_STATS: readonly Role[] = ['admin', 'head', 'back_office'];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ticketId = z.object({ id: idSchema }).strict();
const ticketOutput = z.object({ ticket: queueTicketSchema });

export const queueChannels = {
  /** Services, windows, the request types a service may lead to and the staff who may sit at a window. */
  'queue.settings': channel({
    kind: 'query',
    access: QUEUE_DESK,
    input: z.object({}).strict(),
    output: z.object({
      services: z.array(queueServiceSchema),
      windows: z.array(queueWindowSchema),
      requestTypes: z.array(z.object({ id: z.string(), names: queueNamesSchema })),
      operators: z.array(z.object({ id: z.string(), fullName: z.string() })),
    }),
  }),
  /** Creates (no id) or changes a service; the prefix letter is unique. */
  'queue.saveService': channel({
    kind: 'command',
    access: MANAGERS,
    input: z
      .object({
        id: idSchema.optional(),
        prefix: prefixSchema,
        names: queueNamesSchema,
        requestTypeId: idSchema.nullable().default(null),
        active: z.boolean().default(true),
        sortOrder: z.number().int().min(0).max(999).default(0),
      })
      .strict(),
    output: queueServiceSchema,
  }),
  'queue.saveWindow': channel({
    kind: 'command',
    access: MANAGERS,
    input: z
      .object({
        id: idSchema.optional(),
        label: text(20),
        serviceIds: z.array(idSchema).max(26).default([]),
        operatorId: idSchema.nullable().default(null),
        active: z.boolean().default(true),
      })
      .strict(),
    output: queueWindowSchema,
  }),
  /** "This is my window": the operator sits down at it (and leaves any other window). */
  'queue.takeWindow': channel({
    kind: 'command',
    access: QUEUE_DESK,
    input: z.object({ windowId: idSchema }).strict(),
    output: queueWindowSchema,
  }),
  /** A numbered ticket for a service; numbers start again each Tashkent day. */
  'queue.issue': channel({
    kind: 'command',
    access: QUEUE_DESK,
    input: z.object({ serviceId: idSchema, studentId: idSchema.nullable().default(null) }).strict(),
    output: ticketOutput.extend({ ahead: z.number().int() }),
  }),
  /** The slip to print for a ticket (HTML sized for a receipt printer). */
  'queue.slip': channel({
    kind: 'query',
    access: QUEUE_DESK,
    input: z.object({ id: idSchema, lang: localeSchema }).strict(),
    output: z.object({ html: z.string() }),
  }),
  /** A window's view: its ticket now, what waits for it, and today's waiting per service. */
  'queue.desk': channel({
    kind: 'query',
    access: QUEUE_DESK,
    input: z.object({ windowId: idSchema.optional() }).strict(),
    output: z.object({
      day: z.string(),
      current: queueTicketSchema.nullable(),
      /** The window's waiting tickets, in the order it will call them. */
      next: z.array(queueTicketSchema),
      waiting: z.array(waitingCountSchema),
    }),
  }),
  /** The window takes the oldest waiting ticket among its services; `ticket: null` when nobody waits. */
  'queue.callNext': channel({
    kind: 'command',
    access: QUEUE_DESK,
    input: z.object({ windowId: idSchema }).strict(),
    output: z.object({ ticket: queueTicketSchema.nullable() }),
  }),
  'queue.recall': channel({ kind: 'command', access: QUEUE_DESK, input: ticketId, output: ticketOutput }),
  'queue.startServing': channel({ kind: 'command', access: QUEUE_DESK, input: ticketId, output: ticketOutput }),
  /** Done; the request taken for the visitor, if any, is linked to the ticket. */
  'queue.finish': channel({
    kind: 'command',
    access: QUEUE_DESK,
    input: z.object({ id: idSchema, requestId: idSchema.nullable().default(null) }).strict(),
    output: ticketOutput,
  }),
  'queue.noShow': channel({ kind: 'command', access: QUEUE_DESK, input: ticketId, output: ticketOutput }),
  'queue.cancel': channel({ kind: 'command', access: QUEUE_DESK, input: ticketId, output: ticketOutput }),
  /**
   * The hall display. Public: a TV PC in the hall shows it without anyone signed in, and it carries ticket
   * labels, window labels and counts only — no name, no student, nothing a passer-by should not see.
   */
  'queue.board': channel({
    kind: 'query',
    access: 'public',
    input: z.object({}).strict(),
    output: hallBoardSchema,
  }),
  /** A day's figures per service and window (times in seconds). */
  'queue.stats': channel({
    kind: 'query',
    access: QUEUE_STATS,
    input: z.object({ day: isoDay }).strict(),
    output: z.object({
      day: z.string(),
      services: z.array(queueStatRowSchema.extend({ prefix: z.string(), names: queueNamesSchema })),
      windows: z.array(queueStatRowSchema.extend({ label: z.string() })),
      total: queueStatRowSchema,
    }),
  }),
  'queue.exportStats': channel({
    kind: 'query',
    access: QUEUE_STATS,
    input: z.object({ day: isoDay, lang: localeSchema }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), data: z.string() }),
  }),
} as const;

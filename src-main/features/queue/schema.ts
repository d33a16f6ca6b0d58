import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { students } from '../registry/schema';
import { users } from '../users/schema';
import { requests, requestTypes } from '../requests/schema';

/**
 * The counter queue (issue 7): a visitor takes a numbered ticket for a service, a window calls the next
 * one, and the times are kept (waiting = called − issued, service = finished − called).
 */
export const queueServices = sqliteTable(
  'queue_services',
  {
    id: text('id').primaryKey(),
    /** Letter printed before the number (`A-012`); unique among active services. */
    prefix: text('prefix').notNull(),
    names: text('names').notNull(),
    /** The request type a ticket of this service usually becomes. */
    requestTypeId: text('request_type_id').references(() => requestTypes.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('queue_services_prefix').on(t.prefix)],
);

export const queueWindows = sqliteTable('queue_windows', {
  id: text('id').primaryKey(),
  /** What the hall display shows: "1", "2", "Kassa". */
  label: text('label').notNull(),
  /** Services this window calls (JSON array of ids; empty = all). */
  serviceIds: text('service_ids').notNull().default('[]'),
  /** Who is sitting at it now. */
  operatorId: text('operator_id').references(() => users.id),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const queueTickets = sqliteTable(
  'queue_tickets',
  {
    id: text('id').primaryKey(),
    /** Tashkent date: numbers start again each day. */
    day: text('day').notNull(),
    serviceId: text('service_id')
      .notNull()
      .references(() => queueServices.id),
    number: integer('number').notNull(),
    /** `A-012`. */
    label: text('label').notNull(),
    /** waiting → called → serving → done, or noShow / cancelled. */
    status: text('status').notNull().default('waiting'),
    issuedAt: text('issued_at').notNull(),
    calledAt: text('called_at'),
    servingAt: text('serving_at'),
    finishedAt: text('finished_at'),
    windowId: text('window_id').references(() => queueWindows.id),
    calledBy: text('called_by'),
    /** Times the window called again before the visitor came. */
    recalls: integer('recalls').notNull().default(0),
    studentId: text('student_id').references(() => students.id),
    requestId: text('request_id').references(() => requests.id),
  },
  (t) => [
    uniqueIndex('queue_tickets_number').on(t.day, t.serviceId, t.number),
    index('queue_tickets_day_status').on(t.day, t.status),
  ],
);

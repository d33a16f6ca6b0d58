import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only, hash-chained record of every command (see migration triggers that forbid
 * UPDATE/DELETE). `hash = sha256(prev_hash + canonical JSON of the entry)`.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    actorLogin: text('actor_login').notNull(),
    actorKind: text('actor_kind').notNull(),
    command: text('command').notNull(),
    input: text('input').notNull(),
    changes: text('changes').notNull(),
    /** Table names touched, space-separated and padded (` users institution `) for entity filters. */
    entities: text('entities').notNull(),
    /** Row ids touched, same padding, for the "history of this record" filter. */
    entityIds: text('entity_ids').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorLogin),
    index('audit_log_command').on(t.command),
  ],
);

/** Changes waiting to be pushed to the central server (sync arrives later). */
export const outbox = sqliteTable('outbox', {
  seq: integer('seq').primaryKey(),
  auditId: text('audit_id').notNull(),
  at: text('at').notNull(),
  command: text('command').notNull(),
  payload: text('payload').notNull(),
  sentAt: text('sent_at'),
});

/** Which audit entries touched a record: the card's change history without scanning the log. */
export const auditEntityIndex = sqliteTable(
  'audit_entity_index',
  {
    entityId: text('entity_id').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.seq] })],
);

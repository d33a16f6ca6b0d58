import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings and the database's identity (`app_id`, `created_by_version`). */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

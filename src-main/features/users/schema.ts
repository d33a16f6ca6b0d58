import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  login: text('login').notNull().unique(),
  fullName: text('full_name').notNull(),
  role: text('role').notNull(),
  locale: text('locale').notNull().default('uz-Latn'),
  /** `scrypt$N$r$p$salt$hash` (base64); see docs/adr/001-architecture.md. */
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: text('locked_until'),
  lastSignInAt: text('last_sign_in_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

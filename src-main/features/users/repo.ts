import { and, count, eq, ne } from 'drizzle-orm';
import type { User } from '../../../src-shared/contract/auth';
import type { Locale } from '../../../src-shared/contract/common';
import type { Role } from '../../../src-shared/contract/roles';
import type { Db } from '../../db/store';
import { users } from './schema';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    login: row.login,
    fullName: row.fullName,
    role: row.role as Role,
    locale: row.locale as Locale,
    active: row.active,
    lockedUntil: row.lockedUntil,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}

export function findUserByLogin(db: Db, login: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.login, login)).get();
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

/** Active admins other than `exceptId`: the last one must stay, or nobody can manage users. */
export function otherActiveAdmins(db: Db, exceptId: string): number {
  return (
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)))
      .get()?.n ?? 0
  );
}

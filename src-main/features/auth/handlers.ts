import { cleanText } from '../../../src-shared/domain/apostrophes';
import type { SessionInfo } from '../../../src-shared/contract/auth';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import { users } from '../users/schema';
import { countUsers, findUserById, findUserByLogin, toUser, type UserRow } from '../users/repo';
import { dummyVerify, hashPassword, verifyPassword } from './passwords';

export function sessionInfo(ctx: HandlerContext, row: UserRow, kind: 'user' | 'cli' = 'user'): SessionInfo {
  const session = ctx.sessions.create({ id: row.id, login: row.login, role: toUser(row).role }, kind);
  return {
    token: session.token,
    expiresAt: new Date(ctx.sessions.expiresAt(session)).toISOString(),
    user: toUser(row),
  };
}

function requireSessionUser(ctx: HandlerContext): UserRow {
  const row = ctx.session ? findUserById(ctx.store.db, ctx.session.userId) : undefined;
  if (!row) throw new AppError('UNAUTHENTICATED', 'error.unauthenticated', 'No signed-in user');
  return row;
}

export const authHandlers: HandlersOf<
  'setup.createFirstAdmin' | 'auth.signIn' | 'auth.signOut' | 'auth.me' | 'auth.changePassword' | 'auth.setLocale'
> = {
  'setup.createFirstAdmin': async (input, ctx) => {
    if (countUsers(ctx.store.db) > 0) {
      throw new AppError('CONFLICT', 'error.setupDone', 'The first administrator already exists');
    }
    const passwordHash = await hashPassword(input.password, ctx.passwordCost);
    const id = uuidv7(ctx.clock.now().getTime());
    const row = ctx.command(
      (w) => {
        // Checked again inside the transaction: two first-run windows must not both create an admin.
        if (countUsers(w.db) > 0)
          throw new AppError('CONFLICT', 'error.setupDone', 'The first administrator already exists');
        return w.insert(users, {
          id,
          login: input.login,
          fullName: cleanText(input.fullName),
          role: 'admin',
          locale: input.locale,
          passwordHash,
          createdAt: w.now,
          updatedAt: w.now,
          lastSignInAt: w.now,
        });
      },
      {
        input: { login: input.login, fullName: cleanText(input.fullName), locale: input.locale },
        actor: { id, login: input.login, kind: 'user' },
      },
    );
    return sessionInfo(ctx, row);
  },

  'auth.signIn': async (input, ctx) => {
    const row = findUserByLogin(ctx.store.db, input.login);
    if (!row) {
      await dummyVerify(input.password, ctx.passwordCost);
      throw new AppError('BAD_CREDENTIALS', 'error.badCredentials', 'Wrong login or password');
    }
    const audit = { input: { login: input.login }, actor: { id: row.id, login: row.login, kind: 'user' as const } };
    const now = ctx.clock.now();
    if (row.lockedUntil && new Date(row.lockedUntil) > now) {
      const minutes = Math.max(1, Math.ceil((new Date(row.lockedUntil).getTime() - now.getTime()) / 60_000));
      throw new AppError('LOCKED_OUT', 'error.lockedOut', `Locked for ${minutes} more minutes`, {
        params: { minutes },
      });
    }
    const ok = await verifyPassword(input.password, row.passwordHash);
    if (!ok) {
      const { lockoutThreshold, lockoutMinutes } = ctx.settings();
      const locked = ctx.command(
        (w) => {
          const current = w.get(users, row.id);
          const attempts = (current?.failedAttempts ?? 0) + 1;
          if (attempts >= lockoutThreshold) {
            const until = new Date(new Date(w.now).getTime() + lockoutMinutes * 60_000).toISOString();
            w.update(users, row.id, { failedAttempts: 0, lockedUntil: until, updatedAt: w.now });
            return true;
          }
          w.update(users, row.id, { failedAttempts: attempts, updatedAt: w.now });
          return false;
        },
        { name: 'auth.signInFailed', ...audit },
      );
      if (locked) {
        throw new AppError('LOCKED_OUT', 'error.lockedOut', `Locked for ${lockoutMinutes} minutes`, {
          params: { minutes: lockoutMinutes },
        });
      }
      throw new AppError('BAD_CREDENTIALS', 'error.badCredentials', 'Wrong login or password');
    }
    if (!row.active) throw new AppError('FORBIDDEN', 'error.userInactive', 'The user is disabled');
    const updated = ctx.command(
      (w) => w.update(users, row.id, { failedAttempts: 0, lockedUntil: null, lastSignInAt: w.now, updatedAt: w.now }),
      audit,
    );
    return sessionInfo(ctx, updated);
  },

  'auth.signOut': (_input, ctx) => {
    if (ctx.session) ctx.sessions.revoke(ctx.session.token);
    return { ok: true };
  },

  'auth.me': (_input, ctx) => toUser(requireSessionUser(ctx)),

  'auth.changePassword': async (input, ctx) => {
    const row = requireSessionUser(ctx);
    if (!(await verifyPassword(input.currentPassword, row.passwordHash))) {
      throw new AppError('VALIDATION', 'error.wrongPassword', 'The current password is wrong', {
        details: { issues: [{ path: 'currentPassword', key: 'error.wrongPassword' }] },
      });
    }
    const passwordHash = await hashPassword(input.newPassword, ctx.passwordCost);
    ctx.command((w) => w.update(users, row.id, { passwordHash, updatedAt: w.now }), { input: {} });
    return { ok: true };
  },

  'auth.setLocale': (input, ctx) => {
    const row = requireSessionUser(ctx);
    return toUser(ctx.command((w) => w.update(users, row.id, { locale: input.locale, updatedAt: w.now })));
  },
};

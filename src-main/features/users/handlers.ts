import { cleanText } from '../../../src-shared/domain/apostrophes';
import { asc } from 'drizzle-orm';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import { hashPassword } from '../auth/passwords';
import { findUserById, findUserByLogin, otherActiveAdmins, toUser } from './repo';
import { users } from './schema';

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', 'error.notFound', `User ${id} not found`);
}

export const usersHandlers: HandlersOf<
  'users.list' | 'users.create' | 'users.update' | 'users.resetPassword' | 'users.unlock'
> = {
  'users.list': (_input, ctx) => ctx.store.db.select().from(users).orderBy(asc(users.login)).all().map(toUser),

  'users.create': async (input, ctx) => {
    if (findUserByLogin(ctx.store.db, input.login)) {
      throw new AppError('CONFLICT', 'error.loginTaken', `Login ${input.login} is taken`, {
        params: { login: input.login },
        details: { issues: [{ path: 'login', key: 'error.loginTaken', params: { login: input.login } }] },
      });
    }
    const passwordHash = await hashPassword(input.password, ctx.passwordCost);
    const row = ctx.command((w) => {
      if (findUserByLogin(w.db, input.login)) {
        throw new AppError('CONFLICT', 'error.loginTaken', `Login ${input.login} is taken`, {
          params: { login: input.login },
        });
      }
      return w.insert(users, {
        id: uuidv7(ctx.clock.now().getTime()),
        login: input.login,
        fullName: cleanText(input.fullName),
        role: input.role,
        locale: input.locale,
        passwordHash,
        createdAt: w.now,
        updatedAt: w.now,
      });
    });
    return toUser(row);
  },

  'users.update': (input, ctx) => {
    const row = ctx.command((w) => {
      const current = findUserById(w.db, input.id);
      if (!current) throw notFound(input.id);
      const losesAdmin =
        current.role === 'admin' &&
        current.active &&
        ((input.role && input.role !== 'admin') || input.active === false);
      if (losesAdmin && otherActiveAdmins(w.db, current.id) === 0) {
        throw new AppError('CONFLICT', 'error.lastAdmin', 'The last active administrator must stay');
      }
      return w.update(users, input.id, {
        fullName: input.fullName === undefined ? undefined : cleanText(input.fullName),
        role: input.role,
        active: input.active,
        updatedAt: w.now,
      });
    });
    if (!row.active) ctx.sessions.revokeUser(row.id);
    else if (input.role) ctx.sessions.updateRole(row.id, input.role);
    return toUser(row);
  },

  'users.resetPassword': async (input, ctx) => {
    if (!findUserById(ctx.store.db, input.id)) throw notFound(input.id);
    const passwordHash = await hashPassword(input.password, ctx.passwordCost);
    ctx.command(
      (w) => w.update(users, input.id, { passwordHash, failedAttempts: 0, lockedUntil: null, updatedAt: w.now }),
      {
        input: { id: input.id },
      },
    );
    ctx.sessions.revokeUser(input.id);
    return { ok: true };
  },

  'users.unlock': (input, ctx) => {
    const row = ctx.command((w) => {
      if (!findUserById(w.db, input.id)) throw notFound(input.id);
      return w.update(users, input.id, { failedAttempts: 0, lockedUntil: null, updatedAt: w.now });
    });
    return toUser(row);
  },
};

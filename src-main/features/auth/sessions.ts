import { randomBytes } from 'node:crypto';
import type { Role } from '../../../src-shared/contract/roles';
import type { Clock } from '../../db/store';

export interface Session {
  token: string;
  userId: string;
  login: string;
  role: Role;
  kind: 'user' | 'cli';
  createdAt: number;
  lastSeenAt: number;
}

/** Absolute limit: even an active counter session is re-authenticated once a working day. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

/**
 * Sessions live in memory: a restart signs everyone out, which is right for a desktop app.
 * A session expires after `idleMinutes` without requests, or after 12 hours in any case.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  /** Recently expired tokens, so the user is told "session expired" rather than "sign in". */
  private readonly expired = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly idleMinutes: () => number,
  ) {}

  create(user: { id: string; login: string; role: Role }, kind: Session['kind'] = 'user'): Session {
    const now = this.clock.now().getTime();
    for (const [token, at] of this.expired) if (now - at > SESSION_ABSOLUTE_MS) this.expired.delete(token);
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      userId: user.id,
      login: user.login,
      role: user.role,
      kind,
      createdAt: now,
      lastSeenAt: now,
    };
    this.sessions.set(session.token, session);
    return session;
  }

  expiresAt(session: Session): number {
    return Math.min(session.lastSeenAt + this.idleMinutes() * 60_000, session.createdAt + SESSION_ABSOLUTE_MS);
  }

  /** Returns the live session and extends its idle window, `expired` for a stale one, or null. */
  touch(token: string): Session | 'expired' | null {
    const session = this.sessions.get(token);
    if (!session) return this.expired.has(token) ? 'expired' : null;
    const now = this.clock.now().getTime();
    if (session.kind === 'user' && now >= this.expiresAt(session)) {
      this.sessions.delete(token);
      this.expired.set(token, now);
      return 'expired';
    }
    session.lastSeenAt = now;
    return session;
  }

  revoke(token: string): void {
    this.sessions.delete(token);
  }

  revokeUser(userId: string): void {
    for (const [token, s] of this.sessions) if (s.userId === userId) this.sessions.delete(token);
  }

  updateRole(userId: string, role: Role): void {
    for (const s of this.sessions.values()) if (s.userId === userId) s.role = role;
  }
}

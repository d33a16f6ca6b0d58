import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startHarness, type Harness } from '../../../test/support/harness';
import { hashPassword, TEST_COST, verifyPassword } from './passwords';

describe('passwords', () => {
  it('scrypt hashes carry their parameters and verify only the right password', async () => {
    const hash = await hashPassword('Oʻzbekiston-2026', TEST_COST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('Oʻzbekiston-2026', hash)).toBe(true);
    expect(await verifyPassword('Oʻzbekiston-2025', hash)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
    expect(await hashPassword('same', TEST_COST)).not.toBe(await hashPassword('same', TEST_COST));
  });
});

describe('sign-in, lockout and sessions', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.dispose());

  it('first-run setup works once only', async () => {
    expect((await h.ok('system.health', {})).setupRequired).toBe(false);
    const again = await h.call('setup.createFirstAdmin', { login: 'evil', fullName: 'Evil', password: 'password-123' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe('error.setupDone');
  });

  it('logins are case-insensitive and a wrong password is BAD_CREDENTIALS', async () => {
    expect((await h.ok('auth.signIn', { login: 'ADMIN', password: ADMIN_PASSWORD })).user.login).toBe('admin');
    const bad = await h.call('auth.signIn', { login: 'admin', password: 'nope' });
    expect(!bad.ok && bad.error.code).toBe('BAD_CREDENTIALS');
    const unknown = await h.call('auth.signIn', { login: 'ghost', password: 'nope' });
    expect(!unknown.ok && unknown.error.code).toBe('BAD_CREDENTIALS');
  });

  it('locks the account after repeated failures, even for the right password, until the lock ends', async () => {
    await h.signInAs('front_office', 'kassa');
    for (let i = 0; i < 4; i++) {
      const r = await h.call('auth.signIn', { login: 'kassa', password: `wrong-${i}` });
      expect(!r.ok && r.error.code).toBe('BAD_CREDENTIALS');
    }
    const fifth = await h.call('auth.signIn', { login: 'kassa', password: 'wrong-5' });
    expect(!fifth.ok && fifth.error.code).toBe('LOCKED_OUT');
    const right = await h.call('auth.signIn', { login: 'kassa', password: 'user-password-1' });
    expect(!right.ok && right.error.code).toBe('LOCKED_OUT');
    if (!right.ok) expect(right.error.params?.minutes).toBe(15);
    h.clock.advance(15 * 60_000 + 1);
    expect((await h.call('auth.signIn', { login: 'kassa', password: 'user-password-1' })).ok).toBe(true);
  });

  it('an admin can unlock a locked account at once', async () => {
    const token = await h.signInAs('archive', 'arxiv');
    void token;
    for (let i = 0; i < 5; i++) await h.call('auth.signIn', { login: 'arxiv', password: 'wrong' });
    const users = await h.ok('users.list', {}, h.adminToken);
    const locked = users.find((u) => u.login === 'arxiv');
    expect(locked?.lockedUntil).not.toBeNull();
    await h.ok('users.unlock', { id: locked?.id }, h.adminToken);
    expect((await h.call('auth.signIn', { login: 'arxiv', password: 'user-password-1' })).ok).toBe(true);
  });

  it('sessions expire after the idle time and after 12 hours in any case', async () => {
    const token = await h.signInAs('viewer', 'kuzatuvchi');
    h.clock.advance(59 * 60_000);
    expect((await h.call('auth.me', {}, token)).ok).toBe(true);
    h.clock.advance(59 * 60_000);
    expect((await h.call('auth.me', {}, token)).ok).toBe(true);
    h.clock.advance(61 * 60_000);
    const expired = await h.call('auth.me', {}, token);
    expect(!expired.ok && expired.error.code).toBe('SESSION_EXPIRED');

    const busy = (await h.ok('auth.signIn', { login: 'kuzatuvchi', password: 'user-password-1' })).token;
    for (let i = 0; i < 25; i++) {
      h.clock.advance(30 * 60_000);
      await h.call('auth.me', {}, busy);
    }
    const tooLong = await h.call('auth.me', {}, busy);
    expect(!tooLong.ok && tooLong.error.code).toBe('SESSION_EXPIRED');
  });

  it('disabling a user ends their sessions; a role change applies at once', async () => {
    const token = await h.signInAs('back_office', 'dekanat');
    const id = (await h.ok('auth.me', {}, token)).id;
    await h.ok('users.update', { id, role: 'head' }, h.adminToken);
    expect((await h.call('audit.list', {}, token)).ok).toBe(true);
    await h.ok('users.update', { id, active: false }, h.adminToken);
    const after = await h.call('auth.me', {}, token);
    expect(!after.ok && after.error.code).toBe('UNAUTHENTICATED');
    const again = await h.call('auth.signIn', { login: 'dekanat', password: 'user-password-1' });
    expect(!again.ok && again.error.key).toBe('error.userInactive');
  });

  it('signing out ends the session', async () => {
    const token = await h.signInAs('viewer');
    await h.ok('auth.signOut', {}, token);
    expect((await h.call('auth.me', {}, token)).ok).toBe(false);
  });

  it('remembers the language per user and changes the password', async () => {
    const token = await h.signInAs('front_office', 'til');
    await h.ok('auth.setLocale', { locale: 'uz-Cyrl' }, token);
    const next = await h.ok('auth.signIn', { login: 'til', password: 'user-password-1' });
    expect(next.user.locale).toBe('uz-Cyrl');
    const wrong = await h.call('auth.changePassword', { currentPassword: 'x', newPassword: 'new-password-1' }, token);
    expect(!wrong.ok && wrong.error.details?.issues?.[0]?.path).toBe('currentPassword');
    await h.ok('auth.changePassword', { currentPassword: 'user-password-1', newPassword: 'new-password-1' }, token);
    expect((await h.call('auth.signIn', { login: 'til', password: 'new-password-1' })).ok).toBe(true);
  });

  it('validation errors name the field with a translatable key', async () => {
    const res = await h.call(
      'users.create',
      { login: 'a b', fullName: '', role: 'rector', password: 'short' },
      h.adminToken,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('VALIDATION');
      const byPath = Object.fromEntries((res.error.details?.issues ?? []).map((i) => [i.path, i.key]));
      expect(byPath).toMatchObject({
        login: 'validation.login',
        fullName: 'validation.required',
        role: 'validation.invalidValue',
        password: 'validation.tooShort',
      });
    }
    const dup = await h.call(
      'users.create',
      { login: 'Admin', fullName: 'X', role: 'viewer', password: 'password-1' },
      h.adminToken,
    );
    expect(!dup.ok && dup.error.details?.issues?.[0]).toMatchObject({ path: 'login', key: 'error.loginTaken' });
  });
});

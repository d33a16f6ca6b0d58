import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, ROLES, roleMayCall, type ChannelName, type Role } from '../../src-shared/contract';
import { startHarness, type Harness } from '../../test/support/harness';
import { SAMPLE_INPUTS } from '../../test/support/sample-inputs';

/** Channels whose sample call would end the caller's own session; checked last. */
const SESSION_ENDING: ChannelName[] = ['auth.signOut'];

describe('permission matrix: every role × every channel', () => {
  let h: Harness;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    h = await startHarness();
    for (const role of ROLES) tokens.set(role, await h.signInAs(role));
  });
  afterAll(() => h.dispose());

  const auditCount = async () => (await h.ok('audit.list', { limit: 1 }, h.adminToken)).total;

  for (const role of ROLES) {
    it(`${role}: denied exactly what its access list excludes, and a denial writes nothing`, async () => {
      const channels = [...CHANNEL_NAMES].sort(
        (a, b) => Number(SESSION_ENDING.includes(a)) - Number(SESSION_ENDING.includes(b)),
      );
      for (const channel of channels) {
        const allowed = roleMayCall(role, contract[channel].access);
        const before = await auditCount();
        const res = await h.call(channel, SAMPLE_INPUTS[channel], tokens.get(role));
        if (allowed) {
          expect(res.ok || res.error.code !== 'FORBIDDEN', `${role} should reach ${channel}`).toBe(true);
        } else {
          expect(res.ok, `${role} must be denied ${channel}`).toBe(false);
          if (!res.ok) expect(res.error.code).toBe('FORBIDDEN');
          expect(await auditCount(), `denied ${channel} must not write`).toBe(before);
        }
      }
    });
  }

  it('without a session only public channels answer', async () => {
    for (const channel of CHANNEL_NAMES) {
      const res = await h.call(channel, SAMPLE_INPUTS[channel], null);
      if (contract[channel].access === 'public') continue;
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code, channel).toBe('UNAUTHENTICATED');
    }
  });

  it('a forged token is not a session', async () => {
    const res = await h.call('users.list', {}, 'forged-token');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('UNAUTHENTICATED');
  });

  it('the matrix denies what the office expects', () => {
    const denied = (role: Role, channel: ChannelName) => !roleMayCall(role, contract[channel].access);
    for (const role of ['front_office', 'back_office', 'archive', 'viewer'] as const) {
      expect(denied(role, 'users.create')).toBe(true);
      expect(denied(role, 'institution.update')).toBe(true);
      expect(denied(role, 'audit.list')).toBe(true);
      expect(denied(role, 'backups.create')).toBe(true);
    }
    expect(denied('head', 'users.create')).toBe(true);
    expect(denied('head', 'institution.update')).toBe(false);
    expect(denied('viewer', 'institution.get')).toBe(false);
  });
});

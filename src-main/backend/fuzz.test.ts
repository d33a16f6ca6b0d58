import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src-shared/contract';
import { ERROR_CODES as CODES } from '../../src-shared/errors';
import { startHarness, type Harness } from '../../test/support/harness';

function isEnvelope(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return 'data' in v;
  if (v.ok !== false) return false;
  const e = v.error as Record<string, unknown> | undefined;
  return (
    !!e &&
    (CODES as readonly string[]).includes(e.code as string) &&
    typeof e.message === 'string' &&
    typeof e.key === 'string'
  );
}

describe('fuzzing every channel with random payloads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.dispose());

  it('always answers with an envelope and never crashes the backend', async () => {
    const channel = fc.oneof(
      fc.constantFrom(...CHANNEL_NAMES),
      fc.string(),
      fc.constant('__proto__'),
      fc.constant('constructor'),
    );
    const payload = fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      fc.object(),
      fc.record({ login: fc.string(), password: fc.string(), id: fc.string(), role: fc.string(), limit: fc.integer() }),
    );
    await fc.assert(
      fc.asyncProperty(channel, payload, fc.boolean(), async (name, body, signedIn) => {
        // A fresh admin session per run: a fuzzed auth.signOut must not poison later runs.
        const token = signedIn
          ? (await h.ok('auth.signIn', { login: 'admin', password: 'admin-password-1' })).token
          : null;
        const res = await h.backend.dispatch(name, body, token);
        expect(isEnvelope(res)).toBe(true);
      }),
      { numRuns: 400 },
    );
    const health = await h.call('system.health', {});
    expect(health.ok).toBe(true);
    expect((await h.ok('system.check', {}, h.adminToken)).ok).toBe(true);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, ChannelOutput, Role } from '../../src-shared/contract';
import type { Envelope } from '../../src-shared/errors';
import { createBackend, type Backend, type BackendOptions } from '../../src-main/backend/create-backend';
import { silentLogger } from '../../src-main/backend/logger';
import { TEST_COST } from '../../src-main/features/auth/passwords';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public ms = Date.parse('2026-11-28T09:00:00.000Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export function tempDir(prefix = 'registrator-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface Harness {
  dataDir: string;
  backend: Backend;
  clock: TestClock;
  adminToken: string;
  call<C extends ChannelName>(channel: C, payload: unknown, token?: string | null): Promise<Envelope<ChannelOutput<C>>>;
  ok<C extends ChannelName>(channel: C, payload: unknown, token?: string | null): Promise<ChannelOutput<C>>;
  signInAs(role: Role, login?: string): Promise<string>;
  dispose(): Promise<void>;
}

export const ADMIN_PASSWORD = 'admin-password-1';

/** A real backend on a temp SQLite file with real migrations and a first admin. */
export async function startHarness(opts: Partial<BackendOptions> = {}): Promise<Harness> {
  const dataDir = opts.dataDir ?? tempDir();
  const clock = new TestClock();
  const backend = createBackend({
    dataDir,
    clock,
    logger: silentLogger,
    passwordCost: TEST_COST,
    autoBackup: false,
    ...opts,
  });
  const call = <C extends ChannelName>(channel: C, payload: unknown, token?: string | null) =>
    backend.dispatch(channel, payload, token) as Promise<Envelope<ChannelOutput<C>>>;
  const ok = async <C extends ChannelName>(channel: C, payload: unknown, token?: string | null) => {
    const res = await call(channel, payload, token);
    if (!res.ok) throw new Error(`${channel} failed: ${JSON.stringify(res.error)}`);
    return res.data;
  };
  const setup = await ok('setup.createFirstAdmin', {
    login: 'admin',
    fullName: 'Bosh Administrator',
    password: ADMIN_PASSWORD,
  });
  let counter = 0;
  return {
    dataDir,
    backend,
    clock,
    adminToken: setup.token,
    call,
    ok,
    async signInAs(role, login) {
      const name = login ?? `${role.replace('_', '')}${++counter}`;
      await ok(
        'users.create',
        { login: name, fullName: `User ${name}`, role, password: 'user-password-1' },
        setup.token,
      );
      return (await ok('auth.signIn', { login: name, password: 'user-password-1' })).token;
    },
    async dispose() {
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

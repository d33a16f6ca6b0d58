import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base } from '@playwright/test';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface AppServer {
  url: string;
  dataDir: string;
  logFile: string;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /health within 60 s; see ${logFile}`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    child.kill('SIGTERM');
  });
}

export interface RunningServer extends AppServer {
  stop(): Promise<void>;
}

/**
 * `registrator serve` on a free port over `dataDir` (the built renderer from out/renderer), its
 * output in test-results/<log>. `stop()` ends it; the data folder is the caller's.
 */
export async function startServer(dataDir: string, log = 'e2e-server.log'): Promise<RunningServer> {
  if (!existsSync(join(REPO, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run test:e2e` (it builds first).');
  }
  // Outside the data folder, so it survives the clean-up when a run needs explaining.
  mkdirSync(join(REPO, 'test-results'), { recursive: true });
  const logFile = join(REPO, 'test-results', log);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['bin/registrator.js', 'serve', '--port', String(port), '--data-dir', dataDir, '--no-build'],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } },
  );
  const out = createWriteStream(logFile);
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  const halt = async () => {
    await stop(child);
    out.end();
  };
  try {
    await waitForHealth(url, child, logFile);
  } catch (err) {
    await halt();
    throw err;
  }
  return { url, dataDir, logFile, stop: halt };
}

/** Runs the CLI (`registrator <args>`) against a data folder, e.g. to seed it before the server starts. */
export function cli(args: string[], input?: string): string {
  return execFileSync(process.execPath, ['bin/registrator.js', ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'registrator-e2e-'));
}

/**
 * One real server per worker: `registrator serve` on a free port and a fresh temporary data folder
 * (so the first run starts with setup), the built renderer from out/renderer. Killed afterwards.
 */
export const test = base.extend<{ server: AppServer }, { appServer: AppServer }>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
    async ({}, use) => {
      const dataDir = tempDataDir();
      try {
        const server = await startServer(dataDir);
        try {
          await use(server);
        } finally {
          await server.stop();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  server: async ({ appServer }, use) => use(appServer),
  baseURL: async ({ appServer }, use) => use(appServer.url),
});

/** A user made by the CLI before the server starts (so a seeded run has no setup screen). */
export interface E2eUser {
  login: string;
  password: string;
  fullName: string;
  role: string;
}

export function addUsers(dataDir: string, users: readonly E2eUser[]): void {
  for (const u of users) {
    const args = ['users', 'add', '--login', u.login, '--role', u.role, '--full-name', u.fullName, '--password-stdin'];
    cli([...args, '--data-dir', dataDir], `${u.password}\n`);
  }
}

/**
 * One server per worker over a data folder prepared before it starts: the users, then `seed` (the CLI's demo,
 * rows written straight into SQLite), whose result the tests get beside the server. Its log is
 * test-results/e2e-<name>-server.log; the folder is removed afterwards.
 */
export function seededTest<T extends object>(
  name: string,
  users: readonly E2eUser[],
  seed: (dataDir: string) => T | Promise<T>,
) {
  return test.extend<object, { seeded: RunningServer & T }>({
    seeded: [
      // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern
      async ({}, use) => {
        const dataDir = tempDataDir();
        try {
          addUsers(dataDir, users);
          const seededWith = await seed(dataDir);
          const server = await startServer(dataDir, `e2e-${name}-server.log`);
          try {
            await use({ ...server, ...seededWith });
          } finally {
            await server.stop();
          }
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
      { scope: 'worker', timeout: 120_000 },
    ],
    baseURL: async ({ seeded }, use) => use(seeded.url),
  });
}

export { expect } from '@playwright/test';

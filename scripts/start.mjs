#!/usr/bin/env node
// `npm start [-- --port P --data-dir D --browser]`: the desktop app where the Electron binary is installed,
// otherwise the same app served over the local HTTP bridge (browser mode), saying why. ARCHITECTURE §6.
import { spawn, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');
const args = process.argv.slice(2);

/** The installed Electron executable, or null; the same test as node_modules/electron/index.js, without its download. */
function electronBinary() {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Electron's own installer, tried once when its download host answers; a missing network must cost seconds, not minutes. */
async function tryInstallElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  const mirror = process.env.ELECTRON_MIRROR ?? process.env.npm_config_electron_mirror ?? 'https://github.com/';
  const host = new URL(mirror).hostname;
  const online = await Promise.race([
    lookup(host).then(
      () => true,
      () => false,
    ),
    new Promise((done) => setTimeout(() => done(false), 3000)),
  ]);
  if (!online) return `its download host ${host} cannot be reached`;
  console.log(`Downloading the Electron binary from ${host} (at most 2 minutes)…`);
  const result = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], {
    stdio: 'inherit',
    timeout: 120_000,
  });
  return result.status === 0 ? null : 'the download failed';
}

function runOrExit(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The app runs in its own process group (POSIX): Ctrl+C reaches only this script, which passes it on exactly once.
 * A second signal would kill the app before it has closed the database (WAL checkpoint, audit anchor, lock).
 */
const ownGroup = { detached: process.platform !== 'win32' };

/** Hands Ctrl+C to the child (it closes the database cleanly), never leaves it orphaned, exits with its code. */
function supervise(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  process.on('exit', () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function optionValue(name) {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
}

function startElectron(binary) {
  // Electron has its own Node ABI, so better-sqlite3's native file must be rebuilt for it. `npm test` rebuilds it
  // for Node again (`npm rebuild better-sqlite3`, scripts/test-all.mjs) when the ABI differs. The probe loads it in
  // plain Node: if that works, it is still the Node build and needs the Electron one.
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:')"], { cwd: ROOT });
  if (probe.status === 0) runOrExit('npx', ['electron-builder', 'install-app-deps']);
  runOrExit('npx', ['electron-vite', 'build']);
  const dataDir = optionValue('data-dir');
  const env = { ...process.env, ...(dataDir ? { REGISTRATOR_DATA_DIR: resolve(dataDir) } : {}) };
  supervise(spawn(binary, [ROOT], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env, ...ownGroup }));
}

/** Browser mode: the CLI's `serve`, with the extra arguments passed through; it prints the local URL. */
function startBrowserMode(reason) {
  console.log(`${reason}: starting Registrator in browser mode. Open the URL below in a browser.`);
  const serveArgs = args.filter((a) => a !== '--browser');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'registrator.js'), 'serve', ...serveArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    ...ownGroup,
  });
  supervise(child);
  let hinted = false;
  // `serve` prints "Registrator <version> is running at <url>" once it listens (src-main/cli/main.ts).
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /is running at (http:\/\/\S+)/.exec(String(chunk))?.[1];
    if (url && !hinted) {
      hinted = true;
      void hintFirstRun(url);
    }
  });
}

/** The backend says whether the database has users yet (`system.health`); a fresh one gets two pointers. */
async function hintFirstRun(url) {
  try {
    const res = await fetch(`${url}/rpc/system.health`, { method: 'POST', body: '{}' });
    const health = await res.json();
    if (health.ok && health.data.setupRequired) {
      console.log('The database has no users yet: open the URL to create the administrator.');
      console.log('For a demo institution, stop the app (Ctrl+C) and run: npx registrator demo');
    }
  } catch {
    // only a hint
  }
}

const binary = args.includes('--browser') ? null : electronBinary();
if (binary) {
  startElectron(binary);
} else if (args.includes('--browser')) {
  startBrowserMode('--browser was given');
} else {
  const whyNot = await tryInstallElectron();
  const installed = whyNot === null ? electronBinary() : null;
  if (installed) startElectron(installed);
  else startBrowserMode(`The Electron binary is not installed (${whyNot ?? 'it was not found after installing'})`);
}

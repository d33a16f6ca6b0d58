#!/usr/bin/env node
// `npm test`: everything CI runs, in the order of ARCHITECTURE §6 — format, lint (boundary rules),
// type-check and the renderer build (side by side: each uses one core), vitest, then Playwright in Debian's
// Chromium. Every step runs even after a failure (to show all problems at once); the last line is
// `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function run(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

/**
 * better-sqlite3 must load under Node for the tests. It does not after `npm start` launched Electron (built
 * for Electron's ABI), nor after CI's `npm ci --ignore-scripts` (not built at all): then it is built now, from
 * source, while the gates below run — they do not need it, and the compile is the longest single step of a
 * clean install.
 */
const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:')"], { cwd: root });
const nativeBuild =
  probe.status === 0
    ? Promise.resolve(true)
    : new Promise((resolve) => {
        console.log('\n▶ build better-sqlite3 for Node (beside the gates)');
        const child = spawn('npm', ['rebuild', 'better-sqlite3', 'esbuild'], { cwd: root, stdio: 'inherit' });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
      });

/**
 * Runs independent gates at the same time (each is single-threaded; CI has two cores) and prints each one's
 * output whole, in the listed order, once all have finished.
 */
async function gatesTogether(gates) {
  const results = await Promise.all(
    gates.map(
      ([title, cmd, args]) =>
        new Promise((resolve) => {
          const child = spawn(cmd, args, { cwd: root, env: process.env });
          const chunks = [];
          child.stdout.on('data', (c) => chunks.push(c));
          child.stderr.on('data', (c) => chunks.push(c));
          child.on('error', (e) => resolve({ title, ok: false, out: String(e) }));
          child.on('close', (code) => resolve({ title, ok: code === 0, out: Buffer.concat(chunks).toString() }));
        }),
    ),
  );
  for (const { title, ok, out } of results) {
    console.log(`\n▶ ${title}`);
    if (out) process.stdout.write(out);
    if (ok) passed++;
    else {
      failed++;
      failures.push(title);
    }
  }
}

await gatesTogether([
  ['format check (prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['lint (eslint, zero warnings, boundary rules)', bin('eslint'), ['--max-warnings', '0', '.']],
  ['type-check (tsc -b: node and web configs)', bin('tsc'), ['-b']],
  ['build the renderer', bin('vite'), ['build', '--config', 'vite.renderer.config.ts', '--logLevel', 'warn']],
]);

if (!(await nativeBuild)) {
  failed++;
  failures.push('build better-sqlite3');
}

/**
 * Playwright runs beside vitest: a browser spec spends much of its time waiting (the network, transitions,
 * scrypt in another process), which vitest's workers fill. Its output goes to a file (a pipe left undrained
 * while vitest runs synchronously would stall it) and is printed after vitest's.
 */
const pwJson = join(tmp, 'playwright.json');
rmSync(pwJson, { force: true });
const pwLog = join(tmp, 'playwright.log');
const pwOut = openSync(pwLog, 'w');
const playwright = new Promise((resolve) => {
  const child = spawn(bin('playwright'), ['test', '--reporter=list,json'], {
    cwd: root,
    stdio: ['ignore', pwOut, pwOut],
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
  });
  child.on('error', () => resolve(false));
  child.on('close', (code) => resolve(code === 0));
});

const vitestJson = join(tmp, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestOk = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests > 0) failures.push('vitest');
  if (!vitestOk && r.numFailedTests === 0) {
    failed++;
    failures.push('vitest (suite error)');
  }
} else {
  failed++;
  failures.push('vitest (no report)');
}

const pwOk = await playwright;
closeSync(pwOut);
console.log('\n▶ end-to-end tests (Playwright, Debian Chromium; ran beside vitest)');
process.stdout.write(readFileSync(pwLog, 'utf8'));
if (existsSync(pwJson)) {
  const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  if ((s.unexpected ?? 0) > 0) failures.push('playwright');
  if (!pwOk && !(s.unexpected > 0)) {
    failed++;
    failures.push('playwright (run error)');
  }
} else {
  failed++;
  failures.push('playwright (no report)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

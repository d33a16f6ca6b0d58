import { defineConfig } from '@playwright/test';

/**
 * Browser flows against the real backend over the HTTP bridge (see test/e2e/fixtures.ts), driven by
 * Debian's Chromium: Playwright's own browsers are never downloaded here.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Each spec file starts its own backend on its own data folder: two files at a time use both cores (a third
  // made every spec slower than it saved: the browser, the server and the runner compete for the same cores).
  workers: 2,
  fullyParallel: false,
  reporter: 'list',
  // Sign-in hashes with scrypt at OWASP cost (~0.7 s each); a whole office day fits in 3 minutes on a quiet
  // machine. `npm test` runs the specs beside vitest, so every wait has room for a machine at full load.
  timeout: 420_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results',
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Asia/Tashkent',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});

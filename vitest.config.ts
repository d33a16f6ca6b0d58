import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    // CI runs the suite beside the browser tests on two cores: a CPU-heavy test can take ten times its quiet time.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Threads start faster than forks (≈1 min less for the whole suite on two cores); better-sqlite3 and the
    // import/render worker threads work in them alike.
    pool: 'threads',
    // Said outright: left to its default, the non-isolated project ran its files one at a time on one worker.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src-main/**/*.test.ts', 'src-shared/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src-main/electron/**', 'src-shared/domain/uuid.test.ts', 'test/e2e/**', 'node_modules/**'],
          // These files share no module state (each test opens its own database): one module graph per worker
          // instead of one per file saves most of the suite's import time (the backend graph is large).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          // The Electron shell mocks `electron` per file and the renderer tests mock the api per file; the UUID
          // test checks the generator's clock, which the other files' ids would have moved on.
          include: [
            'src-main/electron/**/*.test.ts',
            'src-renderer/**/*.test.{ts,tsx}',
            'src-shared/domain/uuid.test.ts',
          ],
        },
      },
    ],
  },
});

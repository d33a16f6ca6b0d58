/**
 * One import in a process of its own, so peak RSS is the import's (bench/cases/import.ts runs it):
 * `tsx bench/import-child.ts FILE DATA_DIR` → prints `{"seconds":…,"peakRssMb":…,"imported":…,"sheetWorkers":1}`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../src-main/backend/create-backend';
import { silentLogger } from '../src-main/backend/logger';
import { importStudents } from '../src-main/features/students/import/import-students';
import { sheetWorkerStats } from '../src-main/features/students/import/sheet-worker-host';

const [file, dataDir] = process.argv.slice(2) as [string, string];
const backend = createBackend({ dataDir, autoBackup: false, logger: silentLogger });
const { services } = backend;
const started = performance.now();
const data = readFileSync(file);
const result = await services.jobs.start('bench', null, (job) =>
  importStudents(
    services,
    { id: null, login: 'cli:bench', kind: 'cli' },
    { data, fileName: basename(file) },
    { dryRun: false, locale: 'en' },
    job,
  ),
).done;
const seconds = (performance.now() - started) / 1000;
await backend.close();
console.log(
  JSON.stringify({
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    imported: result.imported,
    rejected: result.rejected.length,
    sheetWorkers: sheetWorkerStats().started,
  }),
);

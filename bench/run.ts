/**
 * Benchmarks (`npm run bench [-- name …]`): runs the registered cases, prints their figures and
 * merges them into `bench/results.json` (keys from other cases stay). A new benchmark is a
 * module under `bench/cases/` exporting a `BenchCase`, added to `CASES` below.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demo100k, startup } from './cases/demo';
import { documentsBatch } from './cases/documents';
import { gradesCard, gradesGpa } from './cases/grades';
import { import50k } from './cases/import';
import { ordersBulk } from './cases/orders';
import { search } from './cases/search';
import { serviceDesk } from './cases/service-desk';
import type { BenchCase, BenchContext } from './cases/types';

const CASES: BenchCase[] = [
  demo100k,
  startup,
  search,
  import50k,
  gradesCard,
  gradesGpa,
  documentsBatch,
  ordersBulk,
  serviceDesk,
];

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results.json');

async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !CASES.some((c) => c.name === w));
  if (unknown.length > 0) {
    console.error(`Unknown bench case(s): ${unknown.join(', ')}. Known: ${CASES.map((c) => c.name).join(', ')}`);
    return 2;
  }
  const selected = wanted.length > 0 ? CASES.filter((c) => wanted.includes(c.name)) : CASES;
  const temps: string[] = [];
  const fixtures = new Map<string, Promise<unknown>>();
  const ctx: BenchContext = {
    tempDir(prefix) {
      const dir = mkdtempSync(join(tmpdir(), `registrator-${prefix}`));
      temps.push(dir);
      return dir;
    },
    fixture<T>(key: string, make: () => Promise<T>): Promise<T> {
      if (!fixtures.has(key)) fixtures.set(key, make());
      return fixtures.get(key) as Promise<T>;
    },
    log: (message) => console.log(`    ${message}`),
  };
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  const figures: Record<string, number> = {};
  try {
    for (const c of selected) {
      console.log(`${c.name}: ${c.description}`);
      const result = await c.run(ctx);
      for (const [key, value] of Object.entries(result)) console.log(`  ${key.padEnd(28)} ${value}`);
      Object.assign(figures, result);
    }
  } finally {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  }
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...previous, ...figures };
  const sorted = Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((k) => [k, merged[k]]),
  );
  writeFileSync(RESULTS, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`Figures written to ${RESULTS}`);
  return 0;
}

process.exitCode = await main();

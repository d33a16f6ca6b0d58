import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { applyReaderPragmas, openRaw, type Sqlite } from '../../src-main/db/connection';
import { DB_FILE_NAME } from '../../src-main/db/store';
import { searchStudents } from '../../src-main/features/students/search';
import { join } from 'node:path';
import { demo100kDatabase } from './demo';
import type { BenchCase } from './types';

interface Person {
  last_name_lat: string;
  first_name_lat: string;
  last_name_cyr: string;
  first_name_cyr: string;
  last_name_passport: string;
  first_name_passport: string;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Queries a counter really types: full names in either script, typed apostrophes, passport spellings, prefixes. */
function counterQueries(db: Sqlite, n: number): string[] {
  const people = db
    .prepare(
      `select last_name_lat, first_name_lat, last_name_cyr, first_name_cyr, last_name_passport, first_name_passport
         from students where rowid % 997 = 0 limit ?`,
    )
    .all(n) as Person[];
  return people.map((p, i) => {
    switch (i % 6) {
      case 0:
        return `${p.last_name_lat} ${p.first_name_lat}`;
      case 1:
        return `${p.last_name_cyr} ${p.first_name_cyr}`;
      case 2:
        return `${p.last_name_lat.replace(/ʻ/g, "'")} ${p.first_name_lat.slice(0, 3)}`;
      case 3:
        return `${p.last_name_passport} ${p.first_name_passport}`;
      case 4:
        return `${p.last_name_lat.slice(0, 4)} ${p.first_name_lat.slice(0, 3)}`;
      default:
        return p.last_name_lat;
    }
  });
}

const NAME_COLUMNS = [
  'last_name_lat',
  'first_name_lat',
  'patronymic_lat',
  'last_name_cyr',
  'first_name_cyr',
  'patronymic_cyr',
];

/** The naive way: every word `LIKE '%word%'` against every name column. */
function likeSearch(db: Sqlite, query: string): unknown[] {
  const words = query.split(/\s+/).filter(Boolean);
  const where = words.map(() => `(${NAME_COLUMNS.map((c) => `${c} like ?`).join(' or ')})`).join(' and ');
  const params = words.flatMap((w) => NAME_COLUMNS.map(() => `%${w}%`));
  return db.prepare(`select id from students where ${where} limit 20`).all(...params);
}

/** Measures both searches on a database file; runs in a fresh process (see below). */
export function measureSearch(file: string): {
  p50: number;
  p95: number;
  likeP95: number;
  queries: number;
  found: number;
} {
  const db = openRaw(file, { readonly: true, fileMustExist: true });
  applyReaderPragmas(db); // as the app's read connection
  try {
    const queries = counterQueries(db, 100);
    for (let i = 0; i < 3; i++) for (const q of queries) searchStudents(db, q, 20, 'admin'); // warm caches and JIT
    const fts: number[] = [];
    const like: number[] = [];
    let found = 0;
    // Separate loops: a LIKE full scan between two searches would evict the pages the next one needs.
    for (let round = 0; round < 6; round++) {
      for (const q of queries) {
        const t = performance.now();
        const items = searchStudents(db, q, 20, 'admin');
        fts.push(performance.now() - t);
        if (round === 0 && items.length > 0) found++;
      }
    }
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        const t = performance.now();
        likeSearch(db, q);
        like.push(performance.now() - t);
      }
    }
    return {
      p50: percentile(fts, 50),
      p95: percentile(fts, 95),
      likeP95: percentile(like, 95),
      queries: queries.length,
      found,
    };
  } finally {
    db.close();
  }
}

export const search: BenchCase = {
  name: 'search',
  description:
    'counter name search on 100,000 students: FTS5 + folded/phonetic keys vs naive LIKE (p95 over 600 queries)',
  async run(ctx) {
    const dir = await demo100kDatabase(ctx);
    // A fresh process: the demo runs before leave a large heap whose collections would land in the timings.
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../search-child.ts', import.meta.url)), join(dir, DB_FILE_NAME)],
      { encoding: 'utf8' },
    );
    const r = JSON.parse(out.trim().split('\n').pop() as string) as ReturnType<typeof measureSearch>;
    ctx.log(`${r.queries} distinct queries, ${r.found} with results; median ${r.p50.toFixed(3)} ms`);
    return {
      'search.p95_ms': Math.round(r.p95 * 1000) / 1000,
      'search.like_p95_ms': Math.round(r.likeP95 * 1000) / 1000,
    };
  },
};

// The CLI bundled once and reused while the sources stay unchanged. Running the TypeScript sources through
// tsx costs every start about 2.5 s of module resolution (each of hundreds of files goes through tsx's loader
// thread); the bundle starts in about half of that and half the CPU, which is what the counter scripts, the
// e2e fixtures and the test suite pay on every call.
//
// Layout: .tmp/cli/main.js with the two worker entries beside it, as the desktop build places them
// (out/main/index.js + sheet-worker.js + render-worker.js), two folders below the root as the app's
// path-relative lookups expect (package.json for the version, resources/fonts, out/renderer).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, '.tmp', 'cli');
const STAMP = join(OUT, 'inputs.json');
const ENTRIES = {
  'main.js': 'src-main/cli/main.ts',
  'sheet-worker.js': 'src-main/features/students/import/sheet-worker.ts',
  'render-worker.js': 'src-main/features/documents/batch/render-worker.ts',
};

/** True when every file the bundle in `outDir` was built from is still older than the bundle. */
export function isFresh(outDir = OUT) {
  const stamp = join(outDir, 'inputs.json');
  if (!existsSync(stamp)) return false;
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(stamp, 'utf8'));
    if (!Object.keys(ENTRIES).every((name) => existsSync(join(outDir, name)))) return false;
    return inputs.every((file) => statSync(join(ROOT, file)).mtimeMs < builtAt);
  } catch {
    return false; // an input was deleted or the stamp is unreadable: build again
  }
}

/**
 * Builds the three entries. Several processes may start at once (parallel tests): each writes its own
 * temporary files and renames them into place, so a reader sees either the old file or a whole new one.
 */
async function build() {
  const { build: esbuild } = await import('esbuild');
  const startedAt = Date.now(); // before reading any source: an edit made during the build is seen next time
  mkdirSync(OUT, { recursive: true });
  const suffix = `.${process.pid}.tmp`;
  const results = await Promise.all(
    Object.entries(ENTRIES).map(([name, entry]) =>
      esbuild({
        absWorkingDir: ROOT,
        entryPoints: [entry],
        outfile: join(OUT, name + suffix),
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        metafile: true,
        logLevel: 'silent',
      }),
    ),
  );
  const inputs = new Set([relative(ROOT, fileURLToPath(import.meta.url))]);
  for (const r of results) for (const file of Object.keys(r.metafile.inputs)) inputs.add(file);
  for (const name of Object.keys(ENTRIES)) renameSync(join(OUT, name + suffix), join(OUT, name));
  writeFileSync(STAMP + suffix, JSON.stringify({ builtAt: startedAt, inputs: [...inputs] }));
  renameSync(STAMP + suffix, STAMP);
}

/** The bundled CLI's entry, built first when missing or stale; null when it cannot be built here. */
export async function bundledCli() {
  if (process.env.REGISTRATOR_CLI_FROM_SOURCE === '1') return null;
  if (!isFresh()) {
    try {
      await build();
    } catch {
      return null; // no esbuild (a production install) or a syntax error: tsx runs the sources and reports it
    }
  }
  return join(OUT, 'main.js');
}

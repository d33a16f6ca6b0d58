import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain-JS launcher module (bin/ is outside the TypeScript projects)
import { bundledCli, isFresh } from '../bin/cli-bundle.js';
import { REPO_ROOT } from '../src-main/cli/main';
import { tempDir } from './support/harness';

describe('the bundled CLI', () => {
  it('is built from the sources, lists every input, and is stale when one of them is newer', async () => {
    const entry = (await bundledCli()) as string;
    const built = join(REPO_ROOT, '.tmp', 'cli');
    expect(entry).toBe(join(built, 'main.js'));
    const stamp = JSON.parse(readFileSync(join(built, 'inputs.json'), 'utf8')) as { builtAt: number; inputs: string[] };
    expect(stamp.inputs).toEqual(
      expect.arrayContaining([
        'bin/cli-bundle.js',
        'src-main/cli/main.ts',
        'src-main/features/students/import/sheet-worker.ts',
        'src-main/features/documents/batch/render-worker.ts',
      ]),
    );

    const copy = tempDir();
    for (const name of ['main.js', 'sheet-worker.js', 'render-worker.js'])
      copyFileSync(join(built, name), join(copy, name));
    const withStamp = (s: object) => writeFileSync(join(copy, 'inputs.json'), JSON.stringify(s));
    withStamp(stamp);
    expect(isFresh(copy)).toBe(true);
    withStamp({ ...stamp, builtAt: 0 }); // every source is newer than this
    expect(isFresh(copy)).toBe(false);
    withStamp({ ...stamp, inputs: [...stamp.inputs, 'src-main/gone.ts'] }); // an input was deleted
    expect(isFresh(copy)).toBe(false);
  });

  it('runs from the TypeScript sources when asked to, with the same answer', () => {
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'registrator.js'), 'version'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
    const fromSource = run({ REGISTRATOR_CLI_FROM_SOURCE: '1' });
    const bundled = run({});
    expect(fromSource.status).toBe(0);
    expect(fromSource.stdout).toBe(bundled.stdout);
    expect(bundled.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
  }, 60_000);
});

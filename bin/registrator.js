#!/usr/bin/env node
// Runs the CLI from the sources with no build step to remember: `npx registrator …` works right after
// `npm ci`. The sources are bundled on first use and the bundle reused until a source changes (see
// cli-bundle.js); where that cannot be done, tsx runs the TypeScript directly.
import { pathToFileURL } from 'node:url';
import { bundledCli } from './cli-bundle.js';

const bundle = await bundledCli();
let main;
if (bundle) ({ main } = await import(pathToFileURL(bundle).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src-main/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));

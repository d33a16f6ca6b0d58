#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources (tsx), so `npx registrator …` works right
// after `npm ci` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

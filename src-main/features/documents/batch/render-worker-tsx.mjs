// The render worker from the sources (tsx, vitest): a worker thread does not inherit the parent's loader, so it
// registers tsx itself before loading the TypeScript entry. Builds start render-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./render-worker.ts');

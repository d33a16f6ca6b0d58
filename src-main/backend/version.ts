import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The app version from package.json (the single source of truth for releases). */
export const APP_VERSION: string = (require('../../package.json') as { version: string }).version;

import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Registrator';

/**
 * The user data folder, the same one Electron's `app.getPath('userData')` gives the desktop app,
 * so the CLI and the desktop app find the same database. `REGISTRATOR_DATA_DIR` overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REGISTRATOR_DATA_DIR) return env.REGISTRATOR_DATA_DIR;
  const os = platform();
  if (os === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME, 'data');
  if (os === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME, 'data');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME, 'data');
}

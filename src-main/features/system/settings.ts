import { eq } from 'drizzle-orm';
import type { Db } from '../../db/store';
import type { Writer } from '../../commands/writer';
import { appMeta } from './schema';

export interface Settings {
  backupKeep: number;
  sessionIdleMinutes: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Generic-provider URL for electron-updater; empty = updates off. */
  updateUrl: string;
}

export const DEFAULT_SETTINGS: Settings = {
  backupKeep: 14,
  sessionIdleMinutes: 60,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  updateUrl: '',
};

const PREFIX = 'settings.';

export function readSettings(db: Db): Settings {
  const rows = db.select().from(appMeta).all();
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!row.key.startsWith(PREFIX)) continue;
    const key = row.key.slice(PREFIX.length) as keyof Settings;
    if (!(key in DEFAULT_SETTINGS)) continue;
    const def = DEFAULT_SETTINGS[key];
    (out as unknown as Record<string, unknown>)[key] = typeof def === 'number' ? Number(row.value) : row.value;
  }
  return out;
}

export function writeSettings(w: Writer, patch: Partial<Settings>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    w.setMeta(`${PREFIX}${key}`, String(value));
  }
}

export function readMeta(db: Db, key: string): string | null {
  return db.select().from(appMeta).where(eq(appMeta.key, key)).get()?.value ?? null;
}

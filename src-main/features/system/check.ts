import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckReport } from '../../../src-shared/contract/system';
import type { Sqlite } from '../../db/connection';
import { verifyAuditChain } from '../../commands/audit-chain';

const ANCHOR_FILE = 'audit-anchor.json';

/**
 * The latest audit hash, kept outside the database: if someone deletes the newest entries
 * (which the triggers cannot stop for a person with the file), the anchor no longer matches.
 */
export function writeAuditAnchor(dataDir: string, db: Sqlite): void {
  const head = db.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as
    { seq: number; hash: string } | undefined;
  if (head) writeFileSync(join(dataDir, ANCHOR_FILE), JSON.stringify(head));
}

export function readAuditAnchor(dataDir: string): { seq: number; hash: string } | null {
  const file = join(dataDir, ANCHOR_FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { seq: number; hash: string };
  } catch {
    return null;
  }
}

/** `PRAGMA integrity_check` and the whole audit chain; `ok` only when both are clean. */
export function checkDatabase(db: Sqlite, dataDir: string | null): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((r) => r !== 'ok');
  const audit = verifyAuditChain(db, dataDir ? readAuditAnchor(dataDir) : null);
  return { ok: integrity.length === 0 && audit.ok, integrity, audit };
}

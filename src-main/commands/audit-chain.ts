import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/connection';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRowForHash {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_login: string;
  actor_kind: string;
  command: string;
  input: string;
  changes: string;
  prev_hash: string;
}

/** The entry's hash covers every recorded field and the previous hash, so any edit or gap shows. */
export function hashAuditEntry(row: AuditRowForHash): string {
  const body = canonicalJson({
    seq: row.seq,
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorLogin: row.actor_login,
    actorKind: row.actor_kind,
    command: row.command,
    input: row.input,
    changes: row.changes,
  });
  return createHash('sha256').update(row.prev_hash).update('\n').update(body).digest('hex');
}

export interface ChainReport {
  entries: number;
  ok: boolean;
  firstBreakSeq: number | null;
  problem: string | null;
  headHash: string | null;
}

/** Walks the whole chain in order; reports the first entry where it breaks and why. */
export function verifyAuditChain(db: Sqlite, anchor?: { seq: number; hash: string } | null): ChainReport {
  const rows = db
    .prepare(
      'select seq, id, at, actor_id, actor_login, actor_kind, command, input, changes, prev_hash, hash from audit_log order by seq',
    )
    .iterate() as IterableIterator<AuditRowForHash & { hash: string }>;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  let anchorSeen = false;
  const fail = (seq: number, problem: string): ChainReport => ({
    entries,
    ok: false,
    firstBreakSeq: seq,
    problem,
    headHash: null,
  });
  for (const row of rows) {
    entries++;
    if (row.seq !== expectedSeq) {
      return fail(row.seq, `entry ${expectedSeq} is missing (next entry is ${row.seq})`);
    }
    if (row.prev_hash !== prevHash) return fail(row.seq, `entry ${row.seq} does not link to entry ${row.seq - 1}`);
    const actual = hashAuditEntry(row);
    if (actual !== row.hash)
      return fail(row.seq, `entry ${row.seq} (${row.command}) was altered: its hash does not match`);
    if (anchor && row.seq === anchor.seq) {
      anchorSeen = true;
      if (row.hash !== anchor.hash) return fail(row.seq, `entry ${row.seq} differs from the anchored hash`);
    }
    prevHash = row.hash;
    expectedSeq++;
  }
  if (anchor && !anchorSeen && anchor.seq > 0) {
    return fail(
      expectedSeq,
      `the log ends at entry ${expectedSeq - 1} but entry ${anchor.seq} was anchored: entries were removed`,
    );
  }
  return { entries, ok: true, firstBreakSeq: null, problem: null, headHash: entries > 0 ? prevHash : null };
}

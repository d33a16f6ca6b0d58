import type { ACTOR_KINDS } from '../../src-shared/contract/audit';
import { uuidv7 } from '../../src-shared/domain/uuid';
import type { Clock, Store } from '../db/store';
import { GENESIS_HASH, hashAuditEntry } from './audit-chain';
import { canonicalJson } from './canonical-json';
import { auditSafe, Writer } from './writer';

export interface Actor {
  id: string | null;
  login: string;
  kind: (typeof ACTOR_KINDS)[number];
}

export const SYSTEM_ACTOR: Actor = { id: null, login: 'system', kind: 'system' };

export interface CommandResult<T> {
  value: T;
  /** Sequence number of the audit entry, or null when the command changed nothing. */
  auditSeq: number | null;
}

/**
 * THE write path. Runs `fn` in one IMMEDIATE transaction together with its audit entry
 * (hash-chained to the previous one) and its outbox entry: all of it commits, or none.
 * `fn` must be synchronous: an await inside would let other writes interleave.
 */
export function runCommand<T>(
  store: Store,
  clock: Clock,
  actor: Actor,
  command: string,
  input: unknown,
  fn: (w: Writer) => T,
): CommandResult<T> {
  const sqlite = store.writer;
  const tx = sqlite.transaction((): CommandResult<T> => {
    const nowMs = clock.now().getTime();
    const at = new Date(nowMs).toISOString();
    const writer = new Writer(store.writerDb, sqlite, at);
    const value = fn(writer);
    if (value instanceof Promise) throw new Error(`command ${command} returned a promise; commands are synchronous`);
    if (writer.changes.length === 0) return { value, auditSeq: null };

    const head = sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as
      { seq: number; hash: string } | undefined;
    const entities = [...new Set(writer.changes.map((c) => c.table))];
    // Every touched row is indexed for its history; the text column keeps a readable sample only.
    const ids = [...new Set(writer.changes.map((c) => c.id).filter((id): id is string => id !== null))];
    const row = {
      seq: (head?.seq ?? 0) + 1,
      id: uuidv7(nowMs),
      at,
      actor_id: actor.id,
      actor_login: actor.login,
      actor_kind: actor.kind,
      command,
      input: canonicalJson(auditSafe(input ?? null)),
      changes: canonicalJson(writer.changes),
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    const hash = hashAuditEntry(row);
    sqlite
      .prepare(
        `insert into audit_log (seq, id, at, actor_id, actor_login, actor_kind, command, input, changes, entities, entity_ids, prev_hash, hash)
         values (@seq, @id, @at, @actor_id, @actor_login, @actor_kind, @command, @input, @changes, @entities, @entity_ids, @prev_hash, @hash)`,
      )
      .run({ ...row, entities: ` ${entities.join(' ')} `, entity_ids: ` ${ids.slice(0, 200).join(' ')} `, hash });
    const indexEntity = sqlite.prepare('insert or ignore into audit_entity_index (entity_id, seq) values (?, ?)');
    for (const id of ids) indexEntity.run(id, row.seq);
    sqlite
      .prepare('insert into outbox (audit_id, at, command, payload) values (?, ?, ?, ?)')
      .run(row.id, at, command, canonicalJson({ command, input: JSON.parse(row.input), changes: writer.changes }));
    return { value, auditSeq: row.seq };
  });
  return tx.immediate();
}

import { createHash } from 'node:crypto';
import { eq, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AuditChange } from '../../src-shared/contract/audit';
import type { Sqlite } from '../db/connection';
import type { Db } from '../db/store';
import { appMeta } from '../features/system/schema';

type Row = Record<string, unknown>;
export type TableWithId = SQLiteTable & { id: SQLiteColumn };

const SECRET_FIELDS = new Set(['passwordHash', 'password', 'currentPassword', 'newPassword', 'privateKey', 'token']);
const MAX_AUDITED_STRING = 4096;

/** What the audit keeps of a row: secrets redacted, very long values (a logo, a photo) as a digest. */
export function auditSafe(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(auditSafe);
  if (value !== null && typeof value === 'object') {
    const out: Row = {};
    for (const [k, v] of Object.entries(value as Row)) {
      out[k] = SECRET_FIELDS.has(k) ? '«redacted»' : auditSafe(v);
    }
    return out;
  }
  if (typeof value === 'string' && value.length > MAX_AUDITED_STRING) {
    return `«sha256:${createHash('sha256').update(value).digest('hex')} (${value.length} chars)»`;
  }
  return value;
}

/**
 * The only object through which data changes. It lives inside one transaction of the command
 * runner and records the before/after image of every row it touches for the audit entry.
 */
export class Writer {
  readonly changes: AuditChange[] = [];
  private readonly bulkStatements = new Map<string, ReturnType<Sqlite['prepare']>>();

  constructor(
    /** Drizzle over the writer connection: reads here see this transaction's own changes. */
    readonly db: Db,
    readonly sqlite: Sqlite,
    /** The command's timestamp (ISO), one value for every row it writes. */
    readonly now: string,
  ) {}

  private record(table: string, id: string | null, before: Row | null, after: Row | null): void {
    this.changes.push({
      table,
      id,
      before: before ? (auditSafe(before) as Row) : null,
      after: after ? (auditSafe(after) as Row) : null,
    });
  }

  get<T extends TableWithId>(table: T, id: string): T['$inferSelect'] | undefined {
    return this.db
      .select()
      .from(table as SQLiteTable)
      .where(eq(table.id, id))
      .get() as T['$inferSelect'] | undefined;
  }

  insert<T extends TableWithId>(table: T, values: T['$inferInsert']): T['$inferSelect'] {
    const id = (values as Row).id as string;
    this.db.insert(table).values(values).run();
    const after = this.get(table, id);
    this.record(getTableName(table), id, null, after as Row);
    return after as T['$inferSelect'];
  }

  /** Updates one row by id; records nothing when no value actually changes. */
  update<T extends TableWithId>(table: T, id: string, patch: Partial<T['$inferInsert']>): T['$inferSelect'] {
    const before = this.get(table, id) as Row | undefined;
    if (!before) throw new Error(`update of missing ${getTableName(table)} row ${id}`);
    const changed = Object.entries(patch as Row).filter(([k, v]) => v !== undefined && before[k] !== v);
    if (changed.length === 0) return before as T['$inferSelect'];
    this.db
      .update(table)
      .set(Object.fromEntries(changed) as never)
      .where(eq(table.id, id))
      .run();
    const after = this.get(table, id) as Row;
    this.record(getTableName(table), id, before, after);
    return after as T['$inferSelect'];
  }

  delete<T extends TableWithId>(table: T, id: string): void {
    const before = this.get(table, id) as Row | undefined;
    if (!before) return;
    this.db.delete(table).where(eq(table.id, id)).run();
    this.record(getTableName(table), id, before, null);
  }

  /**
   * Records an event that changes no row but must be in the audit trail (an identifier reveal,
   * an override). `detail` appears as the entry's "after" image.
   */
  recordEvent(table: string, id: string, detail: Row): void {
    this.changes.push({ table, id, before: null, after: auditSafe(detail) as Row });
  }

  setMeta(key: string, value: string): void {
    const before = this.db.select().from(appMeta).where(eq(appMeta.key, key)).get();
    if (before?.value === value) return;
    this.db.insert(appMeta).values({ key, value }).onConflictDoUpdate({ target: appMeta.key, set: { value } }).run();
    this.record('app_meta', key, before ?? null, { key, value });
  }

  /**
   * Many rows through one prepared statement (drizzle's multi-row insert spends its time building
   * SQL text). The audit keeps a count and a digest of the rows instead of every row.
   */
  bulkInsert<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][]): number {
    if (rows.length === 0) return 0;
    const name = getTableName(table);
    const columns = Object.entries(getTableColumns(table)) as [string, SQLiteColumn][];
    const key = `${name}:${columns.length}`;
    let stmt = this.bulkStatements.get(key);
    if (!stmt) {
      const cols = columns.map(([, c]) => `"${c.name}"`).join(', ');
      const params = columns.map(() => '?').join(', ');
      stmt = this.sqlite.prepare(`insert into "${name}" (${cols}) values (${params})`);
      this.bulkStatements.set(key, stmt);
    }
    const props = columns.map(([prop]) => prop);
    const defaults = columns.map(([, col]) => {
      const def = col.default;
      return def === undefined ? null : typeof def === 'boolean' ? (def ? 1 : 0) : def;
    });
    const digest = createHash('sha256');
    const values = new Array<unknown>(props.length);
    for (const row of rows) {
      const r = row as Row;
      for (let c = 0; c < props.length; c++) {
        const v = r[props[c] as string];
        values[c] = v === undefined ? defaults[c] : typeof v === 'boolean' ? (v ? 1 : 0) : v;
      }
      stmt.run(values);
      // Unit/record separators cannot occur in the data, so the digest input is unambiguous enough.
      digest.update(values.join('\u001f'));
      digest.update('\u001e');
    }
    this.changes.push({
      table: name,
      id: null,
      before: null,
      after: { rowsDigest: digest.digest('hex') },
      count: rows.length,
    });
    return rows.length;
  }
}

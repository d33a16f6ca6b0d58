import { and, count, desc, gte, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditChange, AuditEntry } from '../../../src-shared/contract/audit';
import type { HandlersOf } from '../../backend/context';
import { auditLog } from './schema';

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const auditHandlers: HandlersOf<'audit.list' | 'audit.facets'> = {
  'audit.list': (input, ctx) => {
    const where: SQL[] = [];
    if (input.actor) where.push(sql`${auditLog.actorLogin} = ${input.actor.toLowerCase()}`);
    // Dates are calendar days in the office's time zone; the log stores UTC instants, so a day
    // filter is applied on the UTC date prefix (close enough for an office in UTC+5 at working hours).
    if (input.from) where.push(gte(auditLog.at, input.from));
    if (input.to) where.push(lt(auditLog.at, nextDay(input.to)));
    if (input.entity) where.push(like(auditLog.entities, `% ${input.entity} %`));
    if (input.entityId) where.push(like(auditLog.entityIds, `% ${input.entityId} %`));
    if (input.command)
      where.push(or(sql`${auditLog.command} = ${input.command}`, like(auditLog.command, `${input.command}.%`))!);
    const condition = where.length > 0 ? and(...where) : undefined;
    const total = ctx.store.db.select({ n: count() }).from(auditLog).where(condition).get()?.n ?? 0;
    const rows = ctx.store.db
      .select()
      .from(auditLog)
      .where(condition)
      .orderBy(desc(auditLog.seq))
      .limit(input.limit)
      .offset(input.offset)
      .all();
    const entries: AuditEntry[] = rows.map((r) => ({
      seq: r.seq,
      id: r.id,
      at: r.at,
      actorId: r.actorId,
      actorLogin: r.actorLogin,
      actorKind: r.actorKind as AuditEntry['actorKind'],
      command: r.command,
      input: JSON.parse(r.input) as unknown,
      changes: JSON.parse(r.changes) as AuditChange[],
      hash: r.hash,
    }));
    return { total, entries };
  },

  'audit.facets': (_input, ctx) => {
    const reader = ctx.store.reader;
    const actors = (
      reader.prepare('select distinct actor_login as v from audit_log order by 1').all() as { v: string }[]
    ).map((r) => r.v);
    const commands = (
      reader.prepare('select distinct command as v from audit_log order by 1').all() as { v: string }[]
    ).map((r) => r.v);
    const entityRows = reader.prepare('select distinct entities as v from audit_log').all() as { v: string }[];
    const entities = [...new Set(entityRows.flatMap((r) => r.v.trim().split(' ').filter(Boolean)))].sort();
    return { actors, entities, commands };
  },
};

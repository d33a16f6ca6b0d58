import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { TableWithId, Writer } from '../../commands/writer';

/** What a reference pull did with the items of one kind. */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}
export const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export function put<T extends TableWithId>(
  w: Writer,
  table: T,
  existingId: string | undefined,
  values: Partial<Omit<T['$inferInsert'], 'id'>>,
  counts: Counts,
  /** Columns written only with a real change (timestamps). */
  onChange: Record<string, unknown> = {},
): string {
  if (!existingId) {
    const id = uuidv7(Date.parse(w.now));
    w.insert(table, { id, ...values, ...onChange } as T['$inferInsert']);
    counts.created++;
    return id;
  }
  const before = w.get(table, existingId) as Record<string, unknown>;
  if (Object.entries(values).some(([k, v]) => v !== undefined && before[k] !== v)) {
    w.update(table, existingId, { ...values, ...onChange } as Partial<T['$inferInsert']>);
    counts.updated++;
  } else counts.unchanged++;
  return existingId;
}

/** Rows by HEMIS id, then (rows typed here before any pull) by a natural key, each claimed once. */
export function finder<R extends { id: string; hemisId: number | null }>(rows: R[], natural: (r: R) => string) {
  const byHemis = new Map(rows.filter((r) => r.hemisId !== null).map((r) => [r.hemisId as number, r]));
  const unlinked = new Map<string, R>();
  for (const r of rows) if (r.hemisId === null && !unlinked.has(natural(r))) unlinked.set(natural(r), r);
  return (hemisId: number, key: string): R | undefined => {
    const hit = byHemis.get(hemisId) ?? unlinked.get(key);
    unlinked.delete(key);
    return hit;
  };
}

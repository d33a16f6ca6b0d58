import type { ChannelOutput } from '../../../src-shared/contract';
import type { OrderLineInput } from '../../../src-shared/contract/orders';
import type { OrderType } from '../../../src-shared/domain/orders';
import type { Harness } from '../../../test/support/harness';

/** Helpers for the lifecycle tests: the order flow through the channels and raw looks at the tables. */

export type Detail = ChannelOutput<'orders.get'>;

export function rows(h: Harness, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  return h.backend.services.store.reader.prepare(sql).all(...params) as Record<string, unknown>[];
}

export function student(h: Harness, id: string) {
  return rows(
    h,
    `select status, course, group_id as groupId, department_id as departmentId, specialty_id as specialtyId,
            last_name_lat as lastNameLat, first_name_lat as firstNameLat, patronymic_lat as patronymicLat
       from students where id = ?`,
    id,
  )[0]!;
}

/** Everything an application may touch, as text: equal before and after means nothing was written. */
export function dump(h: Harness): string {
  return JSON.stringify(
    ['students', 'order_lines', 'student_movements', 'orders', 'order_scans', 'students_fts', 'audit_log'].map((t) =>
      rows(h, `select * from ${t} order by rowid`),
    ),
  );
}

let numbers = 0;

export async function draft(
  h: Harness,
  type: OrderType,
  lines: OrderLineInput[],
  token = h.adminToken,
  extra: Record<string, unknown> = {},
): Promise<Detail> {
  return h.ok('orders.saveDraft', { type, lines, ...extra }, token);
}

export async function approve(
  h: Harness,
  id: string,
  opts: { number?: string; orderDate?: string; token?: string } = {},
): Promise<Detail> {
  return h.ok(
    'orders.approve',
    {
      id,
      number: opts.number ?? `${++numbers}-T`,
      orderDate: opts.orderDate ?? '2026-11-28',
      signerName: 'A. Rektorov',
      signerPosition: 'Rektor',
    },
    opts.token ?? h.adminToken,
  );
}

/** Draft → approve → apply, each through its channel; returns the applied order. */
export async function applied(h: Harness, type: OrderType, lines: OrderLineInput[], number?: string) {
  const d = await draft(h, type, lines);
  await approve(h, d.id, number ? { number } : {});
  return h.ok('orders.apply', { id: d.id }, h.adminToken);
}

export async function failure(promise: Promise<{ ok: boolean; error?: unknown }>) {
  const res = await promise;
  if (res.ok) throw new Error('expected the call to fail');
  return (res as { error: { code: string; key: string; params?: unknown; details?: { issues?: unknown[] } } }).error;
}

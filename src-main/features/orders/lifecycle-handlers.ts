import type { HandlersOf } from '../../backend/context';
import { applyOrder } from './apply';
import { approveOrder, overrideLine } from './approve';
import { deleteDraft, saveDraft } from './drafts';
import { movementsOf, stateAsOf } from './history';
import { checkLines } from './lifecycle-common';
import { reverseOrder } from './lifecycle-reverse';
import { attachScan, readScan } from './lifecycle-scan';
import { listOrders, orderDetail } from './views';

export type LifecycleChannels =
  | 'orders.list'
  | 'orders.get'
  | 'orders.check'
  | 'orders.saveDraft'
  | 'orders.deleteDraft'
  | 'orders.override'
  | 'orders.approve'
  | 'orders.attachScan'
  | 'orders.scan'
  | 'orders.apply'
  | 'orders.reverse'
  | 'orders.movements'
  | 'orders.stateAsOf';

/** Draft → approved → applied, with overrides, the signed scan, revocations and the students' history. */
export const lifecycleHandlers: HandlersOf<LifecycleChannels> = {
  'orders.list': (input, ctx) => listOrders(ctx.store.reader, input),
  'orders.get': (input, ctx) => orderDetail(ctx.store.reader, input.id),
  'orders.check': (input, ctx) => {
    const db = ctx.store.reader;
    const revoked = input.orderId
      ? ((
          db.prepare('select reverses_order_id as id from orders where id = ?').get(input.orderId) as
            { id: string | null } | undefined
        )?.id ?? null)
      : null;
    const checked = checkLines(db, input.type, input.lines, input.orderId ?? null, revoked);
    return { lines: input.lines.map((l, i) => ({ studentId: l.studentId, problems: checked[i]!.problems })) };
  },
  'orders.saveDraft': (input, ctx) => {
    const id = ctx.command((w) => saveDraft(w, ctx.actor.login, input));
    return orderDetail(ctx.store.reader, id);
  },
  'orders.deleteDraft': (input, ctx) => {
    ctx.command((w) => deleteDraft(w, input.id));
    return { ok: true };
  },
  'orders.override': (input, ctx) => {
    ctx.command((w) => overrideLine(w, ctx.actor.login, input));
    return orderDetail(ctx.store.reader, input.id);
  },
  'orders.approve': (input, ctx) => {
    ctx.command((w) => approveOrder(w, ctx.actor.login, input));
    return orderDetail(ctx.store.reader, input.id);
  },
  'orders.attachScan': (input, ctx) => {
    ctx.command((w) => attachScan(w, ctx.actor.login, input));
    return orderDetail(ctx.store.reader, input.id);
  },
  'orders.scan': (input, ctx) => readScan(ctx.store.reader, input.id),
  'orders.apply': (input, ctx) => {
    ctx.command((w) => applyOrder(w, ctx.actor.login, input.id));
    return orderDetail(ctx.store.reader, input.id);
  },
  'orders.reverse': (input, ctx) => {
    const id = ctx.command((w) => reverseOrder(w, ctx.actor.login, input));
    return orderDetail(ctx.store.reader, id);
  },
  'orders.movements': (input, ctx) => movementsOf(ctx.store.reader, input.studentId),
  'orders.stateAsOf': (input, ctx) => stateAsOf(ctx.store.reader, input.studentId, input.date),
};

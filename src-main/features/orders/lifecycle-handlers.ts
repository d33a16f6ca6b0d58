import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import { deleteDraft, saveDraft } from './drafts';
import { checkLines } from './lifecycle-common';
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

const todo = (): never => {
  throw new AppError('INTERNAL', 'error.internal', 'not built yet');
};

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
  'orders.override': todo,
  'orders.approve': todo,
  'orders.attachScan': todo,
  'orders.scan': todo,
  'orders.apply': todo,
  'orders.reverse': todo,
  'orders.movements': todo,
  'orders.stateAsOf': todo,
};

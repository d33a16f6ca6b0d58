import type { HandlersOf } from '../../backend/context';
import { readClauses, saveClauses } from './clauses';
import { renderOrder } from './render';

export type TextChannels = 'orders.render' | 'orders.clauses' | 'orders.saveClauses';

export const textHandlers: HandlersOf<TextChannels> = {
  'orders.render': (input, ctx) => renderOrder(ctx.store.reader, input.id, input.lang, input.format),
  'orders.clauses': (_input, ctx) => ({ clauses: readClauses(ctx.store.reader) }),
  'orders.saveClauses': (input, ctx) => ({ clauses: ctx.command((w) => saveClauses(w, input.clauses)) }),
};

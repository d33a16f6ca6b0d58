import type { HandlersOf } from '../../backend/context';
import { listGraduates } from './graduates';
import { createGraduationOrders, graduationRun } from './graduation';
import { createPromotionOrders, promotionRun } from './promotion';
import { movementStatistics } from './statistics';
import { exportMovementStatistics } from './statistics-export';

export type BulkChannels =
  | 'orders.promotionPlan'
  | 'orders.promotionCreate'
  | 'orders.graduationPlan'
  | 'orders.graduationCreate'
  | 'orders.graduates'
  | 'orders.statistics'
  | 'orders.exportStatistics';

/** Promotion and graduation runs (dry run → draft orders), the graduate list and the movement statistics. */
export const bulkHandlers: HandlersOf<BulkChannels> = {
  'orders.promotionPlan': (input, ctx) => promotionRun(ctx.store.reader, ctx.clock, input).plan,
  'orders.promotionCreate': (input, ctx) =>
    ctx.command((w) => createPromotionOrders(w, ctx.clock, ctx.actor.login, input)),
  'orders.graduationPlan': (input, ctx) => graduationRun(ctx.store.reader, ctx.clock, input).plan,
  'orders.graduationCreate': (input, ctx) =>
    ctx.command((w) => createGraduationOrders(w, ctx.clock, ctx.actor.login, input)),
  'orders.graduates': (input, ctx) => listGraduates(ctx.store.reader, input),
  'orders.statistics': (input, ctx) => movementStatistics(ctx.store.reader, input),
  'orders.exportStatistics': (input, ctx) => exportMovementStatistics(ctx.store.reader, input),
};

import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';

export type BulkChannels =
  | 'orders.promotionPlan'
  | 'orders.promotionCreate'
  | 'orders.graduationPlan'
  | 'orders.graduationCreate'
  | 'orders.graduates'
  | 'orders.statistics'
  | 'orders.exportStatistics';

const todo = (): never => {
  throw new AppError('INTERNAL', 'error.internal', 'not built yet');
};

export const bulkHandlers: HandlersOf<BulkChannels> = {
  'orders.promotionPlan': todo,
  'orders.promotionCreate': todo,
  'orders.graduationPlan': todo,
  'orders.graduationCreate': todo,
  'orders.graduates': todo,
  'orders.statistics': todo,
  'orders.exportStatistics': todo,
};

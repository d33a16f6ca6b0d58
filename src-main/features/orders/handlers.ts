import type { HandlersOf } from '../../backend/context';
import type { ordersChannels } from '../../../src-shared/contract/orders';
import { bulkHandlers } from './bulk-handlers';
import { lifecycleHandlers } from './lifecycle-handlers';
import { textHandlers } from './text-handlers';

/** Orders and student movements (issue 6): lifecycle and history, texts and clauses, bulk runs and statistics. */
export const ordersHandlers: HandlersOf<keyof typeof ordersChannels> = {
  ...lifecycleHandlers,
  ...textHandlers,
  ...bulkHandlers,
};

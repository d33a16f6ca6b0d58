import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';

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
  'orders.list': todo,
  'orders.get': todo,
  'orders.check': todo,
  'orders.saveDraft': todo,
  'orders.deleteDraft': todo,
  'orders.override': todo,
  'orders.approve': todo,
  'orders.attachScan': todo,
  'orders.scan': todo,
  'orders.apply': todo,
  'orders.reverse': todo,
  'orders.movements': todo,
  'orders.stateAsOf': todo,
};

import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';

export type TextChannels = 'orders.render' | 'orders.clauses' | 'orders.saveClauses';

const todo = (): never => {
  throw new AppError('INTERNAL', 'error.internal', 'not built yet');
};

export const textHandlers: HandlersOf<TextChannels> = {
  'orders.render': todo,
  'orders.clauses': todo,
  'orders.saveClauses': todo,
};

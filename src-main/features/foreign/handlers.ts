import type { HandlersOf } from '../../backend/context';
import type { foreignChannels } from '../../../src-shared/contract/foreign';
import { applicationHandlers } from './applications';
import { registerHandlers } from './register';

/** Foreign applicants: applications, documents checklist, admission and registration (issue 7). */
export const foreignHandlers: HandlersOf<keyof typeof foreignChannels> = {
  ...applicationHandlers,
  ...registerHandlers,
};

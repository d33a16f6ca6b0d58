import type { HandlersOf } from '../../backend/context';
import type { foreignChannels } from '../../../src-shared/contract/foreign';

/** Foreign applicants: applications, documents checklist, admission and registration (issue 7). */
export const foreignHandlers: HandlersOf<keyof typeof foreignChannels> = {};

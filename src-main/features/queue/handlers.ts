import type { HandlersOf } from '../../backend/context';
import type { queueChannels } from '../../../src-shared/contract/queue';

/** The counter queue: services, windows, tickets, the hall display (issue 7). */
export const queueHandlers: HandlersOf<keyof typeof queueChannels> = {};

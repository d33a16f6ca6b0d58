import type { HandlersOf } from '../../backend/context';
import type { requestsChannels } from '../../../src-shared/contract/requests';

/** Requests (arizalar): types, intake, workflow, deadlines in working days, holiday calendar (issue 7). */
export const requestsHandlers: HandlersOf<keyof typeof requestsChannels> = {};

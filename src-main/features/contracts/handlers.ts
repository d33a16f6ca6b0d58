import type { HandlersOf } from '../../backend/context';
import type { contractsChannels } from '../../../src-shared/contract/contracts';

/** Payment and re-study contracts, payment schedules, bank statement imports, balances (issue 7). */
export const contractsHandlers: HandlersOf<keyof typeof contractsChannels> = {};

import type { HandlersOf } from '../../backend/context';
import type { feesChannels } from '../../../src-shared/contract/fees';

/** Tariff tables by academic year and the contract and re-study calculators (issue 7). */
export const feesHandlers: HandlersOf<keyof typeof feesChannels> = {};

import type { ChannelInput } from '../../../src-shared/contract';
import type { contractsChannels } from '../../../src-shared/contract/contracts';

/** One valid input per contracts channel (see ../sample-inputs.ts). */
export const contractsSamples: { [C in keyof typeof contractsChannels]: ChannelInput<C> } = {};

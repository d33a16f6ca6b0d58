import type { ChannelInput } from '../../../src-shared/contract';
import type { requestsChannels } from '../../../src-shared/contract/requests';

/** One valid input per requests channel (see ../sample-inputs.ts). */
export const requestsSamples: { [C in keyof typeof requestsChannels]: ChannelInput<C> } = {};

import type { ChannelInput } from '../../../src-shared/contract';
import type { queueChannels } from '../../../src-shared/contract/queue';

/** One valid input per queue channel (see ../sample-inputs.ts). */
export const queueSamples: { [C in keyof typeof queueChannels]: ChannelInput<C> } = {};

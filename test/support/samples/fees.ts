import type { ChannelInput } from '../../../src-shared/contract';
import type { feesChannels } from '../../../src-shared/contract/fees';

/** One valid input per fees channel (see ../sample-inputs.ts). */
export const feesSamples: { [C in keyof typeof feesChannels]: ChannelInput<C> } = {};

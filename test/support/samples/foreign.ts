import type { ChannelInput } from '../../../src-shared/contract';
import type { foreignChannels } from '../../../src-shared/contract/foreign';

/** One valid input per foreign channel (see ../sample-inputs.ts). */
export const foreignSamples: { [C in keyof typeof foreignChannels]: ChannelInput<C> } = {};

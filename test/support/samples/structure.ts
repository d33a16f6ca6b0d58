import type { ChannelInput } from '../../../src-shared/contract';
import type { structureChannels } from '../../../src-shared/contract/structure';

/** One valid input per structure channel (see ../sample-inputs.ts). */
export const structureSamples: { [C in keyof typeof structureChannels]: ChannelInput<C> } = {};

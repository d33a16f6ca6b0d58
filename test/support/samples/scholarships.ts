import type { ChannelInput } from '../../../src-shared/contract';
import type { scholarshipsChannels } from '../../../src-shared/contract/scholarships';

/** One valid input per scholarships channel (see ../sample-inputs.ts). */
export const scholarshipsSamples: { [C in keyof typeof scholarshipsChannels]: ChannelInput<C> } = {};

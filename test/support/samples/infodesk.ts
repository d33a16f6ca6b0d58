import type { ChannelInput } from '../../../src-shared/contract';
import type { infodeskChannels } from '../../../src-shared/contract/infodesk';

/** One valid input per infodesk channel (see ../sample-inputs.ts). */
export const infodeskSamples: { [C in keyof typeof infodeskChannels]: ChannelInput<C> } = {};

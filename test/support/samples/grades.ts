import type { ChannelInput } from '../../../src-shared/contract';
import type { gradesChannels } from '../../../src-shared/contract/grades';

/** One valid input per grades channel (see ../sample-inputs.ts). */
export const gradesSamples: { [C in keyof typeof gradesChannels]: ChannelInput<C> } = {};

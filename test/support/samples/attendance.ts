import type { ChannelInput } from '../../../src-shared/contract';
import type { attendanceChannels } from '../../../src-shared/contract/attendance';

/** One valid input per attendance channel (see ../sample-inputs.ts). */
export const attendanceSamples: { [C in keyof typeof attendanceChannels]: ChannelInput<C> } = {};

import type { attendanceChannels } from '../../../src-shared/contract/attendance';
import type { HandlersOf } from '../../backend/context';

export const attendanceHandlers: HandlersOf<keyof typeof attendanceChannels> = {};

import type { gradesChannels } from '../../../src-shared/contract/grades';
import type { HandlersOf } from '../../backend/context';

export const gradesHandlers: HandlersOf<keyof typeof gradesChannels> = {};

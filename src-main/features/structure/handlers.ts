import type { structureChannels } from '../../../src-shared/contract/structure';
import type { HandlersOf } from '../../backend/context';

export const structureHandlers: HandlersOf<keyof typeof structureChannels> = {};

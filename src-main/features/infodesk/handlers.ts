import type { HandlersOf } from '../../backend/context';
import type { infodeskChannels } from '../../../src-shared/contract/infodesk';

/** The info desk knowledge base: articles, search, handouts (issue 7). */
export const infodeskHandlers: HandlersOf<keyof typeof infodeskChannels> = {};

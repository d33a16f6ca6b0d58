import type { HandlersOf } from '../../backend/context';
import type { scholarshipsChannels } from '../../../src-shared/contract/scholarships';

/** Scholarship lists from grades and rules, and the scholarship order (issue 7). */
export const scholarshipsHandlers: HandlersOf<keyof typeof scholarshipsChannels> = {};

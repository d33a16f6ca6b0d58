import type { ChannelInput } from '../../../src-shared/contract';
import type { queueChannels } from '../../../src-shared/contract/queue';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per queue channel (see ../sample-inputs.ts). */
export const queueSamples: { [C in keyof typeof queueChannels]: ChannelInput<C> } = {
  'queue.settings': {},
  'queue.saveService': { prefix: 'Z', names: { 'uz-Latn': 'Sinov xizmati' } },
  'queue.saveWindow': { label: '9' },
  'queue.takeWindow': { windowId: NOBODY },
  'queue.issue': { serviceId: NOBODY },
  'queue.slip': { id: NOBODY, lang: 'uz-Latn' },
  'queue.desk': {},
  'queue.callNext': { windowId: NOBODY },
  'queue.recall': { id: NOBODY },
  'queue.startServing': { id: NOBODY },
  'queue.finish': { id: NOBODY },
  'queue.noShow': { id: NOBODY },
  'queue.cancel': { id: NOBODY },
  'queue.board': {},
  'queue.stats': { day: '2026-11-28' },
  'queue.exportStats': { day: '2026-11-28', lang: 'en' },
};

import type { ChannelInput } from '../../../src-shared/contract';
import type { documentBatchChannels } from '../../../src-shared/contract/document-batches';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per batch channel (see ../sample-inputs.ts). */
export const documentBatchSamples: { [C in keyof typeof documentBatchChannels]: ChannelInput<C> } = {
  'documents.batchStart': { type: 'enrolment', lang: 'uz-Latn', format: 'pdf', groupId: NOBODY },
  'documents.batchList': {},
  'documents.batchGet': { batchId: NOBODY },
  'documents.batchDownload': { batchId: NOBODY },
  'documents.batchResume': { batchId: NOBODY },
};

import type { ChannelInput } from '../../../src-shared/contract';
import type { foreignChannels } from '../../../src-shared/contract/foreign';

const NOBODY = '01900000-0000-7000-8000-000000000000';
const draft = {
  lastName: 'KHASANOV',
  firstName: 'Farrukh',
  passportNumber: '401234567',
  country: 'TJ',
  specialtyId: NOBODY,
};

/** One valid input per foreign channel (see ../sample-inputs.ts). */
export const foreignSamples: { [C in keyof typeof foreignChannels]: ChannelInput<C> } = {
  'foreign.list': {},
  'foreign.get': { id: NOBODY },
  'foreign.create': draft,
  'foreign.update': { id: NOBODY, ...draft },
  'foreign.setChecklistItem': { id: NOBODY, item: 'passport', received: true },
  'foreign.attachFile': {
    id: NOBODY,
    item: 'passport',
    fileName: 'passport.pdf',
    mimeType: 'application/pdf',
    data: 'JVBERi0=',
  },
  'foreign.removeFile': { fileId: NOBODY },
  'foreign.file': { fileId: NOBODY },
  'foreign.transition': { id: NOBODY, action: 'submit' },
  'foreign.groups': { id: NOBODY },
  'foreign.register': { id: NOBODY, groupId: NOBODY },
};

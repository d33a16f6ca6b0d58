import type { ChannelInput } from '../../../src-shared/contract';
import type { infodeskChannels } from '../../../src-shared/contract/infodesk';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per infodesk channel (see ../sample-inputs.ts). */
export const infodeskSamples: { [C in keyof typeof infodeskChannels]: ChannelInput<C> } = {
  'infodesk.search': { query: 'kutubxona' },
  'infodesk.get': { id: NOBODY },
  'infodesk.save': {
    category: 'services',
    title: 'Axborot-resurs markazi ish vaqti',
    body: "Dushanba–shanba, 9:00–18:00.\n\n- O'quv zali\n- Elektron kutubxona",
    contacts: 'Bosh bino, 1-qavat',
    url: 'https://namuna.example.uz/kutubxona',
    tags: ['kutubxona'],
  },
  'infodesk.setPublished': { id: NOBODY, published: false },
  'infodesk.handout': { ids: [NOBODY], format: 'docx' },
};

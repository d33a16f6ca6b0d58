import type { ChannelInput } from '../../../src-shared/contract';
import type { documentTemplateChannels } from '../../../src-shared/contract/document-templates';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per template channel (see ../sample-inputs.ts). */
export const documentTemplateSamples: { [C in keyof typeof documentTemplateChannels]: ChannelInput<C> } = {
  'templates.list': {},
  // Not a zip: refused as "not a .docx" by whoever may upload, so the matrix writes nothing.
  'templates.upload': { type: 'enrolment', name: 'Namuna', fileName: 'namuna.docx', data: 'UEsDBA==' },
  'templates.preview': { id: NOBODY, studentId: NOBODY },
  'templates.activate': { id: NOBODY },
  'templates.retire': { id: NOBODY },
  'templates.download': { id: NOBODY },
  'templates.fields': {},
};

import type { ChannelInput } from '../../../src-shared/contract';
import type { documentsChannels } from '../../../src-shared/contract/documents';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per documents channel (see ../sample-inputs.ts). */
export const documentsSamples: { [C in keyof typeof documentsChannels]: ChannelInput<C> } = {
  'documents.preview': { type: 'enrolment', studentId: NOBODY, lang: 'uz-Latn' },
  'documents.issue': {
    type: 'summons',
    studentId: NOBODY,
    lang: 'uz-Latn',
    params: { sessionFrom: '2027-01-10', sessionTo: '2027-02-08', sessionKind: 'exam', employer: 'Fargʻonaazot AJ' },
  },
  'documents.get': { id: NOBODY },
  'documents.render': { id: NOBODY, format: 'html' },
  'documents.list': {},
  'documents.void': { id: NOBODY, reason: 'xato chiqarilgan' },
  'documents.verify': { payload: 'RG1.AA.AA' },
  'documents.keys': {},
  'documents.verificationPage': {},
  'documents.registerFormats': {},
  'documents.setRegisterFormat': { type: 'enrolment', format: '{seq}/{yyyy}' },
  'documents.holdRules': {},
  'documents.setHoldRules': { rules: [{ id: 'notStudying', types: ['enrolment'] }] },
  'documents.exportRegister': { year: 2026 },
};

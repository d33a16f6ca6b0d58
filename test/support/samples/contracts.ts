import type { ChannelInput } from '../../../src-shared/contract';
import type { contractsChannels } from '../../../src-shared/contract/contracts';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per contracts channel (see ../sample-inputs.ts). */
export const contractsSamples: { [C in keyof typeof contractsChannels]: ChannelInput<C> } = {
  'contracts.calculate': { studentId: NOBODY, kind: 'twoParty' },
  'contracts.debtSubjects': { studentId: NOBODY },
  'contracts.draw': { studentId: NOBODY, kind: 'restudy', subjects: [{ name: 'Matematika', credits: 6 }] },
  'contracts.cancel': { id: NOBODY, reason: 'Talaba arizasi' },
  'contracts.list': { debt: true },
  'contracts.get': { id: NOBODY },
  'contracts.studentBalance': { studentId: NOBODY },
  'contracts.debtors': { course: 2 },
  // A statement that is not a workbook: refused with a clean error.
  'contracts.importPayments': { fileName: 'statement.xlsx', data: 'UEsDBA==' },
  'contracts.bankDetails': {},
  'contracts.saveBankDetails': { lines: ['H/r: 20208000900123456001', 'MFO: 00873'] },
  'contracts.imports': {},
};

import type { ChannelInput } from '../../../src-shared/contract';
import type { feesChannels } from '../../../src-shared/contract/fees';

const MISSING = '01900000-0000-7000-8000-000000000000';

/** One valid input per fees channel (see ../sample-inputs.ts). */
export const feesSamples: { [C in keyof typeof feesChannels]: ChannelInput<C> } = {
  'fees.tariffs': { educationYear: '2026-2027' },
  'fees.tariff': { id: MISSING },
  'fees.createDraft': { educationYear: '2026-2027', copy: true },
  'fees.saveDraft': {
    id: MISSING,
    mode: 'sum',
    bhm: null,
    monthlyStipend: 598_000,
    contractTypeCoefficients: { 11: 1 },
    discounts: [],
    rows: [
      {
        specialtyCode: '60410100',
        educationForm: '11',
        price: 12_000_000,
        foreignPrice: null,
        specialtyCoefficient: null,
        increasedCoefficient: null,
        creditPrice: null,
      },
    ],
  },
  'fees.publish': { id: MISSING },
  'fees.deleteDraft': { id: MISSING },
  'fees.importRows': { id: MISSING, fileName: 'tariff.xlsx', data: 'UEsDBA==' },
  'fees.studentFacts': { id: MISSING },
  'fees.calculateContract': { facts: { specialtyCode: '60410100', educationForm: '11' } },
  'fees.restudyDebts': { id: MISSING },
  'fees.calculateRestudy': { studentId: MISSING },
};

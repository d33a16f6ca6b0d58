import type { ChannelInput } from '../../../src-shared/contract';
import type { ordersChannels } from '../../../src-shared/contract/orders';

const NOBODY = '01900000-0000-7000-8000-000000000000';
const line = { studentId: NOBODY, effectiveDate: '2026-09-01' };

/** One valid input per orders channel (see ../sample-inputs.ts). */
export const ordersSamples: { [C in keyof typeof ordersChannels]: ChannelInput<C> } = {
  'orders.list': {},
  'orders.get': { id: NOBODY },
  'orders.check': { type: 'academicLeave', lines: [line] },
  'orders.saveDraft': { type: 'academicLeave', lines: [line] },
  'orders.deleteDraft': { id: NOBODY },
  'orders.override': { id: NOBODY, studentId: NOBODY, reason: 'Rektor qarori' },
  'orders.approve': {
    id: NOBODY,
    number: '1-T',
    orderDate: '2026-09-01',
    signerName: 'A. Rektor',
    signerPosition: 'Rektor',
  },
  'orders.attachScan': { id: NOBODY, fileName: 'order.pdf', mimeType: 'application/pdf', data: 'JVBERi0=' },
  'orders.scan': { id: NOBODY },
  'orders.apply': { id: NOBODY },
  'orders.reverse': { id: NOBODY, studentIds: [NOBODY], effectiveDate: '2026-09-01' },
  'orders.render': { id: NOBODY, lang: 'uz-Latn', format: 'html' },
  'orders.clauses': {},
  'orders.saveClauses': { clauses: [] },
  'orders.movements': { studentId: NOBODY },
  'orders.stateAsOf': { studentId: NOBODY, date: '2026-09-01' },
  'orders.promotionPlan': { course: 1 },
  'orders.promotionCreate': { course: 1, effectiveDate: '2026-09-01', token: 'stale' },
  'orders.graduationPlan': {},
  'orders.graduationCreate': { effectiveDate: '2026-06-30', token: 'stale' },
  'orders.graduates': {},
  'orders.statistics': { from: '2026-01-01', to: '2026-12-31' },
  'orders.exportStatistics': { from: '2026-01-01', to: '2026-12-31', lang: 'uz-Latn' },
};

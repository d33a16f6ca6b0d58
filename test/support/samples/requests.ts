import type { ChannelInput } from '../../../src-shared/contract';
import type { requestsChannels } from '../../../src-shared/contract/requests';

const NOBODY = '01900000-0000-7000-8000-000000000000';
const names = { 'uz-Latn': 'Maʼlumotnoma', 'uz-Cyrl': 'Маълумотнома', ru: 'Справка', en: 'Certificate' };

/** One valid input per requests channel (see ../sample-inputs.ts). */
export const requestsSamples: { [C in keyof typeof requestsChannels]: ChannelInput<C> } = {
  'requests.types': {},
  'requests.saveType': { id: NOBODY, names, deadlineDays: 3 },
  'requests.restoreTypes': {},
  'requests.calendar': {},
  'requests.saveCalendar': {
    calendar: { holidays: [{ date: '2026-01-01', name: { uz: 'Yangi yil' } }], workdays: [], weekendDays: [0, 6] },
  },
  'requests.assignees': {},
  'requests.create': { typeId: NOBODY, studentId: NOBODY },
  'requests.list': {},
  'requests.export': { lang: 'uz-Latn' },
  'requests.get': { id: NOBODY },
  'requests.transition': { id: NOBODY, to: 'inProgress' },
  'requests.assign': { id: NOBODY, assigneeId: null },
  'requests.addNote': { id: NOBODY, text: 'Qoʻngʻiroq qilindi' },
  'requests.attach': { id: NOBODY, fileName: 'ariza.pdf', mimeType: 'application/pdf', data: 'JVBERi0xLjQK' },
  'requests.attachment': { id: NOBODY },
  'requests.linkTargets': { id: NOBODY },
  'requests.link': { id: NOBODY, kind: 'order', targetId: NOBODY },
};

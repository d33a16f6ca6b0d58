import type { ChannelInput } from '../../../src-shared/contract';
import type { gradesChannels } from '../../../src-shared/contract/grades';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per grades channel (see ../sample-inputs.ts). */
export const gradesSamples: { [C in keyof typeof gradesChannels]: ChannelInput<C> } = {
  'grades.transcript': { studentId: NOBODY },
  'grades.history': { studentId: NOBODY, subjectId: NOBODY, semester: '11' },
  'grades.record': {
    curriculumSubjectId: NOBODY,
    educationYear: '2025',
    entries: [{ studentId: NOBODY, value: { score: 75 } }],
  },
  'grades.correct': { recordId: NOBODY, value: { score: 80 }, reason: 'apellyatsiya qarori' },
  'grades.sheet': {},
  'grades.filters': {},
  'grades.debtors': {},
  'grades.ranking': {},
  'grades.gpaDiff': {},
  'grades.import': {
    fileName: 'baholar.csv',
    data: Buffer.from('Talaba ID;Fan kodi;Ball\n364241100001;FAN-1;75\n').toString('base64'),
  },
  'grades.importResult': { jobId: 'no-such-job' },
  'grades.pull': {},
};

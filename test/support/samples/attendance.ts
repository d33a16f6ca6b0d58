import type { ChannelInput } from '../../../src-shared/contract';
import type { attendanceChannels } from '../../../src-shared/contract/attendance';

const NOBODY = '01900000-0000-7000-8000-000000000000';

/** One valid input per attendance channel (see ../sample-inputs.ts). */
export const attendanceSamples: { [C in keyof typeof attendanceChannels]: ChannelInput<C> } = {
  'attendance.thresholds': {},
  'attendance.updateThresholds': {
    warning: 12,
    reprimand: 36,
    expulsion: 74,
    barredPercent: 25,
    barredCountsExcused: false,
  },
  'attendance.filters': {},
  'attendance.dailyReport': { date: '2026-11-27' },
  'attendance.alerts': {},
  'attendance.groupSubjects': { groupId: NOBODY },
  'attendance.subjectMonitoring': { groupId: NOBODY, subjectId: NOBODY, semester: '13', educationYear: '2026' },
  'attendance.studentSummary': { studentId: NOBODY },
  'attendance.record': {
    studentId: NOBODY,
    subjectId: NOBODY,
    lessonDate: '2026-11-27',
    lessonPair: '1',
    hoursExcused: 0,
    hoursUnexcused: 2,
    reason: 'tekshiruv',
  },
  'attendance.import': {
    kind: 'attendance',
    fileName: 'davomat.csv',
    data: Buffer.from('Talaba ID;Fan;Sana;Sababsiz\n1;Fizika;2026-11-27;2\n').toString('base64'),
    dryRun: true,
  },
  'attendance.importResult': { jobId: 'no-such-job' },
  'attendance.pull': { from: '2026-11-01', to: '2026-11-27' },
  'attendance.timetable': { groupId: NOBODY },
  'attendance.next': { studentId: NOBODY },
  'attendance.studentExams': { studentId: NOBODY },
};

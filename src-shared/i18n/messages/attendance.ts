import { defineMessages } from '../define';

/** Attendance with threshold alerts, the daily report, timetables and exams (issue 4). */
export const attendanceMessages = defineMessages({
  'uz-Latn': {},
  'uz-Cyrl': {},
  ru: {},
  en: {},
});

/** Attendance with threshold alerts, the daily report, timetables and exams (issue 4). */
export const attendanceChannels = {} as const;

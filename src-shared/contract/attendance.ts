import { z } from 'zod';
import { ATTENDANCE_LEVELS, MAX_HOURS_PER_LESSON } from '../domain/attendance';
import { isIsoDate } from '../domain/attendance-timetable';
import { idSchema } from './common';
import { channel } from './define';
import { MANAGERS, type Role } from './roles';
import { STUDENT_READERS } from './students';

/** Everyone who opens a student card sees attendance and the timetable; the front desk answers "where is my class". */
export const ATTENDANCE_READERS: readonly Role[] = STUDENT_READERS;
/** The back office keeps the journal: corrections, imports, HEMIS pulls. */
export const ATTENDANCE_EDITORS: readonly Role[] = ['admin', 'head', 'back_office'];

const isoDate = z.string().refine(isIsoDate, 'validation.invalidDate');
const semesterCode = z.string().regex(/^(1[1-9]|2[0-2])$/, 'validation.invalidValue');
const yearCode = z.string().regex(/^\d{4}$/, 'validation.invalidValue');
const jobId = z.object({ jobId: z.string().min(1).max(64) }).strict();
const named = z.object({ id: z.string(), name: z.string() });

export const attendanceLevelSchema = z.enum(ATTENDANCE_LEVELS);
/** What a list shows per student: a border of unexcused hours, or barred by the 25 % rule. */
export const ALERT_KINDS = ['warning', 'reprimand', 'expulsion', 'barred'] as const;

export const thresholdsSchema = z.object({
  warning: z.number().min(1).max(1000),
  reprimand: z.number().min(1).max(1000),
  expulsion: z.number().min(1).max(1000),
  barredPercent: z.number().min(1).max(100),
  barredCountsExcused: z.boolean(),
});

const studentRef = z.object({
  id: idSchema,
  name: z.string(),
  studentIdNumber: z.string().nullable(),
  group: z.string().nullable(),
  faculty: z.string().nullable(),
  course: z.number().int().nullable(),
});

export const subjectAbsenceSchema = z.object({
  subjectId: z.string(),
  subject: z.string(),
  excused: z.number(),
  unexcused: z.number(),
  auditoriumHours: z.number().nullable(),
  percent: z.number().nullable(),
  barred: z.boolean(),
});

export const lessonSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  group: z.string(),
  subject: z.string(),
  trainingType: z.string(),
  lessonDate: z.string(),
  lessonPair: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  auditorium: z.string(),
  building: z.string(),
  lecturer: z.string(),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const examSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  group: z.string(),
  subject: z.string(),
  semester: z.string(),
  examType: z.string(),
  finalExamType: z.string(),
  examDate: z.string(),
  startTime: z.string(),
  auditorium: z.string(),
  lecturer: z.string(),
});
export type Exam = z.infer<typeof examSchema>;

export const nextSchema = z.object({
  lesson: lessonSchema.extend({ inProgress: z.boolean() }).nullable(),
  exam: examSchema.extend({ inProgress: z.boolean() }).nullable(),
});
export type NextClassAndExam = z.infer<typeof nextSchema>;

/** A student or a group: the counter asks for either. */
const whoInput = z
  .object({ studentId: idSchema.optional(), groupId: idSchema.optional() })
  .strict()
  .refine((v) => (v.studentId === undefined) !== (v.groupId === undefined), {
    message: 'validation.attendanceStudentOrGroup',
    path: ['studentId'],
  });

const alertFilters = z
  .object({
    educationYear: yearCode.optional(),
    semester: semesterCode.optional(),
    facultyId: idSchema.optional(),
    course: z.number().int().min(1).max(7).optional(),
    groupId: idSchema.optional(),
    kind: z.enum(ALERT_KINDS).optional(),
  })
  .strict();

export const alertRowSchema = studentRef.extend({
  educationYear: z.string(),
  semester: z.string(),
  excused: z.number(),
  unexcused: z.number(),
  level: attendanceLevelSchema,
  barredSubjects: z.array(z.string()),
});
export type AlertRow = z.infer<typeof alertRowSchema>;

export const dailyRowSchema = studentRef.extend({
  facultyId: z.string().nullable(),
  groupId: z.string().nullable(),
  excused: z.number(),
  unexcused: z.number(),
  subjects: z.array(z.string()),
  /** Unexcused hours of the semester up to that day, and the level they reach. */
  semesterUnexcused: z.number(),
  level: attendanceLevelSchema,
});
export type DailyRow = z.infer<typeof dailyRowSchema>;

export const IMPORT_KINDS = ['attendance', 'timetable', 'exams'] as const;

export const attendanceImportResultSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejectedCount: z.number().int(),
  /** The first rejected rows (the whole list is in the export); each problem names its column. */
  rejected: z.array(
    z.object({
      row: z.number().int(),
      issues: z.array(
        z.object({
          column: z.string(),
          key: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
          message: z.string(),
        }),
      ),
    }),
  ),
});
export type AttendanceImportResult = z.infer<typeof attendanceImportResultSchema>;

export const attendanceChannels = {
  'attendance.thresholds': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z.object({}).strict(),
    output: thresholdsSchema,
  }),
  /** The office's borders (DOMAIN §2.4); changing them changes every list and card at once. */
  'attendance.updateThresholds': channel({
    kind: 'command',
    access: MANAGERS,
    input: thresholdsSchema.strict(),
    output: thresholdsSchema,
  }),
  /** Faculties, groups, years and semesters that have attendance or timetable data: the pages' filters. */
  'attendance.filters': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z.object({}).strict(),
    output: z.object({
      faculties: z.array(named),
      groups: z.array(named.extend({ facultyId: z.string(), course: z.number().int() })),
      educationYears: z.array(z.string()),
      semesters: z.array(z.string()),
    }),
  }),
  /** Who was absent on a day, by faculty and group, with the hours and the semester level reached. */
  'attendance.dailyReport': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z.object({ date: isoDate, facultyId: idSchema.optional(), groupId: idSchema.optional() }).strict(),
    output: z.object({
      date: z.string(),
      rows: z.array(dailyRowSchema),
      totals: z.object({ students: z.number().int(), excused: z.number(), unexcused: z.number() }),
    }),
  }),
  /** Students at each threshold (and barred from a final control), per semester. */
  'attendance.alerts': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: alertFilters,
    output: z.object({
      educationYear: z.string().nullable(),
      rows: z.array(alertRowSchema),
      counts: z.record(z.enum(ALERT_KINDS), z.number().int()),
    }),
  }),
  /** A group's subjects with attendance data (for the monitoring page's subject list). */
  'attendance.groupSubjects': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z.object({ groupId: idSchema }).strict(),
    output: z.array(named.extend({ semester: z.string(), educationYear: z.string() })),
  }),
  /** One group × subject: every student's excused and unexcused hours and the share of the subject missed. */
  'attendance.subjectMonitoring': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z
      .object({ groupId: idSchema, subjectId: idSchema, semester: semesterCode, educationYear: yearCode })
      .strict(),
    output: z.object({
      auditoriumHours: z.number().nullable(),
      lessons: z.number().int(),
      rows: z.array(studentRef.extend(subjectAbsenceSchema.omit({ subjectId: true, subject: true }).shape)),
    }),
  }),
  /** The card: hours per subject and semester, the level reached, the next class and exam. */
  'attendance.studentSummary': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z.object({ studentId: idSchema }).strict(),
    output: z.object({
      hasData: z.boolean(),
      semesters: z.array(
        z.object({
          educationYear: z.string(),
          semester: z.string(),
          excused: z.number(),
          unexcused: z.number(),
          level: attendanceLevelSchema,
          barred: z.boolean(),
          subjects: z.array(subjectAbsenceSchema),
        }),
      ),
      next: nextSchema,
    }),
  }),
  /** Enters or corrects one absence (hours 0 + 0 removes it); audited with the reason. */
  'attendance.record': channel({
    kind: 'command',
    access: ATTENDANCE_EDITORS,
    input: z
      .object({
        studentId: idSchema,
        subjectId: idSchema,
        lessonDate: isoDate,
        lessonPair: z
          .string()
          .trim()
          .regex(/^\d{1,2}$/, 'validation.invalidValue'),
        trainingType: z
          .string()
          .regex(/^1[1-7]$/, 'validation.invalidValue')
          .default('11'),
        hoursExcused: z.number().min(0).max(MAX_HOURS_PER_LESSON),
        hoursUnexcused: z.number().min(0).max(MAX_HOURS_PER_LESSON),
        semester: semesterCode.optional(),
        educationYear: yearCode.optional(),
        reason: z.string().trim().min(3).max(300),
      })
      .strict(),
    output: z.object({ id: z.string().nullable(), action: z.enum(['created', 'updated', 'removed', 'unchanged']) }),
  }),
  /** Excel/CSV import of absences, the timetable or exams, as a job (dry run by default). */
  'attendance.import': channel({
    kind: 'query',
    access: ATTENDANCE_EDITORS,
    input: z
      .object({
        kind: z.enum(IMPORT_KINDS),
        fileName: z.string().trim().min(1).max(255),
        data: z.string().min(1).max(80_000_000),
        dryRun: z.boolean().default(true),
      })
      .strict(),
    output: z.object({ jobId: z.string() }),
  }),
  'attendance.importResult': channel({
    kind: 'query',
    access: ATTENDANCE_EDITORS,
    input: jobId,
    output: attendanceImportResultSchema,
  }),
  /** Pulls HEMIS `attendance-list`, `schedule-list`, `exam-list` as a job (progress, cancel, safe to repeat). */
  'attendance.pull': channel({
    kind: 'query',
    access: ATTENDANCE_EDITORS,
    input: z
      .object({ from: isoDate.optional(), to: isoDate.optional() })
      .strict()
      .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'validation.attendanceDateRange', path: ['to'] }),
    output: z.object({ jobId: z.string() }),
  }),
  /** A group's or a student's week: lessons and control events, and what comes next. */
  'attendance.timetable': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z
      .object({ studentId: idSchema.optional(), groupId: idSchema.optional(), date: isoDate.optional() })
      .strict()
      .refine((v) => (v.studentId === undefined) !== (v.groupId === undefined), {
        message: 'validation.attendanceStudentOrGroup',
        path: ['studentId'],
      }),
    output: z.object({
      group: named.nullable(),
      weekStart: z.string(),
      weekEnd: z.string(),
      lessons: z.array(lessonSchema),
      exams: z.array(examSchema),
      next: nextSchema,
    }),
  }),
  /** The counter question: "when and where is my next class / exam?" */
  'attendance.next': channel({ kind: 'query', access: ATTENDANCE_READERS, input: whoInput, output: nextSchema }),
  /** A student's control events of the current year, for printing. */
  'attendance.studentExams': channel({
    kind: 'query',
    access: ATTENDANCE_READERS,
    input: z.object({ studentId: idSchema }).strict(),
    output: z.object({ student: studentRef, exams: z.array(examSchema) }),
  }),
} as const;

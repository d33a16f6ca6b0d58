import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { subjects } from '../academic/schema';
import { groups, students } from '../registry/schema';

/**
 * Attendance and timetables (issue 4; DOMAIN §1.4 `attendance-list`, `schedule-list`, `exam-list`;
 * §2.4 thresholds). Mirrored data: HEMIS ids unique so a re-pull updates instead of duplicating.
 */

/** Absences per student × lesson: `absent_on` excused hours, `absent_off` unexcused hours. */
export const attendance = sqliteTable(
  'attendance',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    groupId: text('group_id').references(() => groups.id),
    semester: text('semester').notNull(),
    educationYear: text('education_year').notNull(),
    /** `h_training_type` code. */
    trainingType: text('training_type').notNull().default('11'),
    lessonDate: text('lesson_date').notNull(),
    /** `lessonPair.code` (1st, 2nd … pair of the day). */
    lessonPair: text('lesson_pair').notNull().default(''),
    hoursExcused: real('hours_excused').notNull().default(0),
    hoursUnexcused: real('hours_unexcused').notNull().default(0),
    lecturer: text('lecturer').notNull().default(''),
    source: text('source').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('attendance_lesson').on(t.studentId, t.subjectId, t.lessonDate, t.lessonPair),
    index('attendance_student').on(t.studentId, t.semester),
    index('attendance_date').on(t.lessonDate, t.groupId),
    // Covers the semester sums behind the alerts list and the 25 % rule without reading the table.
    index('attendance_semester').on(
      t.educationYear,
      t.semester,
      t.studentId,
      t.subjectId,
      t.hoursExcused,
      t.hoursUnexcused,
    ),
  ],
);

/** Timetable lessons (HEMIS `schedule-list`). */
export const scheduleLessons = sqliteTable(
  'schedule_lessons',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    semester: text('semester').notNull().default(''),
    educationYear: text('education_year').notNull().default(''),
    trainingType: text('training_type').notNull().default('11'),
    lessonDate: text('lesson_date').notNull(),
    lessonPair: text('lesson_pair').notNull().default(''),
    startTime: text('start_time').notNull().default(''),
    endTime: text('end_time').notNull().default(''),
    auditorium: text('auditorium').notNull().default(''),
    building: text('building').notNull().default(''),
    lecturer: text('lecturer').notNull().default(''),
    source: text('source').notNull(),
  },
  (t) => [index('schedule_lessons_group').on(t.groupId, t.lessonDate, t.startTime)],
);

/** Control events: current/midterm/final (`h_exam_type`) and re-sits (`h_final_exam_type` 11/12/13). */
export const exams = sqliteTable(
  'exams',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    groupId: text('group_id')
      .notNull()
      .references(() => groups.id),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    semester: text('semester').notNull().default(''),
    educationYear: text('education_year').notNull().default(''),
    examType: text('exam_type').notNull().default('13'),
    finalExamType: text('final_exam_type').notNull().default('11'),
    examDate: text('exam_date').notNull(),
    startTime: text('start_time').notNull().default(''),
    auditorium: text('auditorium').notNull().default(''),
    lecturer: text('lecturer').notNull().default(''),
    source: text('source').notNull(),
  },
  (t) => [index('exams_group').on(t.groupId, t.examDate)],
);

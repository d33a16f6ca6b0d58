import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { departments, groups, specialties, students } from '../registry/schema';

/**
 * The academic structure and records (issue 4; DOMAIN §1.3–1.5, §2, §7). Codes are HEMIS classifier
 * codes as text; HEMIS ids are separate columns so rows created here and rows mirrored from HEMIS
 * live side by side.
 */

/** Academic years by HEMIS `educationYear.code` (`'2025'` = 2025–2026). */
export const educationYears = sqliteTable('education_years', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  current: integer('current', { mode: 'boolean' }).notNull().default(false),
});

/**
 * An institution's own borders of a marking system (DOMAIN §2.1: editable per OTM, never
 * hard-coded). A code without a row uses HEMIS's defaults (`DEFAULT_MARKING_SYSTEMS`).
 */
export const markingSystems = sqliteTable('marking_systems', {
  code: text('code').primaryKey(),
  name: text('name').notNull().default(''),
  minimumLimit: real('minimum_limit'),
  gpaLimit: real('gpa_limit').notNull().default(2.4),
  /** `GradeBorder[]` JSON, highest grade first. */
  borders: text('borders').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Staff from HEMIS `employee-list` (tutors, deans, lecturers) or typed in. */
export const employees = sqliteTable(
  'employees',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    employeeIdNumber: text('employee_id_number'),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic').notNull().default(''),
    departmentId: text('department_id').references(() => departments.id),
    position: text('position').notNull().default(''),
    /** `teacher` | `employee` (HEMIS `employee-list` type). */
    kind: text('kind').notNull().default('teacher'),
    phone: text('phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('employees_department').on(t.departmentId)],
);

/** The subject catalogue (HEMIS `subject{id,name,code}`); curricula place subjects in semesters. */
export const subjects = sqliteTable(
  'subjects',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    code: text('code').notNull().default(''),
    nameUzLatn: text('name_uz_latn').notNull(),
    nameUzCyrl: text('name_uz_cyrl').notNull().default(''),
    nameRu: text('name_ru').notNull().default(''),
    nameEn: text('name_en').notNull().default(''),
  },
  (t) => [index('subjects_code').on(t.code)],
);

/** A curriculum (o'quv reja): specialty × admission year × form × type, with its marking system. */
export const curricula = sqliteTable(
  'curricula',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    name: text('name').notNull(),
    specialtyId: text('specialty_id')
      .notNull()
      .references(() => specialties.id),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    educationYear: text('education_year').notNull(),
    educationType: text('education_type').notNull(),
    educationForm: text('education_form').notNull(),
    markingSystem: text('marking_system').notNull().default('13'),
    semesterCount: integer('semester_count').notNull(),
    /** Years of study (HEMIS `education_period`). */
    educationPeriod: integer('education_period'),
    /** The OTM's GPA pass line for promotion, 2.4–3.0 (NIZOM-824 cl. 42). */
    gpaLimit: real('gpa_limit').notNull().default(2.4),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('curricula_specialty').on(t.specialtyId)],
);

/** A curriculum's semesters (HEMIS `semester-list`): codes 11…22, the academic year and dates. */
export const curriculumSemesters = sqliteTable(
  'curriculum_semesters',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    curriculumId: text('curriculum_id')
      .notNull()
      .references(() => curricula.id),
    code: text('code').notNull(),
    educationYear: text('education_year').notNull(),
    /** `level` code (course 1…6 as HEMIS `h_course` 11…16). */
    level: text('level').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    current: integer('current', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('curriculum_semesters_code').on(t.curriculumId, t.code)],
);

/** A subject in a curriculum semester (HEMIS `curriculum-subject-list`). */
export const curriculumSubjects = sqliteTable(
  'curriculum_subjects',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    curriculumId: text('curriculum_id')
      .notNull()
      .references(() => curricula.id),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    semester: text('semester').notNull(),
    credit: real('credit').notNull(),
    totalHours: integer('total_hours').notNull().default(0),
    /** Hours by `h_training_type` code, JSON `{ "11": 30, "13": 30, "17": 60 }`. */
    hours: text('hours').notNull().default('{}'),
    /** `h_exam_finish`: 11 exam, 12 credit test. */
    examFinish: text('exam_finish').notNull().default('11'),
    /** `h_rating_grade`: 11 subject, 12 course work, 14 internship, 16 final … (which count in the GPA). */
    ratingGrade: text('rating_grade').notNull().default('11'),
    /** `h_subject_type`: 11 required, 12 elective. */
    subjectType: text('subject_type').notNull().default('11'),
    /** The chair (kafedra) that teaches it. */
    departmentId: text('department_id').references(() => departments.id),
    position: integer('position').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    uniqueIndex('curriculum_subjects_place').on(t.curriculumId, t.semester, t.subjectId),
    index('curriculum_subjects_subject').on(t.subjectId),
  ],
);

/**
 * Which students study which curriculum subject in which year; `restudy` marks a debtor's
 * re-study subject group (qayta o'qish), which may fall in a later year than the first attempt.
 */
export const studentSubjects = sqliteTable(
  'student_subjects',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    curriculumSubjectId: text('curriculum_subject_id')
      .notNull()
      .references(() => curriculumSubjects.id),
    educationYear: text('education_year').notNull(),
    restudy: integer('restudy', { mode: 'boolean' }).notNull().default(false),
    /** Name of the re-study subject group, or the group the student studied it with. */
    subjectGroup: text('subject_group').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('student_subjects_key').on(t.studentId, t.curriculumSubjectId, t.educationYear),
    index('student_subjects_subject').on(t.curriculumSubjectId),
  ],
);

/**
 * Final results per student × subject × semester (HEMIS `academic-record-list`). Append-only: a
 * correction is a new entry naming the one it `replaces`, with a reason; a re-sit (2nd/3rd record
 * sheet) is a new entry with a higher `attempt`. `isCurrent` marks the entry that counts; only that
 * flag of an older entry ever changes, never its values.
 */
export const academicRecords = sqliteTable(
  'academic_records',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    curriculumSubjectId: text('curriculum_subject_id').references(() => curriculumSubjects.id),
    semester: text('semester').notNull(),
    educationYear: text('education_year').notNull(),
    credit: real('credit').notNull(),
    /** Score on the marking system's scale (100-point, or the 5-point average); null when only a grade is known. */
    totalPoint: real('total_point'),
    /** 5-point grade 2…5; null = did not sit (kelmadi). */
    grade: integer('grade'),
    /** Copied from the curriculum subject when recorded: which entries the GPA counts. */
    ratingGrade: text('rating_grade').notNull().default('11'),
    markingSystem: text('marking_system').notNull().default('13'),
    /** Record sheet (qaydnoma) 1, 2 or 3 (`h_final_exam_type` 11/12/13). */
    attempt: integer('attempt').notNull().default(1),
    restudy: integer('restudy', { mode: 'boolean' }).notNull().default(false),
    lecturer: text('lecturer').notNull().default(''),
    examDate: text('exam_date'),
    replacesId: text('replaces_id'),
    reason: text('reason').notNull().default(''),
    /** `manual` | `hemis` | `excel`. */
    source: text('source').notNull(),
    hemisId: integer('hemis_id'),
    isCurrent: integer('is_current', { mode: 'boolean' }).notNull().default(true),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('academic_records_student').on(t.studentId, t.semester),
    // Covers the GPA aggregate of a faculty or of everyone without touching the table.
    index('academic_records_gpa').on(
      t.isCurrent,
      t.studentId,
      t.educationYear,
      t.ratingGrade,
      t.credit,
      t.grade,
      t.markingSystem,
    ),
    index('academic_records_subject').on(t.subjectId, t.semester),
    index('academic_records_hemis').on(t.hemisId),
  ],
);

/**
 * Running GPA sums per student × academic year × marking system over the current, counted entries
 * (rating grades 11/12/14/16, credit > 0; a missing grade counts as 2). Kept by triggers on
 * `academic_records` (migration 0007) in the same statement as the entry, so it can never drift:
 * the GPA of a faculty or of all students reads these few rows per student instead of every entry.
 * `grade2`/`grade3` count the entries graded 2 (or not sat) and 3, enough to count debts for any
 * pass line the marking systems allow.
 */
export const gpaTotals = sqliteTable(
  'gpa_totals',
  {
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    educationYear: text('education_year').notNull(),
    markingSystem: text('marking_system').notNull(),
    weighted: real('weighted').notNull().default(0),
    credits: real('credits').notNull().default(0),
    subjects: integer('subjects').notNull().default(0),
    grade2: integer('grade2').notNull().default(0),
    grade3: integer('grade3').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.educationYear, t.markingSystem] })],
);

/**
 * Marks per control (HEMIS `student-performance-list`): the points of one student × subject × semester
 * in one control type (`h_exam_type`: 11 JN, 12 ON, 13 YN, 14 overall, 15/16 1st/2nd JN, 17/18 1st/2nd ON)
 * on one record sheet (`h_final_exam_type` 11/12/13: the sitting and the re-sits). A mirror, not the
 * result of record: the final result stays in `academic_records`; these say how it was made up.
 */
export const controlMarks = sqliteTable(
  'control_marks',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    subjectId: text('subject_id')
      .notNull()
      .references(() => subjects.id),
    semester: text('semester').notNull(),
    educationYear: text('education_year').notNull(),
    examType: text('exam_type').notNull(),
    finalExamType: text('final_exam_type').notNull().default('11'),
    points: real('points').notNull(),
    maxPoints: real('max_points'),
    /** ISO date, Tashkent calendar day. */
    examDate: text('exam_date'),
    lecturer: text('lecturer').notNull().default(''),
    /** `hemis` | `excel` | `manual`. */
    source: text('source').notNull(),
    hemisId: integer('hemis_id').unique(),
    /** When the mark last changed: HEMIS's own `updated_at` for pulled marks when it sends one. */
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('control_marks_student').on(t.studentId, t.semester)],
);

/** HEMIS `student-gpa-list` values as pulled, to report where the local GPA differs. */
export const hemisStudentGpa = sqliteTable(
  'hemis_student_gpa',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    educationYear: text('education_year').notNull(),
    level: text('level').notNull().default(''),
    gpa: real('gpa'),
    creditSum: real('credit_sum'),
    debtSubjects: integer('debt_subjects'),
    canTransfer: integer('can_transfer', { mode: 'boolean' }),
    /** `one_year` | `all_year`. */
    method: text('method').notNull(),
    pulledAt: text('pulled_at').notNull(),
  },
  (t) => [uniqueIndex('hemis_student_gpa_key').on(t.studentId, t.educationYear, t.method)],
);

/**
 * A change of placement made in the back office (group change, re-study group, …) that an order
 * later formalises (issue 6 links `orderId`). `before`/`after` hold the placement columns, JSON.
 */
export const studentMovements = sqliteTable(
  'student_movements',
  {
    id: text('id').primaryKey(),
    studentId: text('student_id')
      .notNull()
      .references(() => students.id),
    /** `group_change` | … (issue 6 adds the order types). */
    kind: text('kind').notNull(),
    fromGroupId: text('from_group_id').references(() => groups.id),
    toGroupId: text('to_group_id').references(() => groups.id),
    before: text('before').notNull().default('{}'),
    after: text('after').notNull().default('{}'),
    effectiveDate: text('effective_date').notNull(),
    reason: text('reason').notNull().default(''),
    orderId: text('order_id'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('student_movements_student').on(t.studentId, t.effectiveDate)],
);

import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { curricula, employees } from '../academic/schema';

/**
 * The structure and student tables (DOMAIN §7). Classifier values are HEMIS codes stored as
 * text (`'11'`), the stable keys; names are translated in the UI. HEMIS ids are separate columns.
 */
export const departments = sqliteTable('departments', {
  id: text('id').primaryKey(),
  hemisId: integer('hemis_id').unique(),
  code: text('code').notNull(),
  nameUzLatn: text('name_uz_latn').notNull(),
  nameUzCyrl: text('name_uz_cyrl').notNull().default(''),
  nameRu: text('name_ru').notNull().default(''),
  nameEn: text('name_en').notNull().default(''),
  structureType: text('structure_type').notNull(),
  parentId: text('parent_id'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
});

export const specialties = sqliteTable('specialties', {
  id: text('id').primaryKey(),
  hemisId: integer('hemis_id').unique(),
  code: text('code').notNull(),
  nameUzLatn: text('name_uz_latn').notNull(),
  nameUzCyrl: text('name_uz_cyrl').notNull().default(''),
  nameRu: text('name_ru').notNull().default(''),
  nameEn: text('name_en').notNull().default(''),
  departmentId: text('department_id')
    .notNull()
    .references(() => departments.id),
  educationType: text('education_type').notNull(),
});

export const groups = sqliteTable(
  'groups',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    name: text('name').notNull(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    specialtyId: text('specialty_id')
      .notNull()
      .references(() => specialties.id),
    educationLang: text('education_lang').notNull(),
    educationForm: text('education_form').notNull(),
    course: integer('course').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** The curriculum the group studies (issue 4); null until one is set or pulled. */
    curriculumId: text('curriculum_id').references((): AnySQLiteColumn => curricula.id),
    /** The group's tutor (murabbiy), an employee. */
    tutorId: text('tutor_id').references((): AnySQLiteColumn => employees.id),
  },
  (t) => [index('groups_name').on(t.name), index('groups_curriculum').on(t.curriculumId)],
);

export const students = sqliteTable(
  'students',
  {
    id: text('id').primaryKey(),
    hemisId: integer('hemis_id').unique(),
    studentIdNumber: text('student_id_number').unique(),
    pinfl: text('pinfl'),
    passport: text('passport'),
    lastNameLat: text('last_name_lat').notNull(),
    firstNameLat: text('first_name_lat').notNull(),
    patronymicLat: text('patronymic_lat').notNull().default(''),
    lastNameCyr: text('last_name_cyr').notNull().default(''),
    firstNameCyr: text('first_name_cyr').notNull().default(''),
    patronymicCyr: text('patronymic_cyr').notNull().default(''),
    /** As in the passport / ID card (MRZ Latin), copied exactly: never "corrected". */
    lastNamePassport: text('last_name_passport').notNull().default(''),
    firstNamePassport: text('first_name_passport').notNull().default(''),
    birthDate: text('birth_date'),
    gender: text('gender'),
    citizenship: text('citizenship').notNull().default('11'),
    phone: text('phone'),
    email: text('email'),
    address: text('address').notNull().default(''),
    groupId: text('group_id').references(() => groups.id),
    /** Placement denormalised from the group for lists and students without a group. */
    departmentId: text('department_id').references(() => departments.id),
    specialtyId: text('specialty_id').references(() => specialties.id),
    educationLang: text('education_lang'),
    course: integer('course'),
    educationForm: text('education_form'),
    educationType: text('education_type'),
    paymentForm: text('payment_form'),
    status: text('status').notNull().default('11'),
    yearOfEnter: integer('year_of_enter'),
    /** A head accepted a PINFL whose check digit fails (legacy records; DOMAIN §6.1). */
    pinflCheckAccepted: integer('pinfl_check_accepted', { mode: 'boolean' }).notNull().default(false),
    /** Folded + phonetic name words (`nameSearchText`), mirrored into the FTS5 index `students_fts`. */
    searchText: text('search_text').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('students_pinfl').on(t.pinfl),
    index('students_passport').on(t.passport),
    index('students_phone').on(t.phone),
    index('students_group').on(t.groupId),
    index('students_department').on(t.departmentId),
  ],
);

/** Photos apart from the student row: a list query never drags images along. */
export const studentPhotos = sqliteTable('student_photos', {
  id: text('id')
    .primaryKey()
    .references(() => students.id),
  /** Data URL of the photo (JPEG/PNG, ≤ 300 KB) and a small thumbnail for result lists. */
  photo: text('photo').notNull(),
  thumb: text('thumb').notNull(),
  updatedAt: text('updated_at').notNull(),
});

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  },
  (t) => [index('groups_name').on(t.name)],
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
    birthDate: text('birth_date'),
    gender: text('gender'),
    citizenship: text('citizenship').notNull().default('11'),
    phone: text('phone'),
    groupId: text('group_id').references(() => groups.id),
    course: integer('course'),
    educationForm: text('education_form'),
    educationType: text('education_type'),
    paymentForm: text('payment_form'),
    status: text('status').notNull().default('11'),
    yearOfEnter: integer('year_of_enter'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('students_pinfl').on(t.pinfl),
    index('students_passport').on(t.passport),
    index('students_group').on(t.groupId),
  ],
);

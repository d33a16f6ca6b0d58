import { z } from 'zod';
import { channel } from './define';
import { idSchema, optionalText, text } from './common';
import type { Role } from './roles';
import {
  borderSchema,
  curriculumDetailSchema,
  curriculumSchema,
  departmentSchema,
  educationYearSchema,
  employeeSchema,
  groupSchema,
  markingSystemSchema,
  placementPlanSchema,
  placementStudentSchema,
  specialtySchema,
  structureImportResultSchema,
  subjectPlanSchema,
  subjectSchema,
} from './structure-models';
import {
  EDUCATION_FORMS,
  EDUCATION_LANGS,
  EDUCATION_TYPES,
  EMPLOYEE_KINDS,
  EXAM_FINISH,
  MARKING_SYSTEM_CODES,
  RATING_GRADES,
  STRUCTURE_TYPES,
  SUBJECT_TYPES,
  TRAINING_TYPES,
} from '../domain/structure-codes';
import { STRUCTURE_IMPORT_KINDS } from '../domain/structure-import-sheets';

/** Everyone on staff reads the structure (the counter shows groups and curricula); the viewer only looks. */
export const STRUCTURE_READERS: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive', 'viewer'];
/** The back office keeps the academic structure; heads and admins may correct it. */
export const STRUCTURE_EDITORS: readonly Role[] = ['admin', 'head', 'back_office'];

const code = z.string().trim().min(1).max(40);
const names = {
  nameUzLatn: text(300),
  nameUzCyrl: optionalText(300).default(''),
  nameRu: optionalText(300).default(''),
  nameEn: optionalText(300).default(''),
};
const semesterCodeSchema = z.string().regex(/^(1[1-9]|2[0-2])$/, 'validation.structure.semesterCode');
const yearCodeSchema = z.string().regex(/^(19|20)\d{2}$/, 'validation.structure.yearCode');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.invalidFormat');

const studentIds = z.array(idSchema).min(1).max(2000);
const placementInput = z.object({ studentIds, groupId: idSchema, token: z.string().max(100).optional() });
const moveInput = placementInput.extend({
  effectiveDate: isoDate,
  reason: z.string().trim().min(3).max(500),
});
const subjectsInput = z
  .object({
    /** A whole group, or the selected students (one of the two). */
    groupId: idSchema.optional(),
    studentIds: studentIds.optional(),
    curriculumSubjectIds: z.array(idSchema).min(1).max(200),
    educationYear: yearCodeSchema,
    restudy: z.boolean().default(false),
    subjectGroup: optionalText(100).default(''),
    token: z.string().max(100).optional(),
  })
  .refine((v) => v.groupId !== undefined || v.studentIds !== undefined, {
    path: ['studentIds'],
    message: 'validation.required',
  })
  .refine((v) => !v.restudy || v.subjectGroup !== '', {
    path: ['subjectGroup'],
    message: 'validation.required',
  });

const hoursSchema = z.partialRecord(z.enum(TRAINING_TYPES), z.number().int().min(0).max(2000));

export const subjectImportResultSchema = z.object({
  fileName: z.string(),
  dryRun: z.boolean(),
  /** True when the rows were written; a file with any bad row writes nothing. */
  written: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  newSubjects: z.number().int(),
  errors: z.array(
    z.object({
      row: z.number().int(),
      column: z.string().nullable(),
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
export type SubjectImportResult = z.infer<typeof subjectImportResultSchema>;

const edit = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  channel({ kind: 'command', access: STRUCTURE_EDITORS, input, output });
const read = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  channel({ kind: 'query', access: STRUCTURE_READERS, input, output });

/** Faculties, departments, specialties, academic years, marking systems, curricula with their subjects, groups and tutors, employees; bulk assignment of students (issue 4). */
export const structureChannels = {
  'structure.departments': read(z.object({}).strict(), z.array(departmentSchema)),
  'structure.saveDepartment': edit(
    z.object({
      id: idSchema.optional(),
      code,
      ...names,
      structureType: z.enum(STRUCTURE_TYPES),
      parentId: idSchema.nullable().default(null),
      active: z.boolean().default(true),
    }),
    departmentSchema,
  ),
  'structure.specialties': read(z.object({ departmentId: idSchema.optional() }).strict(), z.array(specialtySchema)),
  'structure.saveSpecialty': edit(
    z.object({
      id: idSchema.optional(),
      /** Kept as text: `60410100` and `5230100` both occur, leading zeros matter. */
      code: z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z.\-/]{1,20}$/, 'validation.structure.specialtyCode'),
      ...names,
      departmentId: idSchema,
      educationType: z.enum(EDUCATION_TYPES),
    }),
    specialtySchema,
  ),
  'structure.educationYears': read(z.object({}).strict(), z.array(educationYearSchema)),
  'structure.saveEducationYear': edit(
    z.object({ code: yearCodeSchema, name: optionalText(40).default(''), current: z.boolean().default(false) }),
    z.array(educationYearSchema),
  ),
  'structure.markingSystems': read(z.object({}).strict(), z.array(markingSystemSchema)),
  'structure.saveMarkingSystem': edit(
    z.object({
      code: z.enum(MARKING_SYSTEM_CODES),
      name: optionalText(200).default(''),
      minimumLimit: z.number().min(0).max(100).nullable().default(null),
      gpaLimit: z.number().min(2.4, 'validation.structure.gpaLimit').max(3, 'validation.structure.gpaLimit'),
      borders: z.array(borderSchema).max(10),
    }),
    markingSystemSchema,
  ),
  'structure.curricula': read(
    z
      .object({
        specialtyId: idSchema.optional(),
        departmentId: idSchema.optional(),
        educationYear: yearCodeSchema.optional(),
      })
      .strict(),
    z.array(curriculumSchema),
  ),
  'structure.curriculum': read(z.object({ id: idSchema }).strict(), curriculumDetailSchema),
  'structure.saveCurriculum': edit(
    z.object({
      id: idSchema.optional(),
      name: text(300),
      specialtyId: idSchema,
      educationYear: yearCodeSchema,
      educationType: z.enum(EDUCATION_TYPES),
      educationForm: z.enum(EDUCATION_FORMS),
      markingSystem: z.enum(MARKING_SYSTEM_CODES).default('13'),
      semesterCount: z.number().int().min(1).max(12),
      educationPeriod: z.number().int().min(1).max(8).nullable().default(null),
      gpaLimit: z
        .number()
        .min(2.4, 'validation.structure.gpaLimit')
        .max(3, 'validation.structure.gpaLimit')
        .default(2.4),
      active: z.boolean().default(true),
    }),
    curriculumDetailSchema,
  ),
  'structure.saveSemester': edit(
    z.object({
      curriculumId: idSchema,
      code: semesterCodeSchema,
      educationYear: yearCodeSchema,
      startDate: isoDate.nullable().default(null),
      endDate: isoDate.nullable().default(null),
      current: z.boolean().default(false),
    }),
    curriculumDetailSchema,
  ),
  'structure.saveCurriculumSubject': edit(
    z
      .object({
        id: idSchema.optional(),
        curriculumId: idSchema,
        /** A subject of the catalogue, or a new one by name (and code). */
        subjectId: idSchema.optional(),
        newSubject: z.object({ name: text(300), code: optionalText(40).default('') }).optional(),
        semester: semesterCodeSchema,
        credit: z.number().gt(0, 'validation.structure.credit').max(30, 'validation.structure.credit'),
        hours: hoursSchema.default({}),
        examFinish: z.enum(EXAM_FINISH).default('11'),
        ratingGrade: z.enum(RATING_GRADES).default('11'),
        subjectType: z.enum(SUBJECT_TYPES).default('11'),
        departmentId: idSchema.nullable().default(null),
        active: z.boolean().default(true),
      })
      .refine((v) => v.subjectId !== undefined || v.newSubject !== undefined, {
        path: ['subjectId'],
        message: 'validation.required',
      }),
    curriculumDetailSchema,
  ),
  'structure.removeCurriculumSubject': edit(z.object({ id: idSchema }).strict(), curriculumDetailSchema),
  'structure.subjects': read(
    z.object({ query: z.string().max(200).default(''), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    z.array(subjectSchema),
  ),
  'structure.saveSubject': edit(
    z.object({ id: idSchema.optional(), code: optionalText(40).default(''), ...names }),
    subjectSchema,
  ),
  'structure.groups': read(
    z
      .object({
        departmentId: idSchema.optional(),
        specialtyId: idSchema.optional(),
        curriculumId: idSchema.optional(),
        course: z.number().int().min(1).max(6).optional(),
        query: z.string().max(100).optional(),
      })
      .strict(),
    z.array(groupSchema),
  ),
  'structure.saveGroup': edit(
    z.object({
      id: idSchema.optional(),
      name: z.string().trim().min(1).max(40),
      departmentId: idSchema,
      specialtyId: idSchema,
      curriculumId: idSchema.nullable().default(null),
      educationLang: z.enum(EDUCATION_LANGS),
      educationForm: z.enum(EDUCATION_FORMS),
      course: z.number().int().min(1).max(6),
      tutorId: idSchema.nullable().default(null),
      active: z.boolean().default(true),
    }),
    groupSchema,
  ),
  /** Students to pick for a bulk action: of a group, or without a group, optionally by name. */
  'structure.students': read(
    z
      .object({
        groupId: idSchema.optional(),
        unplaced: z.boolean().default(false),
        query: z.string().max(100).default(''),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    z.array(placementStudentSchema),
  ),
  'structure.employees': read(
    z.object({ query: z.string().max(100).default(''), kind: z.enum(EMPLOYEE_KINDS).optional() }).strict(),
    z.array(employeeSchema),
  ),
  'structure.saveEmployee': edit(
    z.object({
      id: idSchema.optional(),
      lastName: text(100),
      firstName: text(100),
      patronymic: optionalText(100).default(''),
      employeeIdNumber: optionalText(40).default(''),
      departmentId: idSchema.nullable().default(null),
      position: optionalText(200).default(''),
      kind: z.enum(EMPLOYEE_KINDS).default('teacher'),
      phone: optionalText(40).default(''),
      active: z.boolean().default(true),
    }),
    employeeSchema,
  ),
  'structure.assignGroupPreview': read(placementInput, placementPlanSchema),
  'structure.assignGroup': edit(placementInput, placementPlanSchema),
  'structure.moveStudentsPreview': read(moveInput, placementPlanSchema),
  'structure.moveStudents': edit(moveInput, placementPlanSchema),
  'structure.assignSubjectsPreview': read(subjectsInput, subjectPlanSchema),
  'structure.assignSubjects': edit(subjectsInput, subjectPlanSchema),
  /** Starts the curriculum-subject import job (dry run by default); the apply is one command per file. */
  'structure.importSubjects': channel({
    kind: 'query',
    access: STRUCTURE_EDITORS,
    input: z.object({
      curriculumId: idSchema,
      fileName: z.string().trim().min(1).max(255),
      data: z.string().min(1).max(20_000_000),
      dryRun: z.boolean().default(true),
    }),
    output: z.object({ jobId: z.string() }),
  }),
  'structure.importSubjectsResult': channel({
    kind: 'query',
    access: STRUCTURE_EDITORS,
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: subjectImportResultSchema,
  }),
  /** Starts the import of departments, specialties or groups (dry run by default); one command per file. */
  'structure.importStructure': channel({
    kind: 'query',
    access: STRUCTURE_EDITORS,
    input: z.object({
      kind: z.enum(STRUCTURE_IMPORT_KINDS),
      fileName: z.string().trim().min(1).max(255),
      data: z.string().min(1).max(20_000_000),
      dryRun: z.boolean().default(true),
    }),
    output: z.object({ jobId: z.string() }),
  }),
  'structure.importStructureResult': channel({
    kind: 'query',
    access: STRUCTURE_EDITORS,
    input: z.object({ jobId: z.string().min(1).max(64) }),
    output: structureImportResultSchema,
  }),
} as const;

export * from './structure-models';

import { z } from 'zod';
import { idSchema } from './common';
import { MARKING_SYSTEM_CODES } from '../domain/structure-codes';
import { STRUCTURE_IMPORT_KINDS } from '../domain/structure-import-sheets';

/** What the structure channels answer: departments, specialties, years, marking systems, curricula, groups, staff, bulk plans. */

export const departmentSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  code: z.string(),
  nameUzLatn: z.string(),
  nameUzCyrl: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  structureType: z.string(),
  parentId: z.string().nullable(),
  active: z.boolean(),
});
export type Department = z.infer<typeof departmentSchema>;

export const specialtySchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  code: z.string(),
  nameUzLatn: z.string(),
  nameUzCyrl: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  departmentId: z.string(),
  educationType: z.string(),
});
export type Specialty = z.infer<typeof specialtySchema>;

export const educationYearSchema = z.object({ code: z.string(), name: z.string(), current: z.boolean() });

export const borderSchema = z.object({
  grade: z.union([z.literal(5), z.literal(4), z.literal(3), z.literal(2)]),
  min: z.number(),
  max: z.number(),
});
export const markingSystemSchema = z.object({
  code: z.enum(MARKING_SYSTEM_CODES),
  name: z.string(),
  minimumLimit: z.number().nullable(),
  gpaLimit: z.number(),
  borders: z.array(borderSchema),
  /** False: no row of this institution yet, HEMIS's defaults apply. */
  custom: z.boolean(),
});
export type MarkingSystemInfo = z.infer<typeof markingSystemSchema>;

export const curriculumSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  name: z.string(),
  specialtyId: z.string(),
  specialty: z.string(),
  departmentId: z.string(),
  department: z.string(),
  educationYear: z.string(),
  educationType: z.string(),
  educationForm: z.string(),
  markingSystem: z.string(),
  semesterCount: z.number().int(),
  educationPeriod: z.number().int().nullable(),
  gpaLimit: z.number(),
  active: z.boolean(),
  subjectCount: z.number().int(),
  credits: z.number(),
});
export type Curriculum = z.infer<typeof curriculumSchema>;

export const semesterSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  code: z.string(),
  educationYear: z.string(),
  level: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  current: z.boolean(),
});

export const curriculumSubjectSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  subjectId: z.string(),
  subjectCode: z.string(),
  subjectName: z.string(),
  semester: z.string(),
  credit: z.number(),
  totalHours: z.number().int(),
  hours: z.record(z.string(), z.number()),
  examFinish: z.string(),
  ratingGrade: z.string(),
  subjectType: z.string(),
  departmentId: z.string().nullable(),
  department: z.string().nullable(),
  position: z.number().int(),
  active: z.boolean(),
  /** Students assigned to it (any year): a subject with students is not removed, only deactivated. */
  students: z.number().int(),
});
export type CurriculumSubject = z.infer<typeof curriculumSubjectSchema>;

export const curriculumDetailSchema = curriculumSchema.extend({
  semesters: z.array(semesterSchema),
  subjects: z.array(curriculumSubjectSchema),
  /** Credit totals by semester code (active subjects). */
  creditsBySemester: z.record(z.string(), z.number()),
});
export type CurriculumDetail = z.infer<typeof curriculumDetailSchema>;

export const subjectSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  code: z.string(),
  nameUzLatn: z.string(),
  nameUzCyrl: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
});

export const groupSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  name: z.string(),
  departmentId: z.string(),
  department: z.string(),
  specialtyId: z.string(),
  specialty: z.string(),
  curriculumId: z.string().nullable(),
  curriculum: z.string().nullable(),
  educationLang: z.string(),
  educationForm: z.string(),
  course: z.number().int(),
  tutorId: z.string().nullable(),
  tutor: z.string().nullable(),
  active: z.boolean(),
  students: z.number().int(),
});
export type Group = z.infer<typeof groupSchema>;

export const employeeSchema = z.object({
  id: idSchema,
  hemisId: z.number().int().nullable(),
  employeeIdNumber: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string(),
  departmentId: z.string().nullable(),
  position: z.string(),
  kind: z.string(),
  phone: z.string().nullable(),
  active: z.boolean(),
});
export type Employee = z.infer<typeof employeeSchema>;

export const placementStudentSchema = z.object({
  id: idSchema,
  name: z.string(),
  studentIdNumber: z.string().nullable(),
  groupId: z.string().nullable(),
  group: z.string().nullable(),
  course: z.number().int().nullable(),
  status: z.string(),
});

const outcome = z.enum(['change', 'already', 'blocked']);
const counts = z.object({ change: z.number().int(), already: z.number().int(), blocked: z.number().int() });
export const placementPlanSchema = z.object({
  items: z.array(
    z.object({
      studentId: z.string(),
      name: z.string(),
      fromGroupId: z.string().nullable(),
      fromGroup: z.string().nullable(),
      outcome,
      reason: z.string().nullable(),
    }),
  ),
  counts,
  toGroup: z.string(),
  /** Digest of the planned changes: an apply given it refuses when the plan changed meanwhile. */
  token: z.string(),
});
export type PlacementPlan = z.infer<typeof placementPlanSchema>;

export const subjectPlanSchema = z.object({
  items: z.array(
    z.object({
      studentId: z.string(),
      name: z.string(),
      curriculumSubjectId: z.string(),
      subject: z.string(),
      semester: z.string(),
      outcome,
      reason: z.string().nullable(),
    }),
  ),
  counts,
  token: z.string(),
});
export type SubjectPlan = z.infer<typeof subjectPlanSchema>;

/** What a structure import did (or, in a dry run, would do); a file with any bad row writes nothing. */
export const structureImportResultSchema = z.object({
  kind: z.enum(STRUCTURE_IMPORT_KINDS),
  fileName: z.string(),
  dryRun: z.boolean(),
  written: z.boolean(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(
    z.object({
      row: z.number().int(),
      /** The column's header as the file has it. */
      column: z.string().nullable(),
      key: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});
export type StructureImportResult = z.infer<typeof structureImportResultSchema>;

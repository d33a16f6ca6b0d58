import { z } from 'zod';
import { idSchema, pageInput } from './common';
import { channel } from './define';
import type { Role } from './roles';
import { STUDENT_READERS } from './students';

/** Everyone who opens a card sees its grades; only the back office and managers change them. */
export const GRADE_READERS: readonly Role[] = STUDENT_READERS;
export const GRADE_EDITORS: readonly Role[] = ['admin', 'head', 'back_office'];

const names = z.object({ uzLatn: z.string(), uzCyrl: z.string(), ru: z.string(), en: z.string() });
export type SubjectNames = z.infer<typeof names>;

const educationYear = z.string().regex(/^\d{4}$/);
const semesterCode = z.string().regex(/^(1[1-9]|2[0-2])$/);

/** What a person enters for one result: a score, a 5-point grade (5-point system only), or absence. */
export const gradeValueSchema = z.union([
  // The range depends on the marking system (0–100, or 0–5): the backend checks it and names the row.
  z.object({ score: z.number().min(-1e6).max(1e6) }).strict(),
  z.object({ grade: z.number().int().min(2).max(5) }).strict(),
  z.object({ absent: z.literal(true) }).strict(),
]);

/**
 * A mark of one control (`h_exam_type`: 11 JN, 12 ON, 13 YN, 14 overall, 15–18 1st/2nd JN/ON) on a record
 * sheet (`h_final_exam_type` 11/12/13), as HEMIS `student-performance-list` gives it.
 */
export const controlMarkSchema = z.object({
  examType: z.string(),
  finalExamType: z.string(),
  points: z.number(),
  maxPoints: z.number().nullable(),
});
export type ControlMark = z.infer<typeof controlMarkSchema>;

export const recordEntrySchema = z.object({
  id: z.string(),
  subjectId: z.string(),
  subject: names,
  subjectCode: z.string(),
  curriculumSubjectId: z.string().nullable(),
  semester: z.string(),
  educationYear: z.string(),
  credit: z.number(),
  totalPoint: z.number().nullable(),
  grade: z.number().int().nullable(),
  letter: z.string().nullable(),
  debt: z.boolean(),
  earned: z.boolean(),
  ratingGrade: z.string(),
  markingSystem: z.string(),
  attempt: z.number().int(),
  restudy: z.boolean(),
  source: z.string(),
  /** Older entries exist for this subject × semester (a correction or a re-sit). */
  hasHistory: z.boolean(),
  /** How the result was made up: per control type the mark of the latest sitting, by exam type. */
  controls: z.array(controlMarkSchema),
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;

const gpaSummary = z.object({
  gpa: z.number().nullable(),
  creditSum: z.number(),
  subjects: z.number().int(),
  debtSubjects: z.number().int(),
  canTransfer: z.boolean(),
});

export const transcriptSchema = z.object({
  studentId: z.string(),
  markingSystem: z.string(),
  gpaLimit: z.number(),
  semesters: z.array(
    z.object({
      semester: z.string(),
      educationYear: z.string(),
      credits: z.number(),
      gpa: z.number().nullable(),
      rows: z.array(recordEntrySchema),
    }),
  ),
  years: z.array(gpaSummary.extend({ educationYear: z.string() })),
  overall: gpaSummary,
  creditsEarned: z.number(),
  debts: z.array(recordEntrySchema),
  debtCredits: z.number(),
  /** What re-studying the debts costs; the fee feature fills it (DOMAIN §2.5), null until then. */
  restudyPrice: z.number().nullable(),
});
export type Transcript = z.infer<typeof transcriptSchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  totalPoint: z.number().nullable(),
  grade: z.number().int().nullable(),
  credit: z.number(),
  attempt: z.number().int(),
  restudy: z.boolean(),
  source: z.string(),
  reason: z.string(),
  replacesId: z.string().nullable(),
  isCurrent: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});

const studentRow = z.object({
  studentId: z.string(),
  name: z.string(),
  nameCyr: z.string(),
  studentIdNumber: z.string().nullable(),
  group: z.string().nullable(),
  course: z.number().int().nullable(),
  faculty: z.string().nullable(),
});

const listFilter = z.object({
  departmentId: z.string().max(64).optional(),
  course: z.number().int().min(1).max(7).optional(),
  groupId: z.string().max(64).optional(),
  educationYear: educationYear.optional(),
});

const base64File = z.object({
  fileName: z.string().trim().min(1).max(255),
  data: z.string().min(1).max(80_000_000),
});

const importIssue = z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() });

export const gradesImportResultSchema = z.object({
  fileName: z.string(),
  dryRun: z.boolean(),
  rows: z.number().int(),
  added: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
  rejectedCount: z.number().int(),
  rejected: z.array(importIssue),
});
export type GradesImportResult = z.infer<typeof gradesImportResultSchema>;

export const gradesPullResultSchema = z.object({
  records: z.object({
    seen: z.number().int(),
    added: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
  }),
  gpa: z.object({ seen: z.number().int(), stored: z.number().int(), rejected: z.number().int() }),
  /** `student-performance-list`: marks per control type; `stored` counts the new and the changed ones. */
  performance: z.object({
    seen: z.number().int(),
    stored: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
  }),
  /** The first rejected items: which HEMIS ids did not match a local row. */
  rejects: z.array(z.object({ endpoint: z.string(), hemisId: z.number().nullable(), key: z.string() })),
});
export type GradesPullResult = z.infer<typeof gradesPullResultSchema>;

const sheetSubject = z.object({
  curriculumSubjectId: z.string(),
  subject: names,
  subjectCode: z.string(),
  semester: z.string(),
  credit: z.number(),
  examFinish: z.string(),
  ratingGrade: z.string(),
});

/** Academic records (append-only), transcripts, GPA, debts, debtors and rankings, HEMIS GPA comparison (issue 4). */
export const gradesChannels = {
  'grades.transcript': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: z.object({ studentId: idSchema }).strict(),
    output: transcriptSchema,
  }),
  /** Every entry of one student × subject × semester, oldest first: nothing is ever overwritten. */
  'grades.history': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: z.object({ studentId: idSchema, subjectId: z.string().max(64), semester: semesterCode }).strict(),
    output: z.array(historyEntrySchema),
  }),
  /** A record sheet: results of students for one curriculum subject, one transaction (all or none). */
  'grades.record': channel({
    kind: 'command',
    access: GRADE_EDITORS,
    input: z
      .object({
        curriculumSubjectId: z.string().min(1).max(64),
        educationYear: educationYear.optional(),
        /** Record sheet 1, 2 or 3 (`h_final_exam_type`): a higher one is a re-sit. */
        attempt: z.number().int().min(1).max(3).default(1),
        restudy: z.boolean().default(false),
        lecturer: z.string().trim().max(200).default(''),
        examDate: z.string().date().optional(),
        entries: z
          .array(z.object({ studentId: idSchema, value: gradeValueSchema }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
    output: z.object({ added: z.number().int(), unchanged: z.number().int() }),
  }),
  /** A correction: a new entry replacing the current one; the old one stays in history. */
  'grades.correct': channel({
    kind: 'command',
    access: GRADE_EDITORS,
    input: z
      .object({
        recordId: z.string().min(1).max(64),
        value: gradeValueSchema,
        reason: z.string().trim().min(3).max(500),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  }),
  /** What the grade-entry sheet needs: groups with a curriculum, the chosen group's subjects and students. */
  'grades.sheet': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: z
      .object({ groupId: z.string().max(64).optional(), curriculumSubjectId: z.string().max(64).optional() })
      .strict(),
    output: z.object({
      groups: z.array(z.object({ id: z.string(), name: z.string(), course: z.number().int() })),
      subjects: z.array(sheetSubject),
      markingSystem: z.string(),
      scoreMax: z.number(),
      educationYear: z.string().nullable(),
      students: z.array(
        studentRow.extend({
          recordId: z.string().nullable(),
          totalPoint: z.number().nullable(),
          grade: z.number().int().nullable(),
          attempt: z.number().int().nullable(),
        }),
      ),
    }),
  }),
  /** Choices for the list filters: faculties, groups (with course and faculty) and academic years with results. */
  'grades.filters': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: z.object({}).strict(),
    output: z.object({
      faculties: z.array(z.object({ id: z.string(), name: z.string() })),
      groups: z.array(z.object({ id: z.string(), name: z.string(), course: z.number().int(), facultyId: z.string() })),
      years: z.array(z.string()),
    }),
  }),
  'grades.debtors': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: listFilter.extend(pageInput.shape).strict(),
    output: z.object({
      total: z.number().int(),
      items: z.array(
        studentRow.extend({
          debts: z.number().int(),
          debtCredits: z.number(),
          subjects: z.array(z.object({ subject: names, semester: z.string(), credit: z.number() })),
        }),
      ),
    }),
  }),
  'grades.ranking': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: listFilter
      .extend({
        method: z.enum(['one_year', 'all_year']).default('all_year'),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    output: z.array(
      studentRow.extend({
        rank: z.number().int(),
        gpa: z.number(),
        creditSum: z.number(),
        debtSubjects: z.number().int(),
      }),
    ),
  }),
  /** Students whose GPA here differs from HEMIS's `student-gpa-list` value. */
  'grades.gpaDiff': channel({
    kind: 'query',
    access: GRADE_READERS,
    input: listFilter.extend({ limit: z.number().int().min(1).max(2000).default(500) }).strict(),
    output: z.array(
      studentRow.extend({
        educationYear: z.string(),
        method: z.string(),
        local: z.number().nullable(),
        hemis: z.number().nullable(),
      }),
    ),
  }),
  /** Starts the grades import job (dry run by default); whole batches are audited commands. */
  'grades.import': channel({
    kind: 'query',
    access: GRADE_EDITORS,
    input: base64File.extend({ dryRun: z.boolean().default(true) }).strict(),
    output: z.object({ jobId: z.string() }),
  }),
  'grades.importResult': channel({
    kind: 'query',
    access: GRADE_EDITORS,
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: gradesImportResultSchema,
  }),
  /** Starts the HEMIS pull of `academic-record-list`, `student-gpa-list` and `student-performance-list` as a job. */
  'grades.pull': channel({
    kind: 'query',
    access: GRADE_EDITORS,
    input: z.object({ educationYear: educationYear.optional() }).strict(),
    output: z.object({ jobId: z.string() }),
  }),
} as const;

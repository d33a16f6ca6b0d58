import { and, count, eq, max } from 'drizzle-orm';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import {
  courseOfSemester,
  levelCode,
  normalizeHours,
  semesterCode,
  semesterNumber,
} from '../../../src-shared/domain/structure-codes';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import {
  academicRecords,
  curricula,
  curriculumSemesters,
  curriculumSubjects,
  studentSubjects,
} from '../academic/schema';
import { departments, specialties } from '../registry/schema';
import { curriculumDetail, listCurricula } from './curricula-read';
import { newId, notFound, throwIssues } from './common';
import { ensureEducationYear } from './departments';
import { resolveSubject } from './subjects';

/**
 * Semesters a curriculum lacks, with the academic year each falls in (two per year from the
 * admission year) and its course; semesters past the count are dropped when nothing is in them.
 */
function syncSemesters(w: Writer, curriculumId: string, startYear: string, semesterCount: number): void {
  const existing = w.db
    .select()
    .from(curriculumSemesters)
    .where(eq(curriculumSemesters.curriculumId, curriculumId))
    .all();
  for (let n = 1; n <= semesterCount; n++) {
    const code = semesterCode(n);
    if (existing.some((s) => s.code === code)) continue;
    const year = String(Number(startYear) + Math.floor((n - 1) / 2));
    ensureEducationYear(w, year);
    w.insert(curriculumSemesters, {
      id: newId(w),
      curriculumId,
      code,
      educationYear: year,
      level: levelCode(Math.ceil(n / 2)),
    });
  }
  for (const s of existing) if ((semesterNumber(s.code) ?? 0) > semesterCount) w.delete(curriculumSemesters, s.id);
}

function requireCurriculum(w: Writer, id: string) {
  const c = w.get(curricula, id);
  if (!c) throw notFound('Curriculum');
  return c;
}

export const curriculumHandlers: HandlersOf<
  | 'structure.curricula'
  | 'structure.curriculum'
  | 'structure.saveCurriculum'
  | 'structure.saveSemester'
  | 'structure.saveCurriculumSubject'
  | 'structure.removeCurriculumSubject'
> = {
  'structure.curricula': (input, ctx) => listCurricula(ctx.store.db, input),
  'structure.curriculum': (input, ctx) => curriculumDetail(ctx.store.db, input.id),

  'structure.saveCurriculum': (input, ctx) => {
    const id = ctx.command((w) => {
      const issues: FieldIssue[] = [];
      const before = input.id ? requireCurriculum(w, input.id) : undefined;
      const specialty = w.get(specialties, input.specialtyId);
      if (!specialty) issues.push({ path: 'specialtyId', key: 'validation.structure.notFound' });
      if (before) {
        // Fewer semesters than the subjects already placed would orphan them.
        const last = w.db
          .select({ s: max(curriculumSubjects.semester) })
          .from(curriculumSubjects)
          .where(eq(curriculumSubjects.curriculumId, before.id))
          .get()?.s;
        const lastN = last ? (semesterNumber(last) ?? 0) : 0;
        if (lastN > input.semesterCount) {
          issues.push({
            path: 'semesterCount',
            key: 'validation.structure.semesterInUse',
            params: { semester: lastN },
          });
        }
      }
      throwIssues(issues);
      ensureEducationYear(w, input.educationYear);
      const values = {
        name: cleanText(input.name),
        specialtyId: input.specialtyId,
        // A curriculum belongs to its specialty's faculty.
        departmentId: specialty!.departmentId,
        educationYear: input.educationYear,
        educationType: input.educationType,
        educationForm: input.educationForm,
        markingSystem: input.markingSystem,
        semesterCount: input.semesterCount,
        educationPeriod: input.educationPeriod ?? Math.ceil(input.semesterCount / 2),
        gpaLimit: input.gpaLimit,
        active: input.active,
      };
      const row = before
        ? w.update(curricula, before.id, { ...values, updatedAt: w.now })
        : w.insert(curricula, { id: newId(w), ...values, createdAt: w.now, updatedAt: w.now });
      syncSemesters(w, row.id, row.educationYear, row.semesterCount);
      return row.id;
    });
    return curriculumDetail(ctx.store.db, id);
  },

  'structure.saveSemester': (input, ctx) => {
    ctx.command((w) => {
      const c = requireCurriculum(w, input.curriculumId);
      const n = semesterNumber(input.code) ?? 0;
      if (n > c.semesterCount) {
        throwIssues([
          { path: 'code', key: 'validation.structure.semesterOutside', params: { count: c.semesterCount } },
        ]);
      }
      if (input.startDate && input.endDate && input.endDate < input.startDate) {
        throwIssues([{ path: 'endDate', key: 'validation.structure.endBeforeStart' }]);
      }
      ensureEducationYear(w, input.educationYear);
      const all = w.db.select().from(curriculumSemesters).where(eq(curriculumSemesters.curriculumId, c.id)).all();
      // One current semester per curriculum.
      if (input.current)
        for (const s of all)
          if (s.current && s.code !== input.code) w.update(curriculumSemesters, s.id, { current: false });
      const values = {
        educationYear: input.educationYear,
        level: levelCode(courseOfSemester(input.code) ?? 1),
        startDate: input.startDate,
        endDate: input.endDate,
        current: input.current,
      };
      const existing = all.find((s) => s.code === input.code);
      if (existing) w.update(curriculumSemesters, existing.id, values);
      else w.insert(curriculumSemesters, { id: newId(w), curriculumId: c.id, code: input.code, ...values });
    });
    return curriculumDetail(ctx.store.db, input.curriculumId);
  },

  'structure.saveCurriculumSubject': (input, ctx) => {
    ctx.command((w) => {
      const c = requireCurriculum(w, input.curriculumId);
      const before = input.id ? w.get(curriculumSubjects, input.id) : undefined;
      if (input.id && (!before || before.curriculumId !== c.id)) throw notFound('Curriculum subject');
      const issues: FieldIssue[] = [];
      if ((semesterNumber(input.semester) ?? 0) > c.semesterCount) {
        issues.push({
          path: 'semester',
          key: 'validation.structure.semesterOutside',
          params: { count: c.semesterCount },
        });
      }
      if (input.departmentId && !w.get(departments, input.departmentId)) {
        issues.push({ path: 'departmentId', key: 'validation.structure.notFound' });
      }
      const subjectId = resolveSubject(w, input, issues);
      if (subjectId) {
        const clash = w.db
          .select({ id: curriculumSubjects.id })
          .from(curriculumSubjects)
          .where(
            and(
              eq(curriculumSubjects.curriculumId, c.id),
              eq(curriculumSubjects.semester, input.semester),
              eq(curriculumSubjects.subjectId, subjectId),
            ),
          )
          .get();
        if (clash && clash.id !== input.id)
          issues.push({ path: 'subjectId', key: 'validation.structure.subjectTaken' });
      }
      throwIssues(issues);
      const { hours, total } = normalizeHours(input.hours);
      const values = {
        subjectId: subjectId!,
        semester: input.semester,
        credit: input.credit,
        totalHours: total,
        hours: JSON.stringify(hours),
        examFinish: input.examFinish,
        ratingGrade: input.ratingGrade,
        subjectType: input.subjectType,
        departmentId: input.departmentId,
        active: input.active,
      };
      if (before) w.update(curriculumSubjects, before.id, values);
      else {
        const last = w.db
          .select({ p: max(curriculumSubjects.position) })
          .from(curriculumSubjects)
          .where(and(eq(curriculumSubjects.curriculumId, c.id), eq(curriculumSubjects.semester, input.semester)))
          .get()?.p;
        w.insert(curriculumSubjects, { id: newId(w), curriculumId: c.id, position: (last ?? 0) + 1, ...values });
      }
      w.update(curricula, c.id, { updatedAt: w.now });
    });
    return curriculumDetail(ctx.store.db, input.curriculumId);
  },

  'structure.removeCurriculumSubject': (input, ctx) => {
    const curriculumId = ctx.command((w) => {
      const cs = w.get(curriculumSubjects, input.id);
      if (!cs) throw notFound('Curriculum subject');
      // Students studying it or grades given in it keep it: it can only be deactivated then.
      const used =
        (w.db.select({ n: count() }).from(studentSubjects).where(eq(studentSubjects.curriculumSubjectId, cs.id)).get()
          ?.n ?? 0) +
        (w.db.select({ n: count() }).from(academicRecords).where(eq(academicRecords.curriculumSubjectId, cs.id)).get()
          ?.n ?? 0);
      if (used > 0) {
        throw new AppError('CONFLICT', 'error.structure.subjectInUse', 'The subject has students or grades', {
          params: { count: used },
        });
      }
      w.delete(curriculumSubjects, cs.id);
      w.update(curricula, cs.curriculumId, { updatedAt: w.now });
      return cs.curriculumId;
    });
    return curriculumDetail(ctx.store.db, curriculumId);
  },
};

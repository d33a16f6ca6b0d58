import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Curriculum, CurriculumDetail } from '../../../src-shared/contract/structure';
import { creditsBySemester } from '../../../src-shared/domain/structure-codes';
import type { Db } from '../../db/store';
import { curricula, curriculumSemesters, curriculumSubjects, studentSubjects, subjects } from '../academic/schema';
import { departments, specialties } from '../registry/schema';
import { notFound } from './common';

export interface CurriculumFilter {
  specialtyId?: string;
  departmentId?: string;
  educationYear?: string;
  id?: string;
}

/** Curricula with their specialty and faculty names, subject counts and credit totals. */
export function listCurricula(db: Db, f: CurriculumFilter): Curriculum[] {
  const rows = db
    .select({
      c: curricula,
      specialty: specialties.nameUzLatn,
      specialtyCode: specialties.code,
      department: departments.nameUzLatn,
    })
    .from(curricula)
    .innerJoin(specialties, eq(specialties.id, curricula.specialtyId))
    .innerJoin(departments, eq(departments.id, curricula.departmentId))
    .where(
      and(
        f.id ? eq(curricula.id, f.id) : undefined,
        f.specialtyId ? eq(curricula.specialtyId, f.specialtyId) : undefined,
        f.departmentId ? eq(curricula.departmentId, f.departmentId) : undefined,
        f.educationYear ? eq(curricula.educationYear, f.educationYear) : undefined,
      ),
    )
    .orderBy(asc(curricula.educationYear), asc(curricula.name))
    .all();
  const ids = rows.map((r) => r.c.id);
  const totals = new Map<string, { n: number; credits: number }>();
  if (ids.length > 0) {
    const subs = db
      .select({ id: curriculumSubjects.curriculumId, credit: curriculumSubjects.credit })
      .from(curriculumSubjects)
      .where(and(inArray(curriculumSubjects.curriculumId, ids), eq(curriculumSubjects.active, true)))
      .all();
    for (const s of subs) {
      const t = totals.get(s.id) ?? { n: 0, credits: 0 };
      t.n++;
      t.credits = Math.round((t.credits + s.credit) * 10) / 10;
      totals.set(s.id, t);
    }
  }
  return rows.map(({ c, specialty, specialtyCode, department }) => ({
    id: c.id,
    hemisId: c.hemisId,
    name: c.name,
    specialtyId: c.specialtyId,
    specialty: `${specialtyCode} ${specialty}`,
    departmentId: c.departmentId,
    department,
    educationYear: c.educationYear,
    educationType: c.educationType,
    educationForm: c.educationForm,
    markingSystem: c.markingSystem,
    semesterCount: c.semesterCount,
    educationPeriod: c.educationPeriod,
    gpaLimit: c.gpaLimit,
    active: c.active,
    subjectCount: totals.get(c.id)?.n ?? 0,
    credits: totals.get(c.id)?.credits ?? 0,
  }));
}

/** One curriculum with its semesters and its subjects per semester (in their order). */
export function curriculumDetail(db: Db, id: string): CurriculumDetail {
  const head = listCurricula(db, { id })[0];
  if (!head) throw notFound('Curriculum');
  const semesters = db
    .select()
    .from(curriculumSemesters)
    .where(eq(curriculumSemesters.curriculumId, id))
    .orderBy(asc(curriculumSemesters.code))
    .all();
  const rows = db
    .select({
      cs: curriculumSubjects,
      code: subjects.code,
      name: subjects.nameUzLatn,
      department: departments.nameUzLatn,
    })
    .from(curriculumSubjects)
    .innerJoin(subjects, eq(subjects.id, curriculumSubjects.subjectId))
    .leftJoin(departments, eq(departments.id, curriculumSubjects.departmentId))
    .where(eq(curriculumSubjects.curriculumId, id))
    .orderBy(asc(curriculumSubjects.semester), asc(curriculumSubjects.position), asc(subjects.nameUzLatn))
    .all();
  const used = new Map(
    db
      .select({ id: studentSubjects.curriculumSubjectId, n: count() })
      .from(studentSubjects)
      .innerJoin(curriculumSubjects, eq(curriculumSubjects.id, studentSubjects.curriculumSubjectId))
      .where(eq(curriculumSubjects.curriculumId, id))
      .groupBy(studentSubjects.curriculumSubjectId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  const list = rows.map(({ cs, code, name, department }) => ({
    id: cs.id,
    hemisId: cs.hemisId,
    subjectId: cs.subjectId,
    subjectCode: code,
    subjectName: name,
    semester: cs.semester,
    credit: cs.credit,
    totalHours: cs.totalHours,
    hours: JSON.parse(cs.hours) as Record<string, number>,
    examFinish: cs.examFinish,
    ratingGrade: cs.ratingGrade,
    subjectType: cs.subjectType,
    departmentId: cs.departmentId,
    department,
    position: cs.position,
    active: cs.active,
    students: used.get(cs.id) ?? 0,
  }));
  return { ...head, semesters, subjects: list, creditsBySemester: creditsBySemester(list) };
}

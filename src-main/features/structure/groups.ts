import { and, asc, count, eq, like } from 'drizzle-orm';
import type { Group } from '../../../src-shared/contract/structure';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import type { FieldIssue } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { curricula, employees } from '../academic/schema';
import { departments, groups, specialties, students } from '../registry/schema';
import { newId, notFound, throwIssues } from './common';

export interface GroupFilter {
  id?: string;
  departmentId?: string;
  specialtyId?: string;
  curriculumId?: string;
  course?: number;
  query?: string;
}

const groupKey = (name: string) => name.replace(/\s+/g, '').toUpperCase();

export function listGroups(db: Db, f: GroupFilter): Group[] {
  const q = f.query?.trim().replace(/[%_]/g, '');
  const rows = db
    .select({
      g: groups,
      department: departments.nameUzLatn,
      specialty: specialties.nameUzLatn,
      specialtyCode: specialties.code,
      curriculum: curricula.name,
      tutorLast: employees.lastName,
      tutorFirst: employees.firstName,
    })
    .from(groups)
    .innerJoin(departments, eq(departments.id, groups.departmentId))
    .innerJoin(specialties, eq(specialties.id, groups.specialtyId))
    .leftJoin(curricula, eq(curricula.id, groups.curriculumId))
    .leftJoin(employees, eq(employees.id, groups.tutorId))
    .where(
      and(
        f.id ? eq(groups.id, f.id) : undefined,
        f.departmentId ? eq(groups.departmentId, f.departmentId) : undefined,
        f.specialtyId ? eq(groups.specialtyId, f.specialtyId) : undefined,
        f.curriculumId ? eq(groups.curriculumId, f.curriculumId) : undefined,
        f.course ? eq(groups.course, f.course) : undefined,
        q ? like(groups.name, `%${q}%`) : undefined,
      ),
    )
    .orderBy(asc(groups.name))
    .all();
  const sizes = new Map(
    db
      .select({ id: students.groupId, n: count() })
      .from(students)
      .groupBy(students.groupId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return rows.map((r) => ({
    ...r.g,
    department: r.department,
    specialty: `${r.specialtyCode} ${r.specialty}`,
    curriculum: r.curriculum,
    tutor: r.tutorLast ? `${r.tutorLast} ${r.tutorFirst ?? ''}`.trim() : null,
    students: sizes.get(r.g.id) ?? 0,
  }));
}

/** The placement columns a student in this group carries (denormalised for lists, DOMAIN §7). */
export function placementOf(w: Writer, g: typeof groups.$inferSelect) {
  const sp = w.get(specialties, g.specialtyId);
  return {
    groupId: g.id,
    departmentId: g.departmentId,
    specialtyId: g.specialtyId,
    course: g.course,
    educationForm: g.educationForm,
    educationLang: g.educationLang,
    educationType: sp?.educationType ?? null,
  };
}

/** After a group changes, its students' placement columns follow it (search text is untouched). */
export function followGroup(w: Writer, g: typeof groups.$inferSelect): void {
  const placement = placementOf(w, g);
  const members = w.db.select().from(students).where(eq(students.groupId, g.id)).all();
  for (const s of members) {
    const stale = Object.entries(placement).some(([k, v]) => s[k as keyof typeof s] !== v);
    if (stale) w.update(students, s.id, { ...placement, updatedAt: w.now });
  }
}

export interface GroupCheck {
  id?: string | undefined;
  name: string;
  departmentId: string;
  specialtyId: string;
  curriculumId: string | null;
  course: number;
  tutorId: string | null;
}

/** What a group's values break: name taken, unknown references, a curriculum of another specialty or too short. */
export function groupIssues(
  w: Writer,
  input: GroupCheck,
  /** The groups whose name could clash; all of them unless the caller (an import of thousands) knows better. */
  rivals: readonly { id: string; name: string }[] = w.db
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .all(),
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const taken = rivals.some((g) => g.id !== input.id && groupKey(g.name) === groupKey(input.name));
  if (taken) issues.push({ path: 'name', key: 'validation.structure.groupNameTaken' });
  if (!w.get(departments, input.departmentId))
    issues.push({ path: 'departmentId', key: 'validation.structure.notFound' });
  const sp = w.get(specialties, input.specialtyId);
  if (!sp) issues.push({ path: 'specialtyId', key: 'validation.structure.notFound' });
  if (input.curriculumId) {
    const c = w.get(curricula, input.curriculumId);
    if (!c) issues.push({ path: 'curriculumId', key: 'validation.structure.notFound' });
    else if (c.specialtyId !== input.specialtyId) {
      issues.push({ path: 'curriculumId', key: 'validation.structure.curriculumSpecialty' });
    } else if (input.course * 2 - 1 > c.semesterCount) {
      issues.push({
        path: 'course',
        key: 'validation.structure.courseOutside',
        params: { count: c.semesterCount },
      });
    }
  }
  if (input.tutorId && !w.get(employees, input.tutorId))
    issues.push({ path: 'tutorId', key: 'validation.structure.notFound' });
  return issues;
}

export const groupHandlers: HandlersOf<'structure.groups' | 'structure.saveGroup'> = {
  'structure.groups': (input, ctx) => listGroups(ctx.store.db, input),

  'structure.saveGroup': (input, ctx) => {
    const id = ctx.command((w) => {
      if (input.id && !w.get(groups, input.id)) throw notFound('Group');
      const name = cleanText(input.name);
      throwIssues(groupIssues(w, { ...input, name }));
      const values = {
        name,
        departmentId: input.departmentId,
        specialtyId: input.specialtyId,
        curriculumId: input.curriculumId,
        educationLang: input.educationLang,
        educationForm: input.educationForm,
        course: input.course,
        tutorId: input.tutorId,
        active: input.active,
      };
      const row = input.id ? w.update(groups, input.id, values) : w.insert(groups, { id: newId(w), ...values });
      followGroup(w, row);
      return row.id;
    });
    return listGroups(ctx.store.db, { id })[0]!;
  },
};

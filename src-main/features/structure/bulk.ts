import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { PlacementPlan, SubjectPlan } from '../../../src-shared/contract/structure';
import {
  countOutcomes,
  planPlacement,
  planSubjects,
  subjectKey,
  type PlanStudent,
} from '../../../src-shared/domain/structure-plan';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext, HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { curriculumSubjects, studentMovements, studentSubjects, subjects } from '../academic/schema';
import { groups, students } from '../registry/schema';
import { newId, notFound, throwIssues } from './common';
import { ensureEducationYear } from './departments';
import { placementOf } from './groups';

const CHUNK = 500; // below SQLite's bound-parameter limit

function loadStudents(db: Db, ids: readonly string[]): PlanStudent[] {
  const found = new Map<string, PlanStudent>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = db
      .select({ s: students, groupName: groups.name, curriculumId: groups.curriculumId })
      .from(students)
      .leftJoin(groups, eq(groups.id, students.groupId))
      .where(inArray(students.id, ids.slice(i, i + CHUNK) as string[]))
      .all();
    for (const r of rows) {
      found.set(r.s.id, {
        id: r.s.id,
        name: [r.s.lastNameLat, r.s.firstNameLat, r.s.patronymicLat].filter(Boolean).join(' '),
        status: r.s.status,
        groupId: r.s.groupId,
        groupName: r.groupName,
        curriculumId: r.curriculumId,
      });
    }
  }
  // An id that is gone (deleted or typed wrong) stays in the plan as blocked, not silently dropped.
  return ids.map(
    (id) =>
      found.get(id) ?? { id, name: '', status: '', groupId: null, groupName: null, curriculumId: null, missing: true },
  );
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

function requireGroup(db: Db, id: string) {
  const g = db.select().from(groups).where(eq(groups.id, id)).get();
  if (!g) throw notFound('Group');
  if (!g.active) throwIssues([{ path: 'groupId', key: 'validation.structure.groupInactive' }]);
  return g;
}

function placementPlan(db: Db, input: { studentIds: string[]; groupId: string }, mode: 'assign' | 'move') {
  const g = requireGroup(db, input.groupId);
  const list = loadStudents(db, input.studentIds);
  const items = planPlacement(list, g.id, mode);
  const changes = items.filter((i) => i.outcome === 'change').map((i) => [i.studentId, i.fromGroupId]);
  const plan: PlacementPlan = {
    items,
    counts: countOutcomes(items),
    toGroup: g.name,
    token: digest([mode, g.id, changes]),
  };
  return { plan, group: g };
}

/** The plan an apply was previewed with must still hold: someone else may have moved the students. */
function checkToken(expected: string | undefined, actual: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new AppError('CONFLICT', 'error.structure.planChanged', 'The data changed since the preview; preview again');
  }
}

function applyPlacement(
  ctx: HandlerContext,
  input: ChannelParsedInput<'structure.moveStudents'> | ChannelParsedInput<'structure.assignGroup'>,
  mode: 'assign' | 'move',
): PlacementPlan {
  return ctx.command((w) => {
    const { plan, group } = placementPlan(w.db, input, mode);
    checkToken(input.token, plan.token);
    const placement = placementOf(w, group);
    for (const item of plan.items) {
      if (item.outcome !== 'change') continue;
      const before = w.get(students, item.studentId)!;
      w.update(students, item.studentId, { ...placement, updatedAt: w.now });
      if (mode === 'move' && 'effectiveDate' in input) {
        const pick = (s: Record<string, unknown>) =>
          Object.fromEntries(Object.keys(placement).map((k) => [k, s[k] ?? null]));
        w.insert(studentMovements, {
          id: newId(w),
          studentId: item.studentId,
          kind: 'group_change',
          fromGroupId: before.groupId,
          toGroupId: group.id,
          before: JSON.stringify(pick(before)),
          after: JSON.stringify(placement),
          effectiveDate: input.effectiveDate,
          reason: input.reason,
          createdBy: ctx.actor.login,
          createdAt: w.now,
        });
      }
    }
    return plan;
  });
}

type SubjectsInput = ChannelParsedInput<'structure.assignSubjects'>;

function subjectPlan(db: Db, input: SubjectsInput): SubjectPlan {
  let ids = input.studentIds ?? [];
  if (input.groupId) {
    requireGroup(db, input.groupId);
    ids = db
      .select({ id: students.id })
      .from(students)
      .where(eq(students.groupId, input.groupId))
      .all()
      .map((r) => r.id);
  }
  const rows = db
    .select({ cs: curriculumSubjects, name: subjects.nameUzLatn })
    .from(curriculumSubjects)
    .innerJoin(subjects, eq(subjects.id, curriculumSubjects.subjectId))
    .where(inArray(curriculumSubjects.id, input.curriculumSubjectIds))
    .all();
  const missing = input.curriculumSubjectIds.findIndex((id) => !rows.some((r) => r.cs.id === id));
  if (missing >= 0) throwIssues([{ path: `curriculumSubjectIds.${missing}`, key: 'validation.structure.notFound' }]);
  const list = loadStudents(db, ids);
  const existing = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of db
      .select({ s: studentSubjects.studentId, cs: studentSubjects.curriculumSubjectId })
      .from(studentSubjects)
      .where(
        and(
          inArray(studentSubjects.studentId, ids.slice(i, i + CHUNK)),
          eq(studentSubjects.educationYear, input.educationYear),
        ),
      )
      .all()) {
      existing.add(subjectKey(r.s, r.cs));
    }
  }
  const planned = planSubjects(
    list,
    rows.map((r) => ({ id: r.cs.id, name: r.name, curriculumId: r.cs.curriculumId, semester: r.cs.semester })),
    existing,
    input.restudy,
  );
  const changes = planned.filter((i) => i.outcome === 'change').map((i) => [i.studentId, i.curriculumSubjectId]);
  return {
    items: planned,
    counts: countOutcomes(planned),
    token: digest([input.educationYear, input.restudy, input.subjectGroup, changes]),
  };
}

/** Gives students curriculum subjects inside the caller's command (also registration of a foreign applicant). */
export function applySubjects(w: Writer, input: SubjectsInput): SubjectPlan {
  const plan = subjectPlan(w.db, input);
  checkToken(input.token, plan.token);
  ensureEducationYear(w, input.educationYear);
  const groupNames = new Map(
    loadStudents(w.db, [...new Set(plan.items.map((i) => i.studentId))]).map((s) => [s.id, s.groupName ?? '']),
  );
  for (const item of plan.items) {
    if (item.outcome !== 'change') continue;
    w.insert(studentSubjects, {
      id: newId(w),
      studentId: item.studentId,
      curriculumSubjectId: item.curriculumSubjectId,
      educationYear: input.educationYear,
      restudy: input.restudy,
      // A re-study group has its own name; otherwise the student studies it with their group.
      subjectGroup: input.restudy ? input.subjectGroup : input.subjectGroup || (groupNames.get(item.studentId) ?? ''),
      createdAt: w.now,
    });
  }
  return plan;
}

export const bulkHandlers: HandlersOf<
  | 'structure.assignGroupPreview'
  | 'structure.assignGroup'
  | 'structure.moveStudentsPreview'
  | 'structure.moveStudents'
  | 'structure.assignSubjectsPreview'
  | 'structure.assignSubjects'
> = {
  'structure.assignGroupPreview': (input, ctx) => placementPlan(ctx.store.db, input, 'assign').plan,
  'structure.assignGroup': (input, ctx) => applyPlacement(ctx, input, 'assign'),
  'structure.moveStudentsPreview': (input, ctx) => placementPlan(ctx.store.db, input, 'move').plan,
  'structure.moveStudents': (input, ctx) => applyPlacement(ctx, input, 'move'),
  'structure.assignSubjectsPreview': (input, ctx) => subjectPlan(ctx.store.db, input),
  'structure.assignSubjects': (input, ctx) => ctx.command((w) => applySubjects(w, input)),
};

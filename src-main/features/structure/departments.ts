import { asc, eq } from 'drizzle-orm';
import type { Department, Specialty } from '../../../src-shared/contract/structure';
import { educationYearName } from '../../../src-shared/domain/structure-codes';
import type { FieldIssue } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { educationYears } from '../academic/schema';
import { departments, specialties } from '../registry/schema';
import { newId, notFound, throwIssues, upsertByKey, uzNames } from './common';

const toDepartment = (r: typeof departments.$inferSelect): Department => ({ ...r });
const toSpecialty = (r: typeof specialties.$inferSelect): Specialty => ({ ...r });

/** Would `parentId` make `id` its own ancestor? Walks up from the parent (the tree is shallow). */
function makesCycle(db: Db, id: string, parentId: string): boolean {
  const seen = new Set<string>();
  for (let at: string | null = parentId; at !== null;) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
    at = db.select({ p: departments.parentId }).from(departments).where(eq(departments.id, at)).get()?.p ?? null;
  }
  return false;
}

/** Makes sure the academic year exists (a curriculum or assignment may name a year first). */
export function ensureEducationYear(w: Writer, code: string): void {
  const row = w.db.select().from(educationYears).where(eq(educationYears.code, code)).get();
  if (!row) upsertByKey(w, educationYears, educationYears.code, code, { code, name: educationYearName(code) });
}

export function listEducationYears(db: Db) {
  return db.select().from(educationYears).orderBy(asc(educationYears.code)).all();
}

export const departmentHandlers: HandlersOf<
  | 'structure.departments'
  | 'structure.saveDepartment'
  | 'structure.specialties'
  | 'structure.saveSpecialty'
  | 'structure.educationYears'
  | 'structure.saveEducationYear'
> = {
  'structure.departments': (_input, ctx) =>
    ctx.store.db.select().from(departments).orderBy(asc(departments.code)).all().map(toDepartment),

  'structure.saveDepartment': (input, ctx) => {
    const id = ctx.command((w) => {
      const issues: FieldIssue[] = [];
      if (input.id && !w.get(departments, input.id)) throw notFound('Department');
      const code = input.code.trim();
      const taken = w.db
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.code, code))
        .all()
        .some((d) => d.id !== input.id);
      if (taken) issues.push({ path: 'code', key: 'validation.structure.codeTaken' });
      if (input.parentId) {
        if (!w.get(departments, input.parentId))
          issues.push({ path: 'parentId', key: 'validation.structure.notFound' });
        else if (input.id && makesCycle(w.db, input.id, input.parentId)) {
          issues.push({ path: 'parentId', key: 'validation.structure.parentCycle' });
        }
      }
      throwIssues(issues);
      const values = {
        code,
        ...uzNames(input),
        structureType: input.structureType,
        parentId: input.parentId,
        active: input.active,
      };
      if (input.id) return w.update(departments, input.id, values).id;
      return w.insert(departments, { id: newId(w), ...values }).id;
    });
    return toDepartment(ctx.store.db.select().from(departments).where(eq(departments.id, id)).get()!);
  },

  'structure.specialties': (input, ctx) =>
    ctx.store.db
      .select()
      .from(specialties)
      .where(input.departmentId ? eq(specialties.departmentId, input.departmentId) : undefined)
      .orderBy(asc(specialties.code))
      .all()
      .map(toSpecialty),

  'structure.saveSpecialty': (input, ctx) => {
    const id = ctx.command((w) => {
      const issues: FieldIssue[] = [];
      if (input.id && !w.get(specialties, input.id)) throw notFound('Specialty');
      if (!w.get(departments, input.departmentId)) {
        issues.push({ path: 'departmentId', key: 'validation.structure.notFound' });
      }
      const names = uzNames(input);
      // The same code may exist for a bachelor and a master programme, never twice for one type.
      const clash = w.db
        .select()
        .from(specialties)
        .where(eq(specialties.code, input.code))
        .all()
        .find((s) => s.id !== input.id && s.educationType === input.educationType);
      if (clash) issues.push({ path: 'code', key: 'validation.structure.codeTaken' });
      throwIssues(issues);
      const values = {
        code: input.code,
        ...names,
        departmentId: input.departmentId,
        educationType: input.educationType,
      };
      if (input.id) return w.update(specialties, input.id, values).id;
      return w.insert(specialties, { id: newId(w), ...values }).id;
    });
    return toSpecialty(ctx.store.db.select().from(specialties).where(eq(specialties.id, id)).get()!);
  },

  'structure.educationYears': (_input, ctx) => listEducationYears(ctx.store.db),

  'structure.saveEducationYear': (input, ctx) => {
    ctx.command((w) => {
      // One current year: setting a year current clears the flag of the others.
      if (input.current) {
        for (const y of listEducationYears(w.db)) {
          if (y.current && y.code !== input.code) {
            upsertByKey(w, educationYears, educationYears.code, y.code, { ...y, current: false });
          }
        }
      }
      upsertByKey(w, educationYears, educationYears.code, input.code, {
        code: input.code,
        name: input.name || educationYearName(input.code),
        current: input.current,
      });
    });
    return listEducationYears(ctx.store.db);
  },
};

import { and, asc, eq, like, or } from 'drizzle-orm';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import { normalizeUzPhone } from '../../../src-shared/domain/phone';
import type { FieldIssue } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import { employees } from '../academic/schema';
import { departments } from '../registry/schema';
import { newId, notFound, throwIssues } from './common';

export const employeeHandlers: HandlersOf<'structure.employees' | 'structure.saveEmployee'> = {
  'structure.employees': (input, ctx) => {
    const q = cleanText(input.query).replace(/[%_]/g, '');
    return ctx.store.db
      .select()
      .from(employees)
      .where(
        and(
          input.kind ? eq(employees.kind, input.kind) : undefined,
          q
            ? or(
                like(employees.lastName, `${q}%`),
                like(employees.firstName, `${q}%`),
                like(employees.employeeIdNumber, `${q}%`),
              )
            : undefined,
        ),
      )
      .orderBy(asc(employees.lastName), asc(employees.firstName))
      .limit(500)
      .all();
  },

  'structure.saveEmployee': (input, ctx) => {
    const id = ctx.command((w) => {
      if (input.id && !w.get(employees, input.id)) throw notFound('Employee');
      const issues: FieldIssue[] = [];
      if (input.departmentId && !w.get(departments, input.departmentId)) {
        issues.push({ path: 'departmentId', key: 'validation.structure.notFound' });
      }
      const phone = input.phone ? normalizeUzPhone(input.phone) : null;
      if (input.phone && !phone) issues.push({ path: 'phone', key: 'validation.invalidPhone' });
      throwIssues(issues);
      // Names as the person writes them: apostrophes normalised, nothing else "corrected".
      const values = {
        lastName: cleanText(input.lastName),
        firstName: cleanText(input.firstName),
        patronymic: cleanText(input.patronymic),
        employeeIdNumber: input.employeeIdNumber || null,
        departmentId: input.departmentId,
        position: cleanText(input.position),
        kind: input.kind,
        phone,
        active: input.active,
      };
      if (input.id) return w.update(employees, input.id, values).id;
      return w.insert(employees, { id: newId(w), ...values }).id;
    });
    return ctx.store.db.select().from(employees).where(eq(employees.id, id)).get()!;
  },
};

import { and, asc, eq, isNull, like, or } from 'drizzle-orm';
import { foldName } from '../../../src-shared/domain/search-key';
import type { HandlersOf } from '../../backend/context';
import { groups, students } from '../registry/schema';

/**
 * Students to pick for a bulk action: a group's list, or the ones not placed yet. A name filter
 * matches the folded search text, so `Joʻrayev`, `Jo'rayev` and `Жўраев` find the same student.
 */
export const studentPickHandlers: HandlersOf<'structure.students'> = {
  'structure.students': (input, ctx) => {
    const q = foldName(input.query).replace(/[%_]/g, '');
    const rows = ctx.store.db
      .select({ s: students, group: groups.name })
      .from(students)
      .leftJoin(groups, eq(groups.id, students.groupId))
      .where(
        and(
          input.groupId ? eq(students.groupId, input.groupId) : undefined,
          input.unplaced ? isNull(students.groupId) : undefined,
          q ? or(like(students.searchText, `%${q}%`), like(students.studentIdNumber, `${q}%`)) : undefined,
        ),
      )
      .orderBy(asc(students.lastNameLat), asc(students.firstNameLat))
      .limit(input.limit)
      .all();
    return rows.map(({ s, group }) => ({
      id: s.id,
      name: [s.lastNameLat, s.firstNameLat, s.patronymicLat].filter(Boolean).join(' '),
      studentIdNumber: s.studentIdNumber,
      groupId: s.groupId,
      group,
      course: s.course,
      status: s.status,
    }));
  },
};

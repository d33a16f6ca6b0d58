import type { Locale } from '../../../src-shared/contract/common';
import { AppError } from '../../../src-shared/errors';
import type { HandlerContext } from '../../backend/context';
import type { Sqlite } from '../../db/connection';
import { findUserById } from '../users/repo';

/** Shared reads of the attendance feature: names in the reader's language, student placement, semesters. */

export function localeOf(ctx: HandlerContext): Locale {
  const user = ctx.session ? findUserById(ctx.store.db, ctx.session.userId) : undefined;
  return (user?.locale as Locale | undefined) ?? 'uz-Latn';
}

const NAME_COLUMN: Record<Locale, string> = {
  'uz-Latn': 'name_uz_latn',
  'uz-Cyrl': 'name_uz_cyrl',
  ru: 'name_ru',
  en: 'name_en',
};

/** A subject's or department's name in `locale`, falling back to the Uzbek Latin name every row has. */
export function nameSql(alias: string, locale: Locale): string {
  const col = NAME_COLUMN[locale];
  return col === 'name_uz_latn'
    ? `${alias}.name_uz_latn`
    : `coalesce(nullif(${alias}.${col}, ''), ${alias}.name_uz_latn)`;
}

/** "Familiya Ism Otasining ismi" in the interface's script when the record has it. */
export function studentNameSql(alias: string, locale: Locale): string {
  const lat = `trim(${alias}.last_name_lat || ' ' || ${alias}.first_name_lat || ' ' || ${alias}.patronymic_lat)`;
  if (locale !== 'uz-Cyrl') return lat;
  const cyr = `trim(${alias}.last_name_cyr || ' ' || ${alias}.first_name_cyr || ' ' || ${alias}.patronymic_cyr)`;
  return `coalesce(nullif(${cyr}, ''), ${lat})`;
}

/** Columns of `studentRef` (contract) for a query joining `students s`, `groups g`, `departments d`. */
export function studentRefSql(locale: Locale): string {
  return `s.id as id, ${studentNameSql('s', locale)} as name, s.student_id_number as studentIdNumber,
          g.name as "group", ${nameSql('d', locale)} as faculty, s.course as course`;
}

export const STUDENT_JOINS = `left join groups g on g.id = s.group_id left join departments d on d.id = s.department_id`;

export interface StudentPlacement {
  id: string;
  groupId: string | null;
  curriculumId: string | null;
}

export function requireStudent(db: Sqlite, id: string, path = 'studentId'): StudentPlacement {
  const row = db
    .prepare(
      `select s.id as id, s.group_id as groupId, g.curriculum_id as curriculumId
         from students s left join groups g on g.id = s.group_id where s.id = ?`,
    )
    .get(id) as StudentPlacement | undefined;
  if (!row) throw notFound(path);
  return row;
}

export function requireGroup(db: Sqlite, id: string, path = 'groupId'): { id: string; name: string } {
  const row = db.prepare('select id, name from groups where id = ?').get(id) as
    { id: string; name: string } | undefined;
  if (!row) throw notFound(path);
  return row;
}

/** A missing referenced row, named by the field that referenced it (the form marks that field). */
export function notFound(path: string): AppError {
  return new AppError('VALIDATION', 'error.validation', `${path} does not exist`, {
    details: { issues: [{ path, key: 'error.notFound' }] },
  });
}

/**
 * The semester a lesson on `date` belongs to for a group: the curriculum semester whose dates hold
 * it, else the one marked current. Null when the group has no curriculum yet.
 */
export function semesterOn(
  db: Sqlite,
  curriculumId: string | null,
  date: string,
): { semester: string; educationYear: string } | null {
  if (!curriculumId) return null;
  return (
    (db
      .prepare(
        `select code as semester, education_year as educationYear from curriculum_semesters
          where curriculum_id = ? and start_date <= ? and end_date >= ? order by code limit 1`,
      )
      .get(curriculumId, date, date) as { semester: string; educationYear: string } | undefined) ??
    (db
      .prepare(
        `select code as semester, education_year as educationYear from curriculum_semesters
          where curriculum_id = ? and current = 1 order by code desc limit 1`,
      )
      .get(curriculumId) as { semester: string; educationYear: string } | undefined) ??
    null
  );
}

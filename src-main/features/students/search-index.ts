import { nameSearchText } from '../../../src-shared/domain/search-key';
import type { Sqlite } from '../../db/connection';

/** Every name form of a student, in the order the search index lists them. */
export const STUDENT_NAME_FIELDS = [
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
  'lastNameCyr',
  'firstNameCyr',
  'patronymicCyr',
  'lastNamePassport',
  'firstNamePassport',
] as const;
export type StudentNames = Partial<Record<(typeof STUDENT_NAME_FIELDS)[number], string | null>>;

/** What the name index holds for a student: every name form, folded, plus phonetic keys. */
export function studentSearchText(s: StudentNames): string {
  return nameSearchText(...STUDENT_NAME_FIELDS.map((f) => s[f] ?? ''));
}

/**
 * Brings `students_fts` in step for the given students, inside the caller's transaction.
 * (The index is derived data: the audited change is the students row itself.)
 */
export function reindexStudents(sqlite: Sqlite, ids: readonly string[]): void {
  const row = sqlite.prepare('select rowid, search_text from students where id = ?');
  const del = sqlite.prepare('delete from students_fts where rowid = ?');
  const ins = sqlite.prepare('insert into students_fts (rowid, names) values (?, ?)');
  for (const id of ids) {
    const r = row.get(id) as { rowid: number; search_text: string } | undefined;
    if (!r) continue;
    del.run(r.rowid);
    if (r.search_text) ins.run(r.rowid, r.search_text);
  }
}

/** Indexes every student row after `rowid` in one statement (bulk loads: one pass per batch). */
export function indexStudentsAfter(sqlite: Sqlite, rowid: number): void {
  sqlite
    .prepare(
      "insert into students_fts (rowid, names) select rowid, search_text from students where rowid > ? and search_text <> ''",
    )
    .run(rowid);
}

export function maxStudentRowid(sqlite: Sqlite): number {
  return (sqlite.prepare('select coalesce(max(rowid), 0) as n from students').get() as { n: number }).n;
}

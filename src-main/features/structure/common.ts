import { eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import { cyrillicToLatin, latinToCyrillic, scriptOf } from '../../../src-shared/domain/transliterate';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import { auditSafe, type Writer } from '../../commands/writer';

export function validationError(issues: FieldIssue[], what = 'The structure record has errors'): AppError {
  return new AppError('VALIDATION', 'error.validation', what, { details: { issues } });
}

/** Throws the collected field issues, if any: nothing is written before every field is checked. */
export function throwIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw validationError(issues);
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', 'error.notFound', `${what} not found`);
}

export const newId = (w: Writer): string => uuidv7(Date.parse(w.now));

/**
 * Names of a structure row in both Uzbek scripts: apostrophes normalised; an empty Cyrillic
 * form is transliterated from the Latin one (and a Latin field typed in Cyrillic is transliterated
 * back), so lists read right in either interface script. Russian and English are left as typed.
 */
export function uzNames(input: { nameUzLatn: string; nameUzCyrl: string; nameRu: string; nameEn: string }) {
  let lat = cleanText(input.nameUzLatn);
  let cyr = cleanText(input.nameUzCyrl);
  if (scriptOf(lat) === 'cyrillic') {
    if (!cyr) cyr = lat;
    lat = cyrillicToLatin(lat);
  }
  if (!cyr) cyr = latinToCyrillic(lat);
  else if (scriptOf(cyr) === 'latin') cyr = latinToCyrillic(cyr);
  return { nameUzLatn: lat, nameUzCyrl: cyr, nameRu: cleanText(input.nameRu), nameEn: cleanText(input.nameEn) };
}

/** Folded key for "is this the same name": case, spaces and apostrophe forms do not count. */
export function sameKey(text: string): string {
  return cyrillicToLatin(cleanText(text))
    .toLowerCase()
    .replace(/[\u02bb\u02bc'`‘’]/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * Upserts a row keyed by a column other than `id` (education years, marking systems are keyed by
 * their HEMIS code), recording before/after in the command's audit like `Writer.update` does.
 */
export function upsertByKey<T extends SQLiteTable>(
  w: Writer,
  table: T,
  keyColumn: SQLiteColumn,
  key: string,
  values: T['$inferInsert'],
): void {
  const before = w.db
    .select()
    .from(table as SQLiteTable)
    .where(eq(keyColumn, key))
    .get() as Record<string, unknown> | undefined;
  const row = values as Record<string, unknown>;
  if (before && Object.entries(row).every(([k, v]) => v === undefined || before[k] === v)) return;
  if (before) {
    w.db
      .update(table)
      .set(values as never)
      .where(eq(keyColumn, key))
      .run();
  } else w.db.insert(table).values(values).run();
  const after = w.db
    .select()
    .from(table as SQLiteTable)
    .where(eq(keyColumn, key))
    .get() as Record<string, unknown>;
  w.changes.push({
    table: getTableName(table),
    id: key,
    before: before ? (auditSafe(before) as Record<string, unknown>) : null,
    after: auditSafe(after) as Record<string, unknown>,
  });
}

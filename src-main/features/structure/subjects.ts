import { asc, eq, like, or } from 'drizzle-orm';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import type { FieldIssue } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { subjects } from '../academic/schema';
import { newId, notFound, sameKey, throwIssues, uzNames } from './common';

type SubjectRow = typeof subjects.$inferSelect;

/** A catalogue subject with this name (any apostrophe or case) and code, if one exists. */
export function findSubjectByName(db: Db, name: string, code: string): SubjectRow | undefined {
  const key = sameKey(name);
  const lat = uzNames({ nameUzLatn: name, nameUzCyrl: '', nameRu: '', nameEn: '' }).nameUzLatn;
  const first = lat.split(' ')[0] ?? lat;
  return db
    .select()
    .from(subjects)
    .where(like(subjects.nameUzLatn, `${first.replace(/[%_]/g, '')}%`))
    .all()
    .find((s) => sameKey(s.nameUzLatn) === key && (code === '' || s.code === '' || s.code === code));
}

/**
 * The subject a curriculum row means: an id from the catalogue, or a name typed in. A typed name
 * the catalogue already has is reused, so "Oliy matematika" typed twice is one subject.
 */
export function resolveSubject(
  w: Writer,
  input: { subjectId?: string; newSubject?: { name: string; code: string } },
  issues: FieldIssue[],
  path = 'subjectId',
): string | null {
  if (input.subjectId) {
    if (w.get(subjects, input.subjectId)) return input.subjectId;
    issues.push({ path, key: 'validation.structure.notFound' });
    return null;
  }
  const typed = input.newSubject;
  if (!typed) return null;
  const code = cleanText(typed.code);
  const found = findSubjectByName(w.db, typed.name, code);
  if (found) return found.id;
  return w.insert(subjects, {
    id: newId(w),
    code,
    ...uzNames({ nameUzLatn: typed.name, nameUzCyrl: '', nameRu: '', nameEn: '' }),
  }).id;
}

export const subjectHandlers: HandlersOf<'structure.subjects' | 'structure.saveSubject'> = {
  'structure.subjects': (input, ctx) => {
    const q = cleanText(input.query).replace(/[%_]/g, '');
    const words = q ? uzNames({ nameUzLatn: q, nameUzCyrl: '', nameRu: '', nameEn: '' }) : null;
    const rows = ctx.store.db
      .select()
      .from(subjects)
      .where(
        words
          ? or(
              like(subjects.nameUzLatn, `%${words.nameUzLatn}%`),
              like(subjects.nameUzCyrl, `%${words.nameUzCyrl}%`),
              like(subjects.nameRu, `%${q}%`),
              like(subjects.code, `${q}%`),
            )
          : undefined,
      )
      .orderBy(asc(subjects.nameUzLatn))
      .limit(input.limit)
      .all();
    return rows;
  },

  'structure.saveSubject': (input, ctx) => {
    const id = ctx.command((w) => {
      if (input.id && !w.get(subjects, input.id)) throw notFound('Subject');
      const names = uzNames(input);
      const code = cleanText(input.code);
      const same = findSubjectByName(w.db, names.nameUzLatn, code);
      throwIssues(
        same && same.id !== input.id ? [{ path: 'nameUzLatn', key: 'validation.structure.subjectExists' }] : [],
      );
      if (input.id) return w.update(subjects, input.id, { code, ...names }).id;
      return w.insert(subjects, { id: newId(w), code, ...names }).id;
    });
    return ctx.store.db.select().from(subjects).where(eq(subjects.id, id)).get()!;
  },
};

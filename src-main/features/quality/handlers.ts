import { QUALITY_CHECKS } from '../../../src-shared/contract/quality';
import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import { students } from '../registry/schema';
import { findStudent } from '../students/repo';
import { reindexStudents, studentSearchText } from '../students/search-index';
import { loadQualityRows, proposedFix, runChecks } from './checks';

export const qualityHandlers: HandlersOf<'quality.summary' | 'quality.list' | 'quality.fix'> = {
  'quality.summary': (_input, ctx) => {
    const results = runChecks(loadQualityRows(ctx.store.reader));
    return QUALITY_CHECKS.map((check) => ({ check, count: results.get(check)?.length ?? 0 }));
  },

  'quality.list': (input, ctx) => {
    const items = runChecks(loadQualityRows(ctx.store.reader)).get(input.check) ?? [];
    return { total: items.length, items: items.slice(input.offset, input.offset + input.limit) };
  },

  'quality.fix': (input, ctx) =>
    ctx.command((w) => {
      const [row] = loadQualityRows(w.sqlite, input.studentId);
      const current = findStudent(w.db, input.studentId);
      if (!row || !current) throw new AppError('NOT_FOUND', 'error.notFound', 'Student not found');
      const fix = proposedFix(input.check, row);
      if (!fix) return { changed: {} };
      const next = { ...current, ...fix };
      w.update(students, current.id, { ...fix, searchText: studentSearchText(next), updatedAt: w.now });
      reindexStudents(w.sqlite, [current.id]);
      return { changed: fix };
    }),
};

import { eq } from 'drizzle-orm';
import type { MarkingSystemInfo } from '../../../src-shared/contract/structure';
import { DEFAULT_MARKING_SYSTEMS, type GradeBorder, type MarkingSystemCode } from '../../../src-shared/domain/grading';
import { validateBorders } from '../../../src-shared/domain/structure-borders';
import { MARKING_SYSTEM_CODES } from '../../../src-shared/domain/structure-codes';
import type { HandlersOf } from '../../backend/context';
import type { Db } from '../../db/store';
import { markingSystems } from '../academic/schema';
import { throwIssues, upsertByKey } from './common';

/** The institution's marking systems: its own rows, HEMIS's defaults where it has none (DOMAIN §2.1). */
export function loadMarkingSystems(db: Db): MarkingSystemInfo[] {
  const rows = new Map(
    db
      .select()
      .from(markingSystems)
      .all()
      .map((r) => [r.code, r]),
  );
  return MARKING_SYSTEM_CODES.map((code) => {
    const row = rows.get(code);
    const def = DEFAULT_MARKING_SYSTEMS[code];
    if (!row)
      return {
        code,
        name: '',
        minimumLimit: def.minimumLimit,
        gpaLimit: def.gpaLimit,
        borders: def.borders,
        custom: false,
      };
    return {
      code,
      name: row.name,
      minimumLimit: row.minimumLimit,
      gpaLimit: row.gpaLimit,
      borders: JSON.parse(row.borders) as GradeBorder[],
      custom: true,
    };
  });
}

export const markingHandlers: HandlersOf<'structure.markingSystems' | 'structure.saveMarkingSystem'> = {
  'structure.markingSystems': (_input, ctx) => loadMarkingSystems(ctx.store.db),

  'structure.saveMarkingSystem': (input, ctx) => {
    const borders = input.borders as GradeBorder[];
    throwIssues(validateBorders(input.code as MarkingSystemCode, borders));
    ctx.command((w) => {
      const existing = w.db.select().from(markingSystems).where(eq(markingSystems.code, input.code)).get();
      const values = {
        code: input.code,
        name: input.name,
        minimumLimit: input.minimumLimit,
        gpaLimit: input.gpaLimit,
        borders: JSON.stringify(borders.map((b) => ({ grade: b.grade, min: b.min, max: b.max }))),
      };
      const same = existing && Object.entries(values).every(([k, v]) => existing[k as keyof typeof existing] === v);
      // The timestamp moves only with a real change.
      const updatedAt = same ? existing.updatedAt : w.now;
      upsertByKey(w, markingSystems, markingSystems.code, input.code, { ...values, updatedAt });
    });
    return loadMarkingSystems(ctx.store.db).find((m) => m.code === input.code)!;
  },
};

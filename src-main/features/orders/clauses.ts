import { z } from 'zod';
import { clauseSchema, type Clause } from '../../../src-shared/contract/orders';
import { clauseProblems, DEFAULT_CLAUSES, defaultTextsFor } from '../../../src-shared/domain/order-clauses';
import type { OrderType } from '../../../src-shared/domain/orders';
import { AppError } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';

/**
 * The office's clause library (preambles, control paragraphs, "Asos:" lines), kept as one JSON value in
 * app_meta and written through the audited writer. Until the office saves its own, the defaults of
 * `order-clauses.ts` are the library.
 */
export const CLAUSES_META_KEY = 'orders.clauses';

export interface ClauseTexts {
  preambleUz: string;
  preambleRu: string;
  basisUz: string;
  basisRu: string;
  controlUz: string;
  controlRu: string;
}

const storedSchema = z.array(clauseSchema);

/** The library as saved, or the defaults; a value that no longer parses (an older shape) gives the defaults. */
export function readClauses(db: Sqlite): Clause[] {
  const row = db.prepare(`select value from app_meta where key = ?`).get(CLAUSES_META_KEY) as
    { value: string } | undefined;
  if (!row) return DEFAULT_CLAUSES.map((c) => ({ ...c, types: [...c.types] }));
  try {
    const parsed = storedSchema.safeParse(JSON.parse(row.value));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through to the defaults
  }
  return DEFAULT_CLAUSES.map((c) => ({ ...c, types: [...c.types] }));
}

/** Validates (ids unique, one default per kind and type) and saves the whole library; returns it as stored. */
export function saveClauses(w: Writer, clauses: Clause[]): Clause[] {
  const issues = clauseProblems(clauses);
  if (issues.length > 0)
    throw new AppError('VALIDATION', 'error.validation', `Clause library refused: ${issues[0]!.key}`, {
      details: { issues },
    });
  const stored = clauses.map((c) => ({ ...c, types: [...new Set(c.types)] }));
  w.setMeta(CLAUSES_META_KEY, JSON.stringify(stored));
  return stored;
}

/** The clause library's default preamble, control paragraph and basis for a new order of this type. */
export function defaultClauseTexts(db: Sqlite, type: OrderType): ClauseTexts {
  return defaultTextsFor(readClauses(db), type);
}

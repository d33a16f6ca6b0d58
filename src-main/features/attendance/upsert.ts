import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { TableWithId, Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { attendance, exams, scheduleLessons } from './schema';

/**
 * One upsert for the three mirrored tables, used by HEMIS pulls, Excel imports and manual entry.
 * A row is found by its HEMIS id, else by its natural key (the lesson, the slot, the sitting), so a
 * re-pull or re-import of the same data changes nothing and writes no audit entry. New rows go in
 * one prepared bulk insert; changed rows are updated one by one, each with its before/after.
 * Rows corrected by hand (`source = 'manual'`) are kept when a pull or import brings the same
 * lesson again: the office's correction outranks the mirror (counted as `kept`).
 */
export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
  kept: number;
}

export const zeroUpsert = (): UpsertCounts => ({ created: 0, updated: 0, unchanged: 0, kept: 0 });

export function addCounts(a: UpsertCounts, b: UpsertCounts): UpsertCounts {
  return {
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    kept: a.kept + b.kept,
  };
}

interface Spec<T extends TableWithId> {
  table: T;
  /** Properties (camelCase) of the natural key. */
  key: (keyof T['$inferInsert'] & string)[];
}

export const ATTENDANCE_SPEC: Spec<typeof attendance> = {
  table: attendance,
  key: ['studentId', 'subjectId', 'lessonDate', 'lessonPair'],
};
export const LESSON_SPEC: Spec<typeof scheduleLessons> = {
  table: scheduleLessons,
  key: ['groupId', 'subjectId', 'lessonDate', 'lessonPair', 'startTime'],
};
export const EXAM_SPEC: Spec<typeof exams> = {
  table: exams,
  key: ['groupId', 'subjectId', 'semester', 'examType', 'finalExamType'],
};

type Row = Record<string, unknown>;

/**
 * Plans (with `w` null: a dry run, nothing written) or writes one batch. `db` is the connection to
 * read from: the writer's inside a command, the reader for a dry run.
 */
export function upsertRows<T extends TableWithId>(
  db: Sqlite,
  w: Writer | null,
  spec: Spec<T>,
  rows: readonly Omit<T['$inferInsert'], 'id'>[],
  nowMs: number,
): UpsertCounts {
  const counts = zeroUpsert();
  const columns = Object.entries(getTableColumns(spec.table)) as [string, SQLiteColumn][];
  const colOf = new Map(columns.map(([prop, c]) => [prop, c.name]));
  const name = getTableName(spec.table);
  const byHemis = db.prepare(`select * from "${name}" where hemis_id = ?`);
  const byKey = db.prepare(
    `select * from "${name}" where ${spec.key.map((k) => `"${colOf.get(k)}" = ?`).join(' and ')}`,
  );
  // Rows of this batch not yet in the table, by key: a file listing a lesson twice keeps the last.
  const pending = new Map<string, Row>();
  for (const incoming of rows as Row[]) {
    const keyValues = spec.key.map((k) => incoming[k] ?? null);
    const keyText = JSON.stringify(keyValues);
    const hemisId = incoming.hemisId ?? null;
    const existing = ((hemisId !== null ? byHemis.get(hemisId) : undefined) ?? byKey.get(...keyValues)) as
      Row | undefined;
    if (!existing) {
      const planned = pending.get(keyText);
      if (planned) {
        Object.assign(planned, incoming);
        counts.unchanged++;
      } else {
        pending.set(keyText, { ...incoming, id: uuidv7(nowMs) });
        counts.created++;
      }
      continue;
    }
    if (existing.source === 'manual' && incoming.source !== 'manual') {
      counts.kept++;
      continue;
    }
    const patch: Row = {};
    for (const [prop, value] of Object.entries(incoming)) {
      // `createdAt` marks the first sighting; a pull without a HEMIS id must not erase one.
      if (prop === 'createdAt' || value === undefined || (prop === 'hemisId' && value === null)) continue;
      const col = colOf.get(prop);
      if (col !== undefined && existing[col] !== value) patch[prop] = value;
    }
    if (Object.keys(patch).length === 0) counts.unchanged++;
    else {
      counts.updated++;
      w?.update(spec.table, existing.id as string, patch as never);
    }
  }
  if (w && pending.size > 0) w.bulkInsert(spec.table, [...pending.values()] as T['$inferInsert'][]);
  return counts;
}

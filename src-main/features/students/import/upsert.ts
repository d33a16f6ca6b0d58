import type { FieldIssue } from '../../../../src-shared/errors';
import { uuidv7 } from '../../../../src-shared/domain/uuid';
import type { Writer } from '../../../commands/writer';
import type { Sqlite } from '../../../db/connection';
import { students } from '../../registry/schema';
import { indexStudentsAfter, maxStudentRowid, reindexStudents, studentSearchText } from '../search-index';
import type { ImportResult } from './import-students';
import { studentFromRow } from './sheet-values';

type StudentInsert = typeof students.$inferInsert;

/** One validated spreadsheet row, ready to be matched and written. */
export interface PreparedRow {
  row: number;
  /** Columns that the file provides for this row (only these overwrite existing data). */
  values: Partial<StudentInsert>;
  /** Fields the file did not provide but the rules filled (transliteration): kept only where empty. */
  filled: Partial<StudentInsert>;
  warnings: FieldIssue[];
}

/** Where a batch reports its counts and problems (the import run). */
export interface BatchReport {
  result: ImportResult;
  reject(row: number, issues: FieldIssue[]): void;
  warn(row: number, issues: FieldIssue[]): void;
}

/**
 * Plans and (unless dry run) writes one batch: new rows in one prepared bulk insert, changed rows
 * one by one with their before/after. `w` is null for a dry run, which only counts.
 */
export function upsertBatch(
  db: Sqlite,
  w: Writer | null,
  batch: PreparedRow[],
  now: string,
  report: BatchReport,
): void {
  // One lookup per key kind for the whole batch, not three queries per row.
  const lookup = (column: string, keys: unknown[]) => {
    const map = new Map<unknown, Record<string, unknown>>();
    if (keys.length === 0) return map;
    const rows = db
      .prepare(`select * from students where ${column} in (select value from json_each(?))`)
      .all(JSON.stringify(keys)) as Record<string, unknown>[];
    for (const r of rows) if (!map.has(r[column])) map.set(r[column], r);
    return map;
  };
  const byHemis = lookup(
    'hemis_id',
    batch.flatMap((p) => (p.values.hemisId != null ? [p.values.hemisId] : [])),
  );
  const byPinfl = lookup(
    'pinfl',
    batch.flatMap((p) => (p.values.pinfl ? [p.values.pinfl] : [])),
  );
  const byId = lookup(
    'student_id_number',
    batch.flatMap((p) => (p.values.studentIdNumber ? [p.values.studentIdNumber] : [])),
  );
  const inserts: StudentInsert[] = [];
  const updatedIds: string[] = [];
  const ms = Date.parse(now);
  for (const p of batch) {
    const raw =
      (p.values.hemisId != null ? byHemis.get(p.values.hemisId) : undefined) ??
      (p.values.pinfl ? byPinfl.get(p.values.pinfl) : undefined) ??
      (p.values.studentIdNumber ? byId.get(p.values.studentIdNumber) : undefined);
    const existing = raw ? studentFromRow(raw) : undefined;
    if (!existing) {
      const merged = { ...p.filled, ...p.values };
      if (!merged.lastNameLat || !merged.firstNameLat) {
        report.reject(p.row, [{ path: 'lastNameLat', key: 'validation.required' }]);
        continue;
      }
      const row = {
        id: uuidv7(ms),
        lastNameLat: '',
        firstNameLat: '',
        ...merged,
        createdAt: now,
        updatedAt: now,
      } as StudentInsert;
      // Names the rules transliterated from the file's own script fold back to the same words:
      // index what the file gave (a later edit on the card re-indexes every form).
      row.searchText = studentSearchText(p.values);
      inserts.push(row);
      report.result.imported++;
      report.warn(p.row, p.warnings);
      continue;
    }
    const patch: Partial<StudentInsert> = {};
    for (const [k, v] of Object.entries(p.values) as [keyof StudentInsert, unknown][]) {
      if (v !== undefined && existing[k] !== v) (patch as Record<string, unknown>)[k] = v;
    }
    for (const [k, v] of Object.entries(p.filled) as [keyof StudentInsert, unknown][]) {
      if (!existing[k] && v) (patch as Record<string, unknown>)[k] = v;
    }
    if (Object.keys(patch).length === 0) {
      report.result.unchanged++;
      continue;
    }
    report.result.updated++;
    report.warn(p.row, p.warnings);
    if (!w) continue;
    const next = { ...existing, ...patch };
    patch.searchText = studentSearchText(next);
    patch.updatedAt = now;
    w.update(students, existing.id, patch);
    updatedIds.push(existing.id);
  }
  if (!w) return;
  const lastRowid = maxStudentRowid(w.sqlite);
  w.bulkInsert(students, inserts);
  indexStudentsAfter(w.sqlite, lastRowid);
  reindexStudents(w.sqlite, updatedIds);
}

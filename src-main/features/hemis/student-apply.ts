import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { HemisCounts } from '../../../src-shared/contract/hemis';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { FieldIssue } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import { students } from '../registry/schema';
import type { StudentRow } from '../students/repo';
import { indexStudentsAfter, maxStudentRowid, reindexStudents, studentSearchText } from '../students/search-index';
import { HEMIS_OWNED_FIELDS, PERSONAL_FIELDS, type MappedStudent, type StudentMapping } from './student-map';

type Row = Record<string, unknown>;
type Rejected = Extract<StudentMapping, { ok: false }>;

const NAME_FIELDS = new Set([
  'lastNameLat',
  'firstNameLat',
  'patronymicLat',
  'lastNameCyr',
  'firstNameCyr',
  'patronymicCyr',
  'lastNamePassport',
  'firstNamePassport',
]);

const empty = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The values a linked student should have after this pull. HEMIS-owned fields (ids, placement,
 * status) follow HEMIS whenever it has a value. Personal fields follow HEMIS only where HEMIS
 * changed them since the last pull (`base`), so a correction made at the counter survives until
 * HEMIS itself changes the field; at the first link (no `base`) HEMIS only fills empty fields.
 * What stays different is listed later from the snapshot ("local vs HEMIS").
 */
export function mergeStudent(local: StudentRow, hemis: MappedStudent, base: MappedStudent | null): Row {
  const next: Row = {};
  for (const f of HEMIS_OWNED_FIELDS) if (hemis[f] !== null) next[f] = hemis[f];
  for (const f of PERSONAL_FIELDS) {
    const l = local[f];
    const h = hemis[f];
    if (base === null) next[f] = empty(l) ? h : l;
    else next[f] = h !== base[f] ? h : l;
  }
  const changed: Row = {};
  for (const [k, v] of Object.entries(next)) if ((local as unknown as Row)[k] !== v) changed[k] = v;
  return changed;
}

/** Derived rows written by plain statements: the audit gets their count and a digest, like a bulk insert. */
function recordDerived(w: Writer, table: string, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const digest = createHash('sha256');
  for (const r of rows) digest.update(JSON.stringify(r));
  w.changes.push({ table, id: null, before: null, after: { rowsDigest: digest.digest('hex') }, count: rows.length });
}

function reject(m: Extract<StudentMapping, { ok: true }>, issues: FieldIssue[]): Rejected {
  const v = m.value;
  return {
    ok: false,
    key: m.key,
    hemisId: v.hemisId,
    studentIdNumber: v.studentIdNumber,
    name: `${v.lastNameLat} ${v.firstNameLat} ${v.patronymicLat}`.trim(),
    issues,
    raw: m.raw,
  };
}

/**
 * One batch of HEMIS students inside the caller's command: upsert by HEMIS id, then PINFL, then
 * student id number (only local rows not yet linked to another HEMIS record); rejected rows
 * are recorded in `hemis_rejects` and write nothing else; every taken row refreshes its
 * snapshot. Creates go through one prepared bulk insert and one FTS pass; updates row by row
 * with their before/after in the audit (the card's history shows what HEMIS changed).
 */
export function applyStudentBatch(w: Writer, mappings: readonly StudentMapping[], pullId: string): HemisCounts {
  const counts: HemisCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  // A row can appear on two pages when HEMIS data moves during the pull: the last one wins.
  const byKey = new Map<string, StudentMapping>();
  for (const m of mappings) {
    byKey.delete(m.key);
    byKey.set(m.key, m);
  }

  const byHemis = w.db
    .select()
    .from(students)
    .where(eq(students.hemisId, sql.placeholder('h')))
    .prepare();
  const byPinfl = w.db
    .select()
    .from(students)
    .where(sql`${students.pinfl} = ${sql.placeholder('p')} and ${students.hemisId} is null`)
    .orderBy(students.createdAt)
    .limit(1)
    .prepare();
  const bySid = w.db
    .select()
    .from(students)
    .where(eq(students.studentIdNumber, sql.placeholder('s')))
    .prepare();
  const snapshotOf = w.sqlite.prepare('select mapped from hemis_student_snapshots where student_id = ?');

  const creates: (typeof students.$inferInsert)[] = [];
  const pendingSids = new Set<string>();
  const rejected: Rejected[] = [];
  const taken: { key: string; studentId: string; m: Extract<StudentMapping, { ok: true }> }[] = [];
  const reindex: string[] = [];
  const ms = Date.parse(w.now);

  for (const m of byKey.values()) {
    if (!m.ok) {
      rejected.push(m);
      continue;
    }
    const v = m.value;
    let row = byHemis.get({ h: v.hemisId }) as StudentRow | undefined;
    if (!row && v.pinfl) row = byPinfl.get({ p: v.pinfl }) as StudentRow | undefined;
    if (!row && v.studentIdNumber) {
      const other = bySid.get({ s: v.studentIdNumber }) as StudentRow | undefined;
      if (other && other.hemisId === null) row = other;
    }
    if (v.studentIdNumber) {
      const holder = bySid.get({ s: v.studentIdNumber }) as StudentRow | undefined;
      if ((holder && holder.id !== row?.id) || pendingSids.has(v.studentIdNumber)) {
        rejected.push(reject(m, [{ path: 'student_id_number', key: 'error.studentIdTaken' }]));
        continue;
      }
    }

    if (!row) {
      const id = uuidv7(ms);
      creates.push({
        id,
        ...v,
        searchText: studentSearchText({ ...v, lastNamePassport: '', firstNamePassport: '' }),
        createdAt: w.now,
        updatedAt: w.now,
      });
      if (v.studentIdNumber) pendingSids.add(v.studentIdNumber);
      taken.push({ key: m.key, studentId: id, m });
      counts.created++;
      continue;
    }

    const snap = snapshotOf.get(row.id) as { mapped: string } | undefined;
    const base = snap ? (JSON.parse(snap.mapped) as MappedStudent) : null;
    const patch = mergeStudent(row, v, base);
    if (Object.keys(patch).length === 0) counts.unchanged++;
    else {
      if ('pinfl' in patch) patch.pinflCheckAccepted = false;
      const namesChanged = Object.keys(patch).some((k) => NAME_FIELDS.has(k));
      if (namesChanged) patch.searchText = studentSearchText({ ...row, ...(patch as Partial<StudentRow>) });
      w.update(students, row.id, { ...patch, updatedAt: w.now });
      if (namesChanged) reindex.push(row.id);
      counts.updated++;
    }
    taken.push({ key: m.key, studentId: row.id, m });
  }

  if (creates.length > 0) {
    const lastRowid = maxStudentRowid(w.sqlite);
    w.bulkInsert(students, creates);
    indexStudentsAfter(w.sqlite, lastRowid);
  }
  reindexStudents(w.sqlite, reindex);

  const dropSnapshot = w.sqlite.prepare('delete from hemis_student_snapshots where hemis_id = ? and student_id <> ?');
  const putSnapshot = w.sqlite.prepare(
    `insert into hemis_student_snapshots (student_id, hemis_id, hemis, mapped, hemis_updated_at, pulled_at)
     values (?, ?, ?, ?, ?, ?)
     on conflict (student_id) do update set hemis_id = excluded.hemis_id, hemis = excluded.hemis,
       mapped = excluded.mapped, hemis_updated_at = excluded.hemis_updated_at, pulled_at = excluded.pulled_at`,
  );
  const snapshots: unknown[][] = [];
  for (const t of taken) {
    const values = [
      t.studentId,
      t.m.value.hemisId,
      JSON.stringify(t.m.raw),
      JSON.stringify(t.m.value),
      t.m.hemisUpdatedAt,
      w.now,
    ];
    dropSnapshot.run(t.m.value.hemisId, t.studentId);
    putSnapshot.run(values);
    snapshots.push(values);
  }
  recordDerived(w, 'hemis_student_snapshots', snapshots);

  const clearReject = w.sqlite.prepare('delete from hemis_rejects where id = ?');
  const cleared: unknown[][] = [];
  for (const t of taken) if (clearReject.run(t.key).changes > 0) cleared.push([t.key]);
  recordDerived(w, 'hemis_rejects', cleared);
  const putReject = w.sqlite.prepare(
    `insert into hemis_rejects (id, hemis_id, student_id_number, name, issues, pull_id, at) values (?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set hemis_id = excluded.hemis_id, student_id_number = excluded.student_id_number,
       name = excluded.name, issues = excluded.issues, pull_id = excluded.pull_id, at = excluded.at`,
  );
  const rejects: unknown[][] = [];
  for (const r of rejected) {
    const values = [r.key, r.hemisId, r.studentIdNumber, r.name, JSON.stringify(r.issues), pullId, w.now];
    putReject.run(values);
    rejects.push(values);
  }
  recordDerived(w, 'hemis_rejects', rejects);
  counts.rejected = rejected.length;
  return counts;
}

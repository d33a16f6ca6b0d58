import { cleanText } from '../../../src-shared/domain/apostrophes';
import { cyrillicToLatin, latinToCyrillic, scriptOf } from '../../../src-shared/domain/transliterate';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import type { Db } from '../../db/store';
import { educationYears } from '../academic/schema';
import { departments, groups, specialties } from '../registry/schema';
import type { HemisClient } from './client';
import { applyAcademic, type AcademicCounts, type AcademicReference } from '../structure/hemis-academic';
import {
  curriculumItem,
  curriculumSubjectItem,
  departmentItem,
  employeeItem,
  groupItem,
  markingSystemItem,
  parseItems,
  semesterItem,
  specialtyItem,
  type DepartmentItem,
  type GroupItem,
  type SpecialtyItem,
  courseOf,
} from './items';
import type { RefMaps } from './student-map';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}
export const zeroCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

export interface ReferenceData extends AcademicReference {
  departments: DepartmentItem[];
  specialties: SpecialtyItem[];
  groups: GroupItem[];
}

/** Counts of the structure step; the academic ones are optional in a pull state written by an older version. */
export interface ReferenceCounts extends Partial<AcademicCounts> {
  departments: Counts;
  specialties: Counts;
  groups: Counts;
  educationYears?: Counts;
}

export const REFERENCE_ENDPOINTS = [
  'department-list',
  'specialty-list',
  'marking-system-list',
  'employee-list',
  'curriculum-list',
  'semester-list',
  'group-list',
  'curriculum-subject-list',
] as const;

/**
 * Everything but the faculty/specialty/group skeleton is optional: an OTM whose HEMIS version or
 * token lacks an endpoint (404) still pulls the rest.
 */
const OPTIONAL_ENDPOINTS = new Set([
  'curriculum-list',
  'semester-list',
  'curriculum-subject-list',
  'marking-system-list',
  'employee-list',
]);

/** `employee-list` requires its `type` (DOMAIN §1.3). */
const ENDPOINT_PARAMS: Record<string, Record<string, string>> = { 'employee-list': { type: 'all' } };

/** Every page of a list endpoint. */
async function fetchAll(client: HemisClient, endpoint: string, signal: AbortSignal): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const res = await client.list(endpoint, ENDPOINT_PARAMS[endpoint] ?? {}, page, signal);
    items.push(...res.items);
    pageCount = res.pageCount;
  }
  return items;
}

/**
 * Reads the structure: departments (faculties, kafedras… with parents), specialties, groups,
 * marking systems, staff, curricula with their semesters and subjects. Held in memory (tens of
 * thousands of small rows at most) and applied in one command, so the structure is never half updated.
 */
export async function fetchReference(
  client: HemisClient,
  signal: AbortSignal,
  onEndpoint: (done: number, total: number) => void,
): Promise<ReferenceData> {
  const raw: Record<string, unknown[]> = {};
  for (const [i, endpoint] of REFERENCE_ENDPOINTS.entries()) {
    onEndpoint(i, REFERENCE_ENDPOINTS.length);
    try {
      raw[endpoint] = await fetchAll(client, endpoint, signal);
    } catch (err) {
      const missing = err instanceof Error && 'key' in err && err.key === 'error.hemisNotFound';
      if (!(missing && OPTIONAL_ENDPOINTS.has(endpoint))) throw err;
      raw[endpoint] = [];
    }
  }
  onEndpoint(REFERENCE_ENDPOINTS.length, REFERENCE_ENDPOINTS.length);
  const items = <T>(schema: Parameters<typeof parseItems<T>>[0], endpoint: string) =>
    parseItems(schema, raw[endpoint] ?? []).ok.map((o) => o.item);
  return {
    departments: items(departmentItem, 'department-list'),
    specialties: items(specialtyItem, 'specialty-list'),
    groups: items(groupItem, 'group-list'),
    curricula: items(curriculumItem, 'curriculum-list'),
    semesters: items(semesterItem, 'semester-list'),
    curriculumSubjects: items(curriculumSubjectItem, 'curriculum-subject-list'),
    markingSystems: items(markingSystemItem, 'marking-system-list'),
    employees: items(employeeItem, 'employee-list'),
  };
}

/** A HEMIS name (Latin or Cyrillic) → both scripts, apostrophes normalised. */
function names(name: string | null | undefined): { lat: string; cyr: string } {
  const v = cleanText(name ?? '');
  return scriptOf(v) === 'cyrillic' ? { lat: cyrillicToLatin(v), cyr: v } : { lat: v, cyr: latinToCyrillic(v) };
}

function upsert<T extends typeof departments | typeof specialties | typeof groups>(
  w: Writer,
  table: T,
  existingId: string | undefined,
  values: Omit<T['$inferInsert'], 'id'>,
  counts: Counts,
): string {
  if (!existingId) {
    const id = uuidv7(Date.parse(w.now));
    w.insert(table, { id, ...values } as T['$inferInsert']);
    counts.created++;
    return id;
  }
  const before = w.get(table, existingId) as Record<string, unknown>;
  const changed = Object.entries(values).some(([k, v]) => v !== undefined && before[k] !== v);
  if (changed) {
    w.update(table, existingId, values as Partial<T['$inferInsert']>);
    counts.updated++;
  } else counts.unchanged++;
  return existingId;
}

/** Local rows by HEMIS id, and the ones without a HEMIS id by a natural key (to link, not duplicate). */
function index<R extends { id: string; hemisId: number | null }>(rows: R[], natural: (r: R) => string) {
  const byHemis = new Map<number, R>();
  const unlinked = new Map<string, R>();
  for (const r of rows) {
    if (r.hemisId !== null) byHemis.set(r.hemisId, r);
    else if (!unlinked.has(natural(r))) unlinked.set(natural(r), r);
  }
  return (hemisId: number, key: string): R | undefined => {
    const hit = byHemis.get(hemisId);
    if (hit) return hit;
    const u = unlinked.get(key);
    if (u) unlinked.delete(key);
    return u;
  };
}

/**
 * Applies the structure inside one command. Rows are matched by HEMIS id, then (rows made here
 * before any pull) by code or group name; names keep a Cyrillic form an office typed unless the
 * Latin name changed. Rows HEMIS no longer lists are left alone.
 */
export function applyReference(w: Writer, ref: ReferenceData): ReferenceCounts {
  const counts: ReferenceCounts = { departments: zeroCounts(), specialties: zeroCounts(), groups: zeroCounts() };
  const curricula = new Map(ref.curricula.map((c) => [c.id, c]));

  // Departments, then their parents (a kafedra may come before its faculty).
  const findDept = index(w.db.select().from(departments).all(), (r) => r.code);
  const deptIds = new Map<number, string>();
  for (const d of ref.departments) {
    const existing = findDept(d.id, d.code ?? String(d.id));
    const n = names(d.name);
    const keepCyr = existing && existing.nameUzLatn === n.lat && existing.nameUzCyrl !== '';
    const id = upsert(
      w,
      departments,
      existing?.id,
      {
        hemisId: d.id,
        code: d.code ?? String(d.id),
        nameUzLatn: n.lat || String(d.id),
        nameUzCyrl: keepCyr ? undefined : n.cyr,
        structureType: d.structureType ?? '13',
        active: d.active ?? true,
      },
      counts.departments,
    );
    deptIds.set(d.id, id);
  }
  for (const d of ref.departments) {
    const parentId = d.parent !== null ? (deptIds.get(d.parent) ?? null) : null;
    const id = deptIds.get(d.id) as string;
    const row = w.get(departments, id);
    if (row && row.parentId !== parentId && parentId !== id) w.update(departments, id, { parentId });
  }

  const findSpec = index(w.db.select().from(specialties).all(), (r) => r.code);
  const specIds = new Map<number, string>();
  for (const s of ref.specialties) {
    const curriculum = ref.curricula.find((c) => c.specialty?.id === s.id);
    const deptHemis = s.department?.id ?? curriculum?.department?.id ?? null;
    const departmentId = deptHemis !== null ? deptIds.get(deptHemis) : undefined;
    if (!departmentId) {
      counts.specialties.rejected++;
      continue;
    }
    const existing = findSpec(s.id, s.code ?? String(s.id));
    const n = names(s.name);
    const keepCyr = existing && existing.nameUzLatn === n.lat && existing.nameUzCyrl !== '';
    const id = upsert(
      w,
      specialties,
      existing?.id,
      {
        hemisId: s.id,
        code: s.code ?? String(s.id),
        nameUzLatn: n.lat || String(s.id),
        nameUzCyrl: keepCyr ? undefined : n.cyr,
        departmentId,
        educationType: s.educationType ?? curriculum?.educationType ?? '11',
      },
      counts.specialties,
    );
    specIds.set(s.id, id);
  }

  // The academic structure (years, curricula, semesters, subjects, staff, marking systems) in the same command.
  const yearsBefore = yearRows(w);
  const academic = applyAcademic(w, ref, { departments: deptIds, specialties: specIds });
  Object.assign(counts, academic.counts);
  counts.educationYears = countYears(ref, yearsBefore, yearRows(w));

  // A group's course: the level of its curriculum's current semester.
  const courseByCurriculum = new Map<number, number>();
  for (const sem of ref.semesters) {
    const course = courseOf(sem.level);
    if (!sem.current || sem._curriculum == null || course === null) continue;
    courseByCurriculum.set(sem._curriculum, Math.max(course, courseByCurriculum.get(sem._curriculum) ?? 0));
  }
  const findGroup = index(w.db.select().from(groups).all(), (r) => r.name);
  for (const g of ref.groups) {
    const curriculum = g._curriculum != null ? curricula.get(g._curriculum) : undefined;
    const specHemis = g.specialty?.id ?? curriculum?.specialty?.id ?? null;
    const specialtyId = specHemis !== null ? specIds.get(specHemis) : undefined;
    const deptHemis = g.department?.id ?? curriculum?.department?.id ?? null;
    const departmentId =
      (deptHemis !== null ? deptIds.get(deptHemis) : undefined) ??
      (specialtyId ? w.get(specialties, specialtyId)?.departmentId : undefined);
    const name = cleanText(g.name ?? '');
    if (!specialtyId || !departmentId || !name) {
      counts.groups.rejected++;
      continue;
    }
    const existing = findGroup(g.id, name);
    const course = (g._curriculum != null ? courseByCurriculum.get(g._curriculum) : undefined) ?? existing?.course ?? 1;
    upsert(
      w,
      groups,
      existing?.id,
      {
        hemisId: g.id,
        name,
        departmentId,
        specialtyId,
        educationLang: g.educationLang ?? existing?.educationLang ?? '11',
        educationForm: g.educationForm ?? curriculum?.educationForm ?? existing?.educationForm ?? '11',
        course,
        active: g.active ?? true,
        curriculumId:
          g._curriculum != null ? (academic.curricula.get(g._curriculum) ?? null) : (existing?.curriculumId ?? null),
      },
      counts.groups,
    );
  }
  return counts;
}

type YearRow = typeof educationYears.$inferSelect;

function yearRows(w: Writer): Map<string, YearRow> {
  return new Map(
    w.db
      .select()
      .from(educationYears)
      .all()
      .map((y) => [y.code, y]),
  );
}

/**
 * The academic years HEMIS names (through its curricula and semesters) against the table before
 * and after the step: new, renamed or made (not) current, or as they were.
 */
function countYears(ref: ReferenceData, before: Map<string, YearRow>, after: Map<string, YearRow>): Counts {
  const codes = new Set<string>();
  for (const c of ref.curricula) if (c.educationYear?.code) codes.add(c.educationYear.code);
  for (const s of ref.semesters) {
    // As the academic step reads it: the embedded year first, the bare code only without one.
    const year = s.education_year ?? s.educationYear;
    const code = year ? year.code : s._education_year;
    if (code) codes.add(code);
  }
  const counts = zeroCounts();
  for (const code of codes) {
    if (!/^\d{4}$/.test(code)) continue; // not a year: the academic step skips it too
    const was = before.get(code);
    const now = after.get(code);
    if (!now) counts.rejected++;
    else if (!was) counts.created++;
    else if (was.name !== now.name || was.current !== now.current) counts.updated++;
    else counts.unchanged++;
  }
  return counts;
}

/** HEMIS id → local ids of the structure, for mapping students. */
export function loadRefMaps(db: Db): RefMaps {
  const refs: RefMaps = { departments: new Map(), specialties: new Map(), groups: new Map() };
  for (const d of db.select({ id: departments.id, hemisId: departments.hemisId }).from(departments).all()) {
    if (d.hemisId !== null) refs.departments.set(d.hemisId, d.id);
  }
  for (const s of db.select().from(specialties).all()) {
    if (s.hemisId !== null) refs.specialties.set(s.hemisId, { id: s.id, educationType: s.educationType });
  }
  for (const g of db.select().from(groups).all()) {
    if (g.hemisId !== null) refs.groups.set(g.hemisId, g);
  }
  return refs;
}

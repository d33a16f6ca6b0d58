import type { StructureImportResult } from '../../../src-shared/contract/structure';
import type {
  ParsedDepartment,
  ParsedSpecialty,
  StructureColumn,
  StructureNames,
} from '../../../src-shared/domain/structure-import-sheets';
import { scriptOf } from '../../../src-shared/domain/transliterate';
import type { TableWithId, Writer } from '../../commands/writer';
import { departments, specialties } from '../registry/schema';
import { newId, sameKey, uzNames } from './common';

export interface RowIssue {
  row: number;
  column: StructureColumn | null;
  key: string;
  params?: Record<string, string | number>;
}
export type IssueFn = (i: RowIssue) => void;
export interface Planned<T> {
  row: number;
  data: T;
}
export type Counts = Pick<StructureImportResult, 'inserted' | 'updated' | 'unchanged'>;
type DepartmentRow = typeof departments.$inferSelect;

/** The first tier with any match decides: one match is the answer, several are ambiguous. */
export function pick<T extends { id: string }>(tiers: T[][]): T | 'ambiguous' | null {
  for (const tier of tiers) {
    const ids = new Set(tier.map((x) => x.id));
    if (ids.size === 1) return tier[0] as T;
    if (ids.size > 1) return 'ambiguous';
  }
  return null;
}

/** Reports an unresolved reference of a row; true when `found` is usable. */
export function resolved<T>(
  found: T | 'ambiguous' | null,
  issue: IssueFn,
  row: number,
  column: StructureColumn,
  value: string,
  notFoundKey: string,
): found is T {
  if (found === null) issue({ row, column, key: notFoundKey, params: { value } });
  else if (found === 'ambiguous')
    issue({ row, column, key: 'validation.structure.import.ambiguous', params: { value } });
  return found !== null && found !== 'ambiguous';
}

/** Rows by folded keys, computed once: `sameKey` transliterates, and every row of a file asks. */
export function keyIndex<T>(rows: readonly T[], keys: (row: T) => string[]): (key: string) => T[] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    for (const key of new Set(keys(row))) {
      if (key === '') continue;
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
  }
  return (key) => map.get(key) ?? [];
}

/** Names in either Uzbek script or Russian, as match keys. */
export const nameKeys = (x: { nameUzLatn: string; nameUzCyrl: string; nameRu: string }) =>
  [x.nameUzLatn, x.nameUzCyrl, x.nameRu].map(sameKey);

/** A department by its code, else by a name in any script; among equal names a faculty wins when `faculty`. */
export function departmentFinder<T extends DepartmentRow>(all: readonly T[]) {
  const byCode = keyIndex(all, (d) => [sameKey(d.code)]);
  const byName = keyIndex(all, nameKeys);
  return (text: string, faculty = false) => {
    const key = sameKey(text);
    const named = byName(key);
    const faculties = named.filter((d) => d.structureType === '11');
    return pick([byCode(key), faculty && faculties.length > 0 ? faculties : named]);
  };
}

/**
 * The names to store: both Uzbek scripts filled the way the forms fill them (`uzNames`). On an
 * update an empty optional cell keeps what is stored (a Cyrillic name corrected by hand is not
 * replaced by a transliteration of the same Latin name), so a re-import changes nothing.
 */
export function mergeNames(given: StructureNames, before: StructureNames | undefined): StructureNames {
  const names = uzNames(given);
  if (!before) return names;
  const sameLatin = sameKey(before.nameUzLatn) === sameKey(names.nameUzLatn);
  if (!given.nameUzCyrl && scriptOf(given.nameUzLatn) !== 'cyrillic' && sameLatin && before.nameUzCyrl) {
    names.nameUzCyrl = before.nameUzCyrl;
  }
  if (!given.nameRu) names.nameRu = before.nameRu;
  if (!given.nameEn) names.nameEn = before.nameEn;
  return names;
}

/** Inserts, or updates when a value differs, and counts which of the three it was. */
export function upsertCounted<T extends TableWithId>(
  w: Writer,
  table: T,
  before: T['$inferSelect'] | undefined,
  values: Partial<T['$inferInsert']>,
  counts: Counts,
): T['$inferSelect'] {
  if (!before) {
    counts.inserted++;
    return w.insert(table, { id: newId(w), ...values } as T['$inferInsert']);
  }
  const old = before as Record<string, unknown>;
  if (Object.entries(values).every(([k, v]) => v === undefined || old[k] === v)) {
    counts.unchanged++;
    return before;
  }
  counts.updated++;
  return w.update(table, (before as { id: string }).id, values);
}

/** A department as it will be after the import: stored ones, with the file's rows over them. */
interface Node extends DepartmentRow {
  before: DepartmentRow | undefined;
}

/**
 * Departments, in two passes: first every row of the file joins the stored tree (matched by code,
 * or new), then each parent is found by code or name among them all, so a chair may name a
 * faculty further down the file. A parent that is unknown, ambiguous or makes a cycle is a row error.
 */
export function writeDepartments(w: Writer, planned: Planned<ParsedDepartment>[], counts: Counts, issue: IssueFn) {
  const stored = w.db.select().from(departments).all();
  const storedByCode = keyIndex(stored, (d) => [sameKey(d.code)]);
  const nodes: Node[] = stored.map((d) => ({ ...d, before: d }));
  const nodeOf = new Map(nodes.map((n) => [n.id, n]));
  const fileNodes: { p: Planned<ParsedDepartment>; node: Node }[] = [];
  for (const p of planned) {
    const before = storedByCode(sameKey(p.data.code))[0];
    const values = {
      code: before?.code ?? p.data.code,
      ...mergeNames(p.data.names, before),
      structureType: p.data.structureType,
      parentId: before?.parentId ?? null,
    };
    let node = before ? nodeOf.get(before.id) : undefined;
    if (node) Object.assign(node, values);
    else {
      node = { id: newId(w), hemisId: null, active: true, ...values, before: undefined };
      nodes.push(node);
      nodeOf.set(node.id, node);
    }
    fileNodes.push({ p, node });
  }
  // Looked up only now, with every row of the file in the tree: a parent may come further down.
  const findParent = departmentFinder(nodes);
  for (const { p, node } of fileNodes) {
    if (!p.data.parent) continue;
    const found = findParent(p.data.parent);
    const notFound = 'validation.structure.import.parentNotFound';
    if (!resolved(found, issue, p.row, 'parent', p.data.parent, notFound)) continue;
    node.parentId = found.id;
  }
  for (const { p, node } of fileNodes) {
    const seen = new Set<string>();
    for (let at = node.parentId; at !== null && !seen.has(at); at = nodeOf.get(at)?.parentId ?? null) {
      seen.add(at);
      if (at === node.id) {
        issue({ row: p.row, column: 'parent', key: 'validation.structure.parentCycle' });
        break;
      }
    }
  }
  for (const { node } of fileNodes) {
    const { code, nameUzLatn, nameUzCyrl, nameRu, nameEn, structureType, parentId } = node;
    const values = { code, nameUzLatn, nameUzCyrl, nameRu, nameEn, structureType, parentId };
    if (node.before) upsertCounted(w, departments, node.before, values, counts);
    else upsertCounted(w, departments, undefined, { ...values, id: node.id }, counts);
  }
}

/**
 * Specialties, matched by code and education type (a code may be a bachelor and a master
 * programme, never twice one type: the rule of the specialty form); the faculty by code or name.
 */
export function writeSpecialties(w: Writer, planned: Planned<ParsedSpecialty>[], counts: Counts, issue: IssueFn) {
  const findFaculty = departmentFinder(w.db.select().from(departments).all());
  const stored = keyIndex(w.db.select().from(specialties).all(), (s) => [`${sameKey(s.code)}|${s.educationType}`]);
  for (const p of planned) {
    const faculty = findFaculty(p.data.faculty, true);
    const notFound = 'validation.structure.import.facultyNotFound';
    if (!resolved(faculty, issue, p.row, 'faculty', p.data.faculty, notFound)) continue;
    const before = stored(`${sameKey(p.data.code)}|${p.data.educationType}`)[0];
    upsertCounted(
      w,
      specialties,
      before,
      {
        code: before?.code ?? p.data.code,
        ...mergeNames(p.data.names, before),
        departmentId: faculty.id,
        educationType: p.data.educationType,
      },
      counts,
    );
  }
}

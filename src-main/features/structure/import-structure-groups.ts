import type { ParsedGroup, StructureColumn } from '../../../src-shared/domain/structure-import-sheets';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import type { Writer } from '../../commands/writer';
import { curricula, employees } from '../academic/schema';
import { departments, groups, specialties } from '../registry/schema';
import { sameKey } from './common';
import { groupIssues, followGroup } from './groups';
import {
  departmentFinder,
  keyIndex,
  nameKeys,
  pick,
  resolved,
  upsertCounted,
  type Counts,
  type IssueFn,
  type Planned,
} from './import-structure-write';

/** Group names match with case, spaces and apostrophe forms (and the script) folded: `IQT-26 01` = `иқт-2601`. */
export const groupMatchKey = (name: string) => sameKey(name).replace(/\s+/g, '');

/** Where the group form's field issues show in the file. */
const COLUMN_OF: Record<string, StructureColumn> = {
  name: 'name',
  departmentId: 'faculty',
  specialtyId: 'specialty',
  curriculumId: 'curriculum',
  course: 'course',
  tutorId: 'tutor',
};

type SpecialtyRow = typeof specialties.$inferSelect;
type Lookup<T> = T | 'ambiguous' | null;

/** `60410100`, `60410100 Iqtisodiyot` (how lists show it) or a name; a faculty given narrows a code two types share. */
function specialtyFinder(all: SpecialtyRow[]) {
  const byCode = keyIndex(all, (s) => [sameKey(s.code)]);
  const byName = keyIndex(all, nameKeys);
  return (text: string, departmentId: string | null): Lookup<SpecialtyRow> => {
    const narrow = (list: SpecialtyRow[]) => {
      const mine = departmentId ? list.filter((s) => s.departmentId === departmentId) : [];
      return mine.length > 0 ? mine : list;
    };
    const key = sameKey(text);
    return pick([byCode(key), byCode(sameKey(text.split(' ')[0] ?? '')), byName(key)].map(narrow));
  };
}

/** A curriculum by its HEMIS id or its name; among equal names the specialty's own. */
function curriculumFinder(w: Writer) {
  const all = w.db.select().from(curricula).all();
  const byName = keyIndex(all, (c) => [sameKey(c.name)]);
  return (text: string, specialtyId: string) => {
    const named = byName(sameKey(text));
    const own = named.filter((c) => c.specialtyId === specialtyId);
    return pick([
      /^\d+$/.test(text) ? all.filter((c) => c.hemisId === Number(text)) : [],
      own.length > 0 ? own : named,
    ]);
  };
}

/** An employee by the full name (surname first, patronymic optional) or the staff number. */
function tutorFinder(w: Writer) {
  const all = w.db.select().from(employees).all();
  const byFullName = keyIndex(all, (e) => [sameKey(`${e.lastName} ${e.firstName} ${e.patronymic}`)]);
  const byShortName = keyIndex(all, (e) => [sameKey(`${e.lastName} ${e.firstName}`)]);
  const byNumber = keyIndex(all, (e) => [e.employeeIdNumber ?? '']);
  return (text: string) => {
    const key = sameKey(text);
    return pick([byFullName(key), byShortName(key), byNumber(text)]);
  };
}

/**
 * Groups, matched by name. The references are found first; then the group form's own checks run
 * (`groupIssues`: a curriculum of the same specialty, the course within it…), and the students of an
 * updated group follow it as they do after the form. Empty optional cells keep what is stored.
 */
export function writeGroups(w: Writer, planned: Planned<ParsedGroup>[], counts: Counts, issue: IssueFn) {
  const findFaculty = departmentFinder(w.db.select().from(departments).all());
  const findSpecialty = specialtyFinder(w.db.select().from(specialties).all());
  const stored = keyIndex(w.db.select().from(groups).all(), (g) => [groupMatchKey(g.name)]);
  const findCurriculum = curriculumFinder(w);
  const findTutor = tutorFinder(w);
  for (const p of planned) {
    const d = p.data;
    const row = p.row;
    const before = stored(groupMatchKey(d.name))[0];
    let ok = true;
    const faculty = d.faculty ? findFaculty(d.faculty, true) : null;
    if (d.faculty)
      ok = resolved(faculty, issue, row, 'faculty', d.faculty, 'validation.structure.import.facultyNotFound');
    const facultyId = faculty && faculty !== 'ambiguous' ? faculty.id : null;
    const specialty = findSpecialty(d.specialty, facultyId);
    const notFound = 'validation.structure.import.specialtyNotFound';
    if (!resolved(specialty, issue, row, 'specialty', d.specialty, notFound)) continue;
    let curriculumId = before?.curriculumId ?? null;
    if (d.curriculum) {
      const found = findCurriculum(d.curriculum, specialty.id);
      const key = 'validation.structure.import.curriculumNotFound';
      if (resolved(found, issue, row, 'curriculum', d.curriculum, key)) curriculumId = found.id;
      else ok = false;
    }
    let tutorId = before?.tutorId ?? null;
    if (d.tutor) {
      const found = findTutor(d.tutor);
      if (resolved(found, issue, row, 'tutor', d.tutor, 'validation.structure.import.tutorNotFound'))
        tutorId = found.id;
      else ok = false;
    }
    if (!ok) continue;
    const values = {
      // Matched by a folded key: the stored spelling stays (a Cyrillic list does not rename `IQT-26-01`).
      name: before?.name ?? cleanText(d.name),
      departmentId: facultyId ?? before?.departmentId ?? specialty.departmentId,
      specialtyId: specialty.id,
      curriculumId,
      educationLang: d.educationLang,
      educationForm: d.educationForm,
      course: d.course,
      tutorId,
    };
    // Names equal by `groupKey` (the form's rule) are equal by the coarser match key too: those are the only rivals.
    const issues = groupIssues(w, { id: before?.id, ...values }, stored(groupMatchKey(values.name)));
    for (const i of issues) {
      issue({ row, column: COLUMN_OF[i.path] ?? null, key: i.key, ...(i.params ? { params: i.params } : {}) });
    }
    if (issues.length > 0) continue;
    const saved = upsertCounted(w, groups, before, values, counts);
    if (before) followGroup(w, saved);
  }
}

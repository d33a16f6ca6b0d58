import type { GradesPullResult } from '../../../src-shared/contract/grades';
import type { Sqlite } from '../../db/connection';

/** The lists of the grades pull, each with the counter of its result. */
const COUNTER = {
  'academic-record-list': 'records',
  'student-gpa-list': 'gpa',
  'student-performance-list': 'performance',
} as const;
export type GradesEndpoint = keyof typeof COUNTER;

const MAX_REJECTS = 100;
const SEMESTER_CODE = /^(1[1-9]|2[0-2])$/;

/** HEMIS ids → local rows, read once per pull (the structure pull keeps these current). */
export function loadMaps(db: Sqlite) {
  const pairs = (sql: string) => new Map((db.prepare(sql).raw().all() as [number, string][]).map(([k, v]) => [k, v]));
  const curricula = new Map(
    (
      db.prepare('select hemis_id, id, marking_system from curricula where hemis_id is not null').raw().all() as [
        number,
        string,
        string,
      ][]
    ).map(([h, id, ms]) => [h, { id, markingSystem: ms }]),
  );
  const places = new Map(
    (
      db
        .prepare('select curriculum_id, semester, subject_id, id, rating_grade from curriculum_subjects')
        .raw()
        .all() as string[][]
    ).map(([c, sem, subj, id, rg]) => [`${c}|${sem}|${subj}`, { id: id as string, ratingGrade: rg as string }]),
  );
  return {
    students: pairs('select hemis_id, id from students where hemis_id is not null'),
    subjects: pairs('select hemis_id, id from subjects where hemis_id is not null'),
    semesters: pairs('select hemis_id, code from curriculum_semesters where hemis_id is not null'),
    curricula,
    places,
  };
}
export type Maps = ReturnType<typeof loadMaps>;

/**
 * A semester as HEMIS names it → its code 11…22: HEMIS sends the code (`'11'`, `{code:'11'}`) or the
 * id of its `semester-list` row, which the structure pull has mapped.
 */
export function semesterOf(value: number | string | null, maps: Maps): string | undefined {
  const raw = value === null ? null : String(value);
  if (!raw) return undefined;
  if (SEMESTER_CODE.test(raw)) return raw;
  return /^\d+$/.test(raw) ? maps.semesters.get(Number(raw)) : undefined;
}

/** Counts an item that did not match and keeps the first ones, with the message key of why. */
export function reject(result: GradesPullResult, endpoint: GradesEndpoint, hemisId: number | null, key: string): void {
  result[COUNTER[endpoint]].rejected++;
  if (result.rejects.length < MAX_REJECTS) result.rejects.push({ endpoint, hemisId, key });
}

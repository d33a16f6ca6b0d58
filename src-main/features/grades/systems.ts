import {
  DEFAULT_MARKING_SYSTEMS,
  markingSystemOf,
  parseBorders,
  type MarkingSystem,
  type MarkingSystemCode,
} from '../../../src-shared/domain/grading';
import type { Sqlite } from '../../db/connection';
import { stmt } from './statements';

interface SystemRow {
  code: string;
  minimum_limit: number | null;
  gpa_limit: number;
  borders: string;
}

/** The institution's marking systems (its own borders where it edited them, HEMIS's otherwise). */
export function loadSystems(db: Sqlite): (code: string) => MarkingSystem {
  const rows = stmt(db, 'select code, minimum_limit, gpa_limit, borders from marking_systems').all() as SystemRow[];
  const own = new Map<string, MarkingSystem>();
  for (const r of rows) {
    const base = DEFAULT_MARKING_SYSTEMS[(r.code in DEFAULT_MARKING_SYSTEMS ? r.code : '13') as MarkingSystemCode];
    own.set(
      r.code,
      markingSystemOf(r.code, {
        minimumLimit: r.minimum_limit,
        gpaLimit: r.gpa_limit,
        borders: parseBorders(r.borders, base.borders),
      }),
    );
  }
  return (code) => own.get(code) ?? markingSystemOf(code);
}

export interface StudentPlacement {
  id: string;
  groupId: string | null;
  curriculumId: string | null;
  markingSystem: string | null;
  gpaLimit: number | null;
}

/** A student with the curriculum their group studies (its marking system and GPA pass line). */
export function studentPlacement(db: Sqlite, studentId: string): StudentPlacement | undefined {
  return stmt(
    db,
    `select s.id, s.group_id as groupId, c.id as curriculumId, c.marking_system as markingSystem, c.gpa_limit as gpaLimit
       from students s left join groups g on g.id = s.group_id left join curricula c on c.id = g.curriculum_id
      where s.id = ?`,
  ).get(studentId) as StudentPlacement | undefined;
}

/**
 * The system a student's GPA and promotion are judged by: the curriculum's code with the
 * curriculum's own pass line (NIZOM-824 cl. 42: each OTM fixes it within 2.4–3.0).
 */
export function systemForStudent(
  p: Pick<StudentPlacement, 'markingSystem' | 'gpaLimit'>,
  systemOf: (code: string) => MarkingSystem,
  fallbackCode: string,
): MarkingSystem {
  const system = systemOf(p.markingSystem ?? fallbackCode);
  return p.gpaLimit !== null ? { ...system, gpaLimit: p.gpaLimit } : system;
}

import { foldName } from '../../../src-shared/domain/search-key';
import type { Sqlite } from '../../db/connection';
import { stmt } from './statements';

/** A checked import row, ready to be written. */
export interface Planned {
  row: number;
  studentId: string;
  subjectId: string;
  curriculumSubjectId: string;
  semester: string;
  semesterYear: string | null;
  educationYear: string;
  credit: number;
  ratingGrade: string;
  markingSystem: string;
  attempt: number;
  totalPoint: number | null;
  grade: number | null;
}

/** By student ID number first (what a record sheet prints), else by PINFL. */
export function resolveStudent(db: Sqlite, idNumber: string, pinfl: string): string | null {
  const byId = idNumber
    ? (stmt(db, 'select id from students where student_id_number = ?').get(idNumber) as { id: string } | undefined)
    : undefined;
  if (byId) return byId.id;
  const byPinfl = /^\d{14}$/.test(pinfl)
    ? (stmt(db, 'select id from students where pinfl = ? limit 2').all(pinfl) as { id: string }[])
    : [];
  return byPinfl.length === 1 ? (byPinfl[0] as { id: string }).id : null;
}

interface Place {
  curriculumSubjectId: string;
  subjectId: string;
  semester: string;
  semesterYear: string | null;
  credit: number;
  ratingGrade: string;
  markingSystem: string;
  code: string;
  nameUzLatn: string;
}

function placesOf(db: Sqlite, studentId: string): Place[] {
  return stmt(
    db,
    `select cs.id as curriculumSubjectId, cs.subject_id as subjectId, cs.semester, sem.education_year as semesterYear,
            cs.credit, cs.rating_grade as ratingGrade, c.marking_system as markingSystem, s.code, s.name_uz_latn as nameUzLatn
       from students st join groups g on g.id = st.group_id join curricula c on c.id = g.curriculum_id
       join curriculum_subjects cs on cs.curriculum_id = c.id join subjects s on s.id = cs.subject_id
       left join curriculum_semesters sem on sem.curriculum_id = c.id and sem.code = cs.semester
      where st.id = ?`,
  ).all(studentId) as Place[];
}

/**
 * The curriculum subject a row means: the subject (by code, else by its folded name) in the
 * student's own curriculum, in the row's semester, or the only semester it is taught in.
 */
export function resolveSubject(
  db: Sqlite,
  studentId: string,
  code: string,
  foldedName: string,
  semester: string | null,
): Omit<Planned, 'row' | 'studentId' | 'educationYear' | 'attempt' | 'totalPoint' | 'grade'> | { error: string } {
  const places = placesOf(db, studentId);
  if (places.length === 0) return { error: 'error.gradeImportNoCurriculum' };
  const bySubject = places.filter((p) =>
    code ? p.code.toLowerCase() === code.toLowerCase() : foldName(p.nameUzLatn) === foldedName,
  );
  if (bySubject.length === 0) return { error: 'error.gradeImportSubject' };
  const matches = semester ? bySubject.filter((p) => p.semester === semester) : bySubject;
  if (matches.length !== 1)
    return { error: matches.length === 0 ? 'error.gradeImportSubjectSemester' : 'error.gradeImportSemesterNeeded' };
  const { code: _c, nameUzLatn: _n, ...place } = matches[0] as Place;
  return place;
}

import type { ControlMark, SubjectNames } from '../../../src-shared/contract/grades';
import type { Sqlite } from '../../db/connection';
import { stmt } from './statements';

/** An academic_records row as the grade screens read it, with its subject's names. */
export interface RecordRow {
  id: string;
  studentId: string;
  subjectId: string;
  curriculumSubjectId: string | null;
  semester: string;
  educationYear: string;
  credit: number;
  totalPoint: number | null;
  grade: number | null;
  ratingGrade: string;
  markingSystem: string;
  attempt: number;
  restudy: number;
  source: string;
  isCurrent: number;
  subjectCode: string;
  nameUzLatn: string;
  nameUzCyrl: string;
  nameRu: string;
  nameEn: string;
}

const RECORD_COLUMNS = `r.id, r.student_id as studentId, r.subject_id as subjectId,
  r.curriculum_subject_id as curriculumSubjectId, r.semester, r.education_year as educationYear, r.credit,
  r.total_point as totalPoint, r.grade, r.rating_grade as ratingGrade, r.marking_system as markingSystem,
  r.attempt, r.restudy, r.source, r.is_current as isCurrent, s.code as subjectCode,
  s.name_uz_latn as nameUzLatn, s.name_uz_cyrl as nameUzCyrl, s.name_ru as nameRu, s.name_en as nameEn`;

/** Every entry of a student (current and replaced), by semester; served by `academic_records_student`. */
export function studentRecords(db: Sqlite, studentId: string): RecordRow[] {
  return stmt(
    db,
    `select ${RECORD_COLUMNS} from academic_records r join subjects s on s.id = r.subject_id
      where r.student_id = ? order by r.semester, s.name_uz_latn, r.created_at`,
  ).all(studentId) as RecordRow[];
}

/**
 * A student's control marks by `subjectId|semester`, in one indexed read (`control_marks_student`):
 * per control type the mark of the latest sitting (a re-sit's YN replaces the first YN, a JN given only
 * on the 1st record sheet still counts), ordered by exam type.
 */
export function studentControls(db: Sqlite, studentId: string): Map<string, ControlMark[]> {
  const rows = stmt(
    db,
    `select subject_id, semester, exam_type, final_exam_type, points, max_points from control_marks
      where student_id = ?`,
  )
    .raw()
    .all(studentId) as [string, string, string, string, number, number | null][];
  const out = new Map<string, ControlMark[]>();
  for (const [subjectId, semester, examType, finalExamType, points, maxPoints] of rows) {
    const key = `${subjectId}|${semester}`;
    let marks = out.get(key);
    if (!marks) out.set(key, (marks = []));
    const i = marks.findIndex((m) => m.examType === examType);
    const mark = { examType, finalExamType, points, maxPoints };
    if (i < 0) marks.push(mark);
    else if ((marks[i] as ControlMark).finalExamType < finalExamType) marks[i] = mark;
  }
  for (const marks of out.values()) marks.sort((a, b) => (a.examType < b.examType ? -1 : 1));
  return out;
}

export function subjectNames(r: Pick<RecordRow, 'nameUzLatn' | 'nameUzCyrl' | 'nameRu' | 'nameEn'>): SubjectNames {
  return { uzLatn: r.nameUzLatn, uzCyrl: r.nameUzCyrl, ru: r.nameRu, en: r.nameEn };
}

/** The entry that counts for a student × subject × semester, if any. */
export interface CurrentEntry {
  id: string;
  totalPoint: number | null;
  grade: number | null;
  credit: number;
  attempt: number;
  restudy: number;
  markingSystem: string;
}

export function currentEntry(
  db: Sqlite,
  studentId: string,
  subjectId: string,
  semester: string,
): CurrentEntry | undefined {
  return stmt(
    db,
    `select id, total_point as totalPoint, grade, credit, attempt, restudy, marking_system as markingSystem
       from academic_records where student_id = ? and subject_id = ? and semester = ? and is_current = 1`,
  ).get(studentId, subjectId, semester) as CurrentEntry | undefined;
}

/** A curriculum subject with what an entry copies from it (credit, counted type, marking system). */
export interface CurriculumSubjectInfo {
  id: string;
  curriculumId: string;
  subjectId: string;
  semester: string;
  credit: number;
  ratingGrade: string;
  examFinish: string;
  markingSystem: string;
  semesterYear: string | null;
}

export function curriculumSubject(db: Sqlite, id: string): CurriculumSubjectInfo | undefined {
  return stmt(
    db,
    `select cs.id, cs.curriculum_id as curriculumId, cs.subject_id as subjectId, cs.semester, cs.credit,
            cs.rating_grade as ratingGrade, cs.exam_finish as examFinish, c.marking_system as markingSystem,
            sem.education_year as semesterYear
       from curriculum_subjects cs join curricula c on c.id = cs.curriculum_id
       left join curriculum_semesters sem on sem.curriculum_id = cs.curriculum_id and sem.code = cs.semester
      where cs.id = ?`,
  ).get(id) as CurriculumSubjectInfo | undefined;
}

/** The same values: a re-entry of what is already recorded changes nothing. */
export function sameValues(
  a: { totalPoint: number | null; grade: number | null },
  b: { totalPoint: number | null; grade: number | null },
): boolean {
  return a.totalPoint === b.totalPoint && a.grade === b.grade;
}

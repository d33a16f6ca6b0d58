import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import { scoreMax } from '../../../src-shared/domain/grading';
import type { Sqlite } from '../../db/connection';
import { curriculumSubject, subjectNames } from './repo';
import { stmt } from './statements';
import { loadSystems } from './systems';

type SheetOutput = ChannelOutput<'grades.sheet'>;

/**
 * The record sheet (qaydnoma, DOMAIN §3.8) of a group for one curriculum subject: the group's
 * students with the entry that counts now, so the sheet shows what is recorded and what is not.
 */
export function gradeSheet(db: Sqlite, input: ChannelParsedInput<'grades.sheet'>): SheetOutput {
  const groups = stmt(
    db,
    'select id, name, course from groups where curriculum_id is not null and active = 1 order by name',
  ).all() as SheetOutput['groups'];
  const group = input.groupId
    ? (stmt(db, 'select id, curriculum_id as curriculumId from groups where id = ?').get(input.groupId) as
        { id: string; curriculumId: string | null } | undefined)
    : undefined;
  const empty: SheetOutput = {
    groups,
    subjects: [],
    markingSystem: '13',
    scoreMax: 100,
    educationYear: null,
    students: [],
  };
  if (!group?.curriculumId) return empty;
  const subjects = (
    stmt(
      db,
      `select cs.id as curriculumSubjectId, s.code as subjectCode, cs.semester, cs.credit, cs.exam_finish as examFinish,
              cs.rating_grade as ratingGrade, s.name_uz_latn as nameUzLatn, s.name_uz_cyrl as nameUzCyrl,
              s.name_ru as nameRu, s.name_en as nameEn
         from curriculum_subjects cs join subjects s on s.id = cs.subject_id
        where cs.curriculum_id = ? and cs.active = 1 order by cs.semester, cs.position, s.name_uz_latn`,
    ).all(group.curriculumId) as (Omit<SheetOutput['subjects'][number], 'subject'> & {
      nameUzLatn: string;
      nameUzCyrl: string;
      nameRu: string;
      nameEn: string;
    })[]
  ).map(({ nameUzLatn, nameUzCyrl, nameRu, nameEn, ...rest }) => ({
    ...rest,
    subject: subjectNames({ nameUzLatn, nameUzCyrl, nameRu, nameEn }),
  }));
  const cs = input.curriculumSubjectId ? curriculumSubject(db, input.curriculumSubjectId) : undefined;
  if (!cs || cs.curriculumId !== group.curriculumId) return { ...empty, subjects };
  const system = loadSystems(db)(cs.markingSystem);
  const students = stmt(
    db,
    `select st.id as studentId, trim(st.last_name_lat || ' ' || st.first_name_lat || ' ' || st.patronymic_lat) as name,
            trim(st.last_name_cyr || ' ' || st.first_name_cyr || ' ' || st.patronymic_cyr) as nameCyr,
            st.student_id_number as studentIdNumber, g.name as "group", st.course, null as faculty,
            r.id as recordId, r.total_point as totalPoint, r.grade, r.attempt
       from students st join groups g on g.id = st.group_id
       left join academic_records r on r.student_id = st.id and r.subject_id = ? and r.semester = ? and r.is_current = 1
      where st.group_id = ? and st.status = '11'
      order by st.last_name_lat, st.first_name_lat`,
  ).all(cs.subjectId, cs.semester, group.id) as SheetOutput['students'];
  return {
    groups,
    subjects,
    markingSystem: system.code,
    scoreMax: scoreMax(system),
    educationYear: cs.semesterYear,
    students,
  };
}

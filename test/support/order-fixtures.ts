import type { Sqlite } from '../../src-main/db/connection';
import { uuidv7 } from '../../src-shared/domain/uuid';
import { seedAcademic, type AcademicFixture } from './academic-fixtures';

/**
 * A small institution for the order tests (issue 6), inserted directly like `seedAcademic` (which it builds on):
 * one faculty "Iqtisodiyot fakulteti", one bachelor specialty, one curriculum (8 semesters, marking system 13 =
 * 5-point credit scale, GPA pass line 2.4) and four groups studying it:
 *
 * | group          | course | students (status, results of education year 2025)                              |
 * |----------------|--------|--------------------------------------------------------------------------------|
 * | `IQT-24` (a)   | 2      | `good` Aliyev Bobur 11, GPA 4.6 → canTransfer · `weak` Karimova Dilnoza 11,     |
 * |                |        | GPA 2.0, 2 debts → cannot transfer · `unknown` Joʻrayev Sanjar 11, no results    |
 * |                |        | (canTransfer null) · `onLeave` Qodirova Nodira 13 (academic leave), GPA 4.6      |
 * | `IQT-24B` (b)  | 2      | nobody: the target of group changes and transfers                               |
 * | `IQT-22` (c)   | 4      | `finalGood` Ergashev Oʻktam 11, GPA 4.6, no debts → may graduate ·              |
 * |                |        | `finalDebt` Toʻxtayeva Shahnoza 11, GPA 3.8, 1 debt → may not graduate           |
 * | `IQT-25` (d)   | 1      | `firstYear` Rahimov Jasur 11, GPA 4.6 · `expelled` Yusupova Madina 12 (expelled), |
 * |                |        | no results                                                                       |
 *
 * Results are two current records of year 2025 (MAT 6 credits, FIZ 4 credits); the `gpa_totals` triggers sum
 * them. Student ID numbers are `36424<tag 2 digits><n 3 digits>`. `tag` distinguishes a second institution
 * slice in the same database (as in `seedAcademic`). Never used by the app itself.
 */
export interface OrderFixture {
  academic: AcademicFixture;
  facultyId: string;
  specialtyId: string;
  curriculumId: string;
  groups: Record<'a' | 'b' | 'c' | 'd', { id: string; name: string; course: number }>;
  students: Record<OrderFixtureStudent, { id: string; name: string; idNumber: string; groupId: string }>;
}

export type OrderFixtureStudent =
  'good' | 'weak' | 'unknown' | 'onLeave' | 'finalGood' | 'finalDebt' | 'firstYear' | 'expelled';

const NOW = '2026-11-28T09:00:00.000Z';

/** name, group, status, grades (MAT, FIZ) or null for no results. */
const PEOPLE: [OrderFixtureStudent, string, string, 'a' | 'c' | 'd', string, [number, number] | null][] = [
  ['good', 'Aliyev', 'Bobur', 'a', '11', [5, 4]],
  ['weak', 'Karimova', 'Dilnoza', 'a', '11', [2, 2]],
  ['unknown', 'Joʻrayev', 'Sanjar', 'a', '11', null],
  ['onLeave', 'Qodirova', 'Nodira', 'a', '13', [5, 4]],
  ['finalGood', 'Ergashev', 'Oʻktam', 'c', '11', [5, 4]],
  ['finalDebt', 'Toʻxtayeva', 'Shahnoza', 'c', '11', [5, 2]],
  ['firstYear', 'Rahimov', 'Jasur', 'd', '11', [5, 4]],
  ['expelled', 'Yusupova', 'Madina', 'd', '12', null],
];

export function seedOrders(db: Sqlite, opts: { tag?: number } = {}): OrderFixture {
  const tag = opts.tag ?? 0;
  const academic = seedAcademic(db, { students: 0, course: 2, tag });
  const { facultyId, specialtyId, curriculumId } = academic;
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  const suffix = tag === 0 ? '' : `-${tag}`;
  const groupA = { id: academic.groupId, name: tag === 0 ? 'IQT-24' : `IQT-24-${tag}`, course: 2 };
  const addGroup = (name: string, course: number) => {
    const id = uuidv7();
    run(
      `insert into groups (id, name, department_id, specialty_id, education_lang, education_form, course, curriculum_id)
       values (?, ?, ?, ?, '11', '11', ?, ?)`,
      id,
      name + suffix,
      facultyId,
      specialtyId,
      course,
      curriculumId,
    );
    return { id, name: name + suffix, course };
  };
  const groups = { a: groupA, b: addGroup('IQT-24B', 2), c: addGroup('IQT-22', 4), d: addGroup('IQT-25', 1) };
  const [mat, fiz] = academic.subjects;
  const record = db.prepare(
    `insert into academic_records (id, student_id, subject_id, curriculum_subject_id, semester, education_year, credit,
       total_point, grade, rating_grade, marking_system, source, is_current, created_by, created_at)
     values (?, ?, ?, ?, ?, '2025', ?, ?, ?, '11', '13', 'manual', 1, 'fixture', ?)`,
  );
  const students = {} as OrderFixture['students'];
  PEOPLE.forEach(([key, last, first, g, status, grades], i) => {
    const id = uuidv7();
    const group = groups[g];
    const idNumber = `36424${String(tag).padStart(2, '0')}${String(i + 1).padStart(3, '0')}`;
    run(
      `insert into students (id, hemis_id, student_id_number, last_name_lat, first_name_lat, group_id, department_id,
         specialty_id, course, education_form, education_lang, education_type, payment_form, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, '11', '11', '11', ?, ?, ?, ?)`,
      id,
      5000 + tag * 100 + i,
      idNumber,
      last,
      first,
      group.id,
      facultyId,
      specialtyId,
      group.course,
      i % 2 === 0 ? '11' : '12',
      status,
      NOW,
      NOW,
    );
    if (grades) {
      [mat!, fiz!].forEach((subject, k) => {
        const grade = grades[k]!;
        record.run(
          uuidv7(),
          id,
          subject.subjectId,
          subject.id,
          subject.semester,
          subject.credit,
          grade * 20 - 5,
          grade,
          NOW,
        );
      });
    }
    students[key] = { id, name: `${last} ${first}`, idNumber, groupId: group.id };
  });
  return { academic, facultyId, specialtyId, curriculumId, groups, students };
}

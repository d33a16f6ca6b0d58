import type { Sqlite } from '../../src-main/db/connection';
import { uuidv7 } from '../../src-shared/domain/uuid';

/**
 * Academic structure for grade tests, inserted directly (the structure screens and channels are
 * another feature's): a faculty, a specialty, a curriculum over three semesters with HEMIS ids,
 * its subjects, a group studying it and its students. Never used by the app itself.
 */
export interface AcademicFixture {
  facultyId: string;
  specialtyId: string;
  curriculumId: string;
  groupId: string;
  /** Curriculum subjects in order: [semester 11: MAT 6 cr, FIZ 4 cr, KURS 2 cr (course work)], [12: TAR 5 cr], [13: DAV 10 cr (state exam)]. */
  subjects: {
    id: string;
    subjectId: string;
    code: string;
    name: string;
    semester: string;
    credit: number;
    hemisId: number;
  }[];
  students: { id: string; idNumber: string; hemisId: number; name: string }[];
}

export interface FixtureOptions {
  markingSystem?: '11' | '12' | '13';
  gpaLimit?: number;
  students?: number;
  /** Distinguishes a second fixture in the same database (names, HEMIS ids, codes). */
  tag?: number;
  course?: number;
}

const NOW = '2026-11-28T09:00:00.000Z';
const SUBJECTS = [
  { code: 'MAT', name: 'Oliy matematika', semester: '11', credit: 6, rating: '11' },
  { code: 'FIZ', name: 'Fizika', semester: '11', credit: 4, rating: '11' },
  { code: 'KURS', name: 'Kurs ishi', semester: '11', credit: 2, rating: '12' },
  { code: 'TAR', name: 'Oʻzbekiston tarixi', semester: '12', credit: 5, rating: '11' },
  { code: 'DAV', name: 'Davlat imtihoni', semester: '13', credit: 10, rating: '13' },
];
const LAST = ['Aliyev', 'Karimova', 'Joʻrayev', 'Qodirova', 'Ergashev', 'Toʻxtayeva', 'Rahimov', 'Yusupova'];
const FIRST = ['Bobur', 'Dilnoza', 'Sanjar', 'Nodira', 'Oʻktam', 'Shahnoza', 'Jasur', 'Madina'];

export function seedAcademic(db: Sqlite, opts: FixtureOptions = {}): AcademicFixture {
  const tag = opts.tag ?? 0;
  const id = () => uuidv7();
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  const facultyId = id();
  run(
    `insert into departments (id, hemis_id, code, name_uz_latn, structure_type) values (?, ?, ?, ?, '11')`,
    facultyId,
    900 + tag,
    `F${tag}`,
    tag === 0 ? 'Iqtisodiyot fakulteti' : `Fakultet ${tag}`,
  );
  const specialtyId = id();
  run(
    `insert into specialties (id, code, name_uz_latn, department_id, education_type) values (?, ?, ?, ?, '11')`,
    specialtyId,
    `6041010${tag}`,
    'Iqtisodiyot',
    facultyId,
  );
  const curriculumId = id();
  run(
    `insert into curricula (id, hemis_id, name, specialty_id, department_id, education_year, education_type, education_form,
       marking_system, semester_count, gpa_limit, created_at, updated_at)
     values (?, ?, ?, ?, ?, '2024', '11', '11', ?, 8, ?, ?, ?)`,
    curriculumId,
    31 + tag * 100,
    `Iqtisodiyot 2024 ${tag}`,
    specialtyId,
    facultyId,
    opts.markingSystem ?? '13',
    opts.gpaLimit ?? 2.4,
    NOW,
    NOW,
  );
  [
    ['11', '2024', '11'],
    ['12', '2024', '11'],
    ['13', '2025', '12'],
  ].forEach(([code, year, level], i) =>
    run(
      `insert into curriculum_semesters (id, hemis_id, curriculum_id, code, education_year, level) values (?, ?, ?, ?, ?, ?)`,
      id(),
      41 + i + tag * 100,
      curriculumId,
      code,
      year,
      level,
    ),
  );
  const subjects = SUBJECTS.map((s, i) => {
    const subjectId = id();
    const hemisId = 61 + i + tag * 100;
    const code = tag === 0 ? s.code : `${s.code}${tag}`;
    run(
      `insert into subjects (id, hemis_id, code, name_uz_latn, name_uz_cyrl) values (?, ?, ?, ?, ?)`,
      subjectId,
      hemisId,
      code,
      s.name,
      '',
    );
    const csId = id();
    run(
      `insert into curriculum_subjects (id, curriculum_id, subject_id, semester, credit, rating_grade, position)
       values (?, ?, ?, ?, ?, ?, ?)`,
      csId,
      curriculumId,
      subjectId,
      s.semester,
      s.credit,
      s.rating,
      i,
    );
    return { id: csId, subjectId, code, name: s.name, semester: s.semester, credit: s.credit, hemisId };
  });
  const groupId = id();
  const course = opts.course ?? 2;
  run(
    `insert into groups (id, name, department_id, specialty_id, education_lang, education_form, course, curriculum_id)
     values (?, ?, ?, ?, '11', '11', ?, ?)`,
    groupId,
    tag === 0 ? 'IQT-24' : `IQT-24-${tag}`,
    facultyId,
    specialtyId,
    course,
    curriculumId,
  );
  const students = Array.from({ length: opts.students ?? 4 }, (_, i) => {
    const sid = id();
    const idNumber = `3642411${String(tag).padStart(2, '0')}${String(i + 1).padStart(3, '0')}`;
    const hemisId = 1000 + tag * 1000 + i;
    const last = LAST[i % LAST.length] as string;
    const first = FIRST[i % FIRST.length] as string;
    run(
      `insert into students (id, hemis_id, student_id_number, last_name_lat, first_name_lat, group_id, department_id,
         specialty_id, course, education_form, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, '11', '11', ?, ?)`,
      sid,
      hemisId,
      idNumber,
      last,
      first,
      groupId,
      facultyId,
      specialtyId,
      course,
      NOW,
      NOW,
    );
    return { id: sid, idNumber, hemisId, name: `${last} ${first}` };
  });
  return { facultyId, specialtyId, curriculumId, groupId, subjects, students };
}

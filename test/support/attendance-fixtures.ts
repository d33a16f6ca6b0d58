import { uuidv7 } from '../../src-shared/domain/uuid';
import type { Sqlite } from '../../src-main/db/connection';
import { reindexStudents, studentSearchText } from '../../src-main/features/students/search-index';

/**
 * Academic rows for attendance tests, written straight into the database: the structure and grades
 * screens are built by others at the same time, and these tests are about attendance, not about how
 * a curriculum gets made. Everything is deterministic and small; `ids` names what was made.
 */
export interface AttendanceWorld {
  facultyId: string;
  otherFacultyId: string;
  groupId: string;
  otherGroupId: string;
  curriculumId: string;
  /** Physics: 60 h lecture+practice, 60 h self-study → 60 auditorium hours. */
  physicsId: string;
  /** History: no per-type hours, total 36 → 36 auditorium hours. */
  historyId: string;
  /** Chemistry: not in the curriculum (hours unknown). */
  chemistryId: string;
  students: { id: string; studentIdNumber: string; pinfl: string; name: string }[];
  otherStudentId: string;
}

let seq = 0;
const id = () => uuidv7(Date.parse('2026-01-01T00:00:00Z') + ++seq);

export function seedAttendanceWorld(db: Sqlite, opts: { hemisIds?: boolean } = {}): AttendanceWorld {
  const h = (n: number) => (opts.hemisIds ? n : null);
  const now = '2026-09-01T00:00:00.000Z';
  const facultyId = id();
  const otherFacultyId = id();
  const dep = db.prepare(
    `insert into departments (id, hemis_id, code, name_uz_latn, name_ru, structure_type) values (?, ?, ?, ?, ?, '11')`,
  );
  dep.run(facultyId, h(1), '101', 'Fizika-matematika fakulteti', 'Физико-математический факультет');
  dep.run(otherFacultyId, h(2), '102', 'Tarix fakulteti', 'Исторический факультет');
  const specialtyId = id();
  const otherSpecialtyId = id();
  const spec = db.prepare(
    `insert into specialties (id, code, name_uz_latn, department_id, education_type) values (?, ?, ?, ?, '11')`,
  );
  spec.run(specialtyId, '60530100', 'Fizika', facultyId);
  spec.run(otherSpecialtyId, '60220300', 'Tarix', otherFacultyId);
  const curriculumId = id();
  db.prepare(
    `insert into curricula (id, name, specialty_id, department_id, education_year, education_type, education_form,
       semester_count, created_at, updated_at) values (?, 'Fizika 2025', ?, ?, '2025', '11', '11', 8, ?, ?)`,
  ).run(curriculumId, specialtyId, facultyId, now, now);
  const sem = db.prepare(
    `insert into curriculum_semesters (id, curriculum_id, code, education_year, level, start_date, end_date, current)
     values (?, ?, ?, '2026', '12', ?, ?, ?)`,
  );
  sem.run(id(), curriculumId, '13', '2026-09-01', '2027-01-31', 1);
  sem.run(id(), curriculumId, '14', '2027-02-01', '2027-06-30', 0);
  const groupId = id();
  const otherGroupId = id();
  const grp = db.prepare(
    `insert into groups (id, hemis_id, name, department_id, specialty_id, education_lang, education_form, course, curriculum_id)
     values (?, ?, ?, ?, ?, '11', '11', 2, ?)`,
  );
  grp.run(groupId, h(51), 'FIZ-24', facultyId, specialtyId, curriculumId);
  grp.run(otherGroupId, h(52), 'TAR-24', otherFacultyId, otherSpecialtyId, null);
  const subj = db.prepare(`insert into subjects (id, hemis_id, code, name_uz_latn, name_ru) values (?, ?, ?, ?, ?)`);
  const physicsId = id();
  const historyId = id();
  const chemistryId = id();
  subj.run(physicsId, h(301), 'FIZ101', 'Umumiy fizika', 'Общая физика');
  subj.run(historyId, h(302), 'TAR101', 'Oʻzbekiston tarixi', 'История Узбекистана');
  subj.run(chemistryId, h(303), 'KIM101', 'Kimyo', 'Химия');
  const cs = db.prepare(
    `insert into curriculum_subjects (id, curriculum_id, subject_id, semester, credit, total_hours, hours) values (?, ?, ?, '13', ?, ?, ?)`,
  );
  cs.run(id(), curriculumId, physicsId, 4, 120, JSON.stringify({ '11': 30, '13': 30, '17': 60 }));
  cs.run(id(), curriculumId, historyId, 2, 36, '{}');
  const st = db.prepare(
    `insert into students (id, hemis_id, student_id_number, pinfl, last_name_lat, first_name_lat, patronymic_lat,
       group_id, department_id, specialty_id, course, created_at, updated_at, search_text)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ?, ?, ?)`,
  );
  // Searchable like any student (the timetable's student picker uses the counter search).
  const searchText = (lastNameLat: string, firstNameLat: string, patronymicLat: string) =>
    studentSearchText({ lastNameLat, firstNameLat, patronymicLat });
  const names = [
    ['Karimov', 'Aziz', 'Botirovich'],
    ['Yoʻldosheva', 'Nilufar', 'Anvarovna'],
    ['Toshmatov', 'Bekzod', ''],
  ] as const;
  const students = names.map(([last, first, patronymic], i) => {
    const sid = id();
    const number = `36424110${String(2000 + i)}`;
    const pinfl = `3010199${String(5000000 + i)}`;
    st.run(
      sid,
      h(1000 + i),
      number,
      pinfl,
      last,
      first,
      patronymic,
      groupId,
      facultyId,
      specialtyId,
      now,
      now,
      searchText(last, first, patronymic),
    );
    return { id: sid, studentIdNumber: number, pinfl, name: `${last} ${first} ${patronymic}`.trim() };
  });
  const otherStudentId = id();
  st.run(
    otherStudentId,
    h(1010),
    '364241103000',
    '30101995009999',
    'Rahimov',
    'Olim',
    '',
    otherGroupId,
    otherFacultyId,
    otherSpecialtyId,
    now,
    now,
    searchText('Rahimov', 'Olim', ''),
  );
  reindexStudents(db, [...students.map((s) => s.id), otherStudentId]);
  return {
    facultyId,
    otherFacultyId,
    groupId,
    otherGroupId,
    curriculumId,
    physicsId,
    historyId,
    chemistryId,
    students,
    otherStudentId,
  };
}

export interface AbsenceSpec {
  studentId: string;
  subjectId: string;
  date: string;
  pair?: string;
  excused?: number;
  unexcused?: number;
  groupId?: string | null;
  semester?: string;
  year?: string;
  source?: string;
}

export function addAbsences(db: Sqlite, rows: AbsenceSpec[]): void {
  const stmt = db.prepare(
    `insert into attendance (id, student_id, subject_id, group_id, semester, education_year, lesson_date, lesson_pair,
       hours_excused, hours_unexcused, source, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const r of rows)
      stmt.run(
        id(),
        r.studentId,
        r.subjectId,
        r.groupId ?? null,
        r.semester ?? '13',
        r.year ?? '2026',
        r.date,
        r.pair ?? '1',
        r.excused ?? 0,
        r.unexcused ?? 0,
        r.source ?? 'excel',
        '2026-11-01T00:00:00.000Z',
      );
  })();
}

/** `n` absences of 2 unexcused hours on consecutive days from `start`, pairs 1.. */
export function absenceRun(studentId: string, subjectId: string, start: string, n: number, hours = 2): AbsenceSpec[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + i);
    return { studentId, subjectId, date: d.toISOString().slice(0, 10), unexcused: hours };
  });
}

export interface LessonSpec {
  groupId: string;
  subjectId: string;
  date: string;
  pair: string;
  start: string;
  end: string;
  room?: string;
  lecturer?: string;
}

export function addLessons(db: Sqlite, rows: LessonSpec[]): void {
  const stmt = db.prepare(
    `insert into schedule_lessons (id, group_id, subject_id, semester, education_year, lesson_date, lesson_pair,
       start_time, end_time, auditorium, building, lecturer, source) values (?, ?, ?, '13', '2026', ?, ?, ?, ?, ?, 'A bino', ?, 'excel')`,
  );
  for (const r of rows)
    stmt.run(id(), r.groupId, r.subjectId, r.date, r.pair, r.start, r.end, r.room ?? '214', r.lecturer ?? 'Aliyev A.');
}

export function addExam(
  db: Sqlite,
  r: {
    groupId: string;
    subjectId: string;
    date: string;
    start: string;
    type?: string;
    attempt?: string;
    room?: string;
  },
): void {
  db.prepare(
    `insert into exams (id, group_id, subject_id, semester, education_year, exam_type, final_exam_type, exam_date,
       start_time, auditorium, lecturer, source) values (?, ?, ?, '13', '2026', ?, ?, ?, ?, ?, 'Aliyev A.', 'excel')`,
  ).run(id(), r.groupId, r.subjectId, r.type ?? '13', r.attempt ?? '11', r.date, r.start, r.room ?? '301');
}

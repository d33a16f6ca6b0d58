import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import { debtBoundsSql, gpaOfStudents, studentWhere, type StudentFilter } from './gpa';
import { subjectNames } from './repo';
import { stmt } from './statements';
import { loadSystems } from './systems';

const STUDENT_COLUMNS = `st.id as studentId,
  trim(st.last_name_lat || ' ' || st.first_name_lat || ' ' || st.patronymic_lat) as name,
  trim(st.last_name_cyr || ' ' || st.first_name_cyr || ' ' || st.patronymic_cyr) as nameCyr,
  st.student_id_number as studentIdNumber, g.name as "group", st.course, d.name_uz_latn as faculty`;
const STUDENT_JOINS = 'left join groups g on g.id = st.group_id left join departments d on d.id = st.department_id';

export interface StudentInfo {
  studentId: string;
  name: string;
  nameCyr: string;
  studentIdNumber: string | null;
  group: string | null;
  course: number | null;
  faculty: string | null;
}

function studentsOf(db: Sqlite, filter: StudentFilter): Map<string, StudentInfo> {
  const where = studentWhere(filter);
  const rows = stmt(
    db,
    `select ${STUDENT_COLUMNS} from students st ${STUDENT_JOINS} where ${where.sql}
      order by st.last_name_lat, st.first_name_lat`,
  ).all(...where.params) as StudentInfo[];
  return new Map(rows.map((r) => [r.studentId, r]));
}

type DebtorsInput = ChannelParsedInput<'grades.debtors'>;

/** Students with at least one current result that is a debt (any rating-grade type: it is owed). */
export function debtors(db: Sqlite, input: DebtorsInput): ChannelOutput<'grades.debtors'> {
  const where = studentWhere(input);
  const debt = debtBoundsSql(loadSystems(db));
  const year = input.educationYear ? 'and r.education_year = ?' : '';
  const rows = stmt(
    db,
    `select st.id as studentId, r.credit, r.semester, s.name_uz_latn as nameUzLatn, s.name_uz_cyrl as nameUzCyrl,
            s.name_ru as nameRu, s.name_en as nameEn
       from students st join academic_records r on r.student_id = st.id and r.is_current = 1
       join subjects s on s.id = r.subject_id
      where ${where.sql} and coalesce(r.grade, 2) < ${debt.sql.replace('marking_system', 'r.marking_system')} ${year}
      order by st.last_name_lat, st.first_name_lat, st.id, r.semester`,
  ).all(...where.params, ...debt.params, ...(input.educationYear ? [input.educationYear] : [])) as {
    studentId: string;
    credit: number;
    semester: string;
    nameUzLatn: string;
    nameUzCyrl: string;
    nameRu: string;
    nameEn: string;
  }[];
  const byStudent = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byStudent.get(r.studentId);
    if (list) list.push(r);
    else byStudent.set(r.studentId, [r]);
  }
  const ids = [...byStudent.keys()];
  const page = ids.slice(input.offset, input.offset + input.limit);
  const info = studentsOf(db, input);
  return {
    total: ids.length,
    items: page.map((id) => {
      const list = byStudent.get(id) ?? [];
      return {
        ...(info.get(id) as StudentInfo),
        debts: list.length,
        debtCredits: list.reduce((s, r) => s + r.credit, 0),
        subjects: list.map((r) => ({ subject: subjectNames(r), semester: r.semester, credit: r.credit })),
      };
    }),
  };
}

type RankingInput = ChannelParsedInput<'grades.ranking'>;

function requireYear(method: string, year: string | undefined): string | undefined {
  if (method === 'one_year' && !year) {
    throw new AppError('VALIDATION', 'error.validation', 'One-year GPA needs an academic year', {
      details: { issues: [{ path: 'educationYear', key: 'error.gradeYearUnknown' }] },
    });
  }
  return method === 'one_year' ? year : undefined;
}

/** GPA ranking: highest first; equal GPAs share a rank (1, 1, 3), then more credits first, then name. */
export function ranking(db: Sqlite, input: RankingInput): ChannelOutput<'grades.ranking'> {
  const year = requireYear(input.method, input.educationYear);
  const info = studentsOf(db, input);
  const rows = gpaOfStudents(db, input, loadSystems(db), year)
    .filter((r) => r.gpa !== null && info.has(r.studentId))
    .map((r) => ({
      ...(info.get(r.studentId) as StudentInfo),
      gpa: r.gpa as number,
      creditSum: r.creditSum,
      debtSubjects: r.debtSubjects,
    }))
    .sort((a, b) => b.gpa - a.gpa || b.creditSum - a.creditSum || a.name.localeCompare(b.name));
  let rank = 0;
  return rows.slice(0, input.limit).map((r, i) => {
    if (i === 0 || (rows[i - 1] as (typeof rows)[number]).gpa !== r.gpa) rank = i + 1;
    return { ...r, rank };
  });
}

type DiffInput = ChannelParsedInput<'grades.gpaDiff'>;

/** Where the GPA computed here and the one HEMIS reports (`student-gpa-list`) differ. */
export function gpaDiff(db: Sqlite, input: DiffInput): ChannelOutput<'grades.gpaDiff'> {
  const where = studentWhere(input);
  const year = input.educationYear ? 'and h.education_year = ?' : '';
  const hemis = stmt(
    db,
    `select h.student_id as studentId, h.education_year as educationYear, h.method, h.gpa
       from hemis_student_gpa h join students st on st.id = h.student_id where ${where.sql} ${year}`,
  ).all(...where.params, ...(input.educationYear ? [input.educationYear] : [])) as {
    studentId: string;
    educationYear: string;
    method: string;
    gpa: number | null;
  }[];
  const systemOf = loadSystems(db);
  const info = studentsOf(db, input);
  const local = new Map<string, number | null>();
  const localOf = (yearKey: string | undefined) => {
    const key = yearKey ?? '*';
    if (!local.has(`${key}|`)) {
      local.set(`${key}|`, null);
      for (const r of gpaOfStudents(db, input, systemOf, yearKey)) local.set(`${key}|${r.studentId}`, r.gpa);
    }
    return (studentId: string) => local.get(`${key}|${studentId}`) ?? null;
  };
  const out: ChannelOutput<'grades.gpaDiff'> = [];
  for (const h of hemis) {
    const mine = localOf(h.method === 'one_year' ? h.educationYear : undefined)(h.studentId);
    const same = mine !== null && h.gpa !== null ? Math.abs(mine - h.gpa) < 0.05 : mine === h.gpa;
    const student = info.get(h.studentId);
    if (!same && student)
      out.push({ ...student, educationYear: h.educationYear, method: h.method, local: mine, hemis: h.gpa });
    if (out.length >= input.limit) break;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.educationYear.localeCompare(b.educationYear));
}

/** Faculties and groups that have students, and the academic years results were recorded in. */
export function listFilters(db: Sqlite): ChannelOutput<'grades.filters'> {
  return {
    faculties: stmt(
      db,
      `select d.id, d.name_uz_latn as name from departments d
        where exists (select 1 from students st where st.department_id = d.id) order by d.name_uz_latn`,
    ).all() as { id: string; name: string }[],
    groups: stmt(
      db,
      'select id, name, course, department_id as facultyId from groups where active = 1 order by name',
    ).all() as { id: string; name: string; course: number; facultyId: string }[],
    years: (
      stmt(
        db,
        'select code from education_years union select distinct education_year from curriculum_semesters order by 1 desc',
      )
        .raw()
        .all() as [string][]
    ).map(([y]) => y),
  };
}

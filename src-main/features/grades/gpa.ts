import { debtLimit, GPA_RATING_GRADES, roundHalfUp, type MarkingSystem } from '../../../src-shared/domain/grading';
import type { Sqlite } from '../../db/connection';
import { stmt } from './statements';

export interface StudentFilter {
  departmentId?: string;
  course?: number;
  groupId?: string;
}

export interface GpaRow {
  studentId: string;
  gpa: number | null;
  creditSum: number;
  debtSubjects: number;
}

/** Conditions on the `students st` alias for the list filters. */
export function studentWhere(f: StudentFilter): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, value: string | number) => {
    parts.push(sql);
    params.push(value);
  };
  if (f.departmentId) add('st.department_id = ?', f.departmentId);
  if (f.course !== undefined) add('st.course = ?', f.course);
  if (f.groupId) add('st.group_id = ?', f.groupId);
  return { sql: parts.length > 0 ? parts.join(' and ') : '1 = 1', params };
}

const COUNTED = [...GPA_RATING_GRADES].map((g) => `'${g}'`).join(', ');

/**
 * Grades are whole numbers, so "below the debt limit" is "below its ceiling": 2.4 and 3.0 both
 * mean "2 or less". One bound per marking system goes into the SQL as a CASE.
 */
export function debtBoundsSql(systemOf: (code: string) => MarkingSystem): { sql: string; params: number[] } {
  const bound = (code: string) => Math.ceil(debtLimit(systemOf(code)) - 1e-9);
  const bounds = [bound('11'), bound('12'), bound('13')];
  // The usual case (every system: "2 is a debt") needs no CASE per row: it is evaluated 4M times.
  if (bounds.every((b) => b === bounds[0])) return { sql: '?', params: [bounds[0] as number] };
  return { sql: `(case marking_system when '11' then ? when '12' then ? else ? end)`, params: bounds };
}

/**
 * GPA per student straight from the covering index `academic_records_gpa` (is_current, student,
 * year, rating grade, credit, grade, marking system): the table itself is never read. Σ credit ×
 * grade / Σ credit rounded half up to one decimal (DOMAIN §2.3); a missing grade counts as 2.
 */
export function gpaOfStudents(
  db: Sqlite,
  filter: StudentFilter,
  systemOf: (code: string) => MarkingSystem,
  educationYear?: string,
): GpaRow[] {
  const debt = debtBoundsSql(systemOf);
  const year = educationYear ? 'and r.education_year = ?' : '';
  const yearParams = educationYear ? [educationYear] : [];
  const aggregate = `sum(r.credit * coalesce(r.grade, 2)) as weighted, sum(r.credit) as credits,
      sum(coalesce(r.grade, 2) < ${debt.sql.replace('marking_system', 'r.marking_system')}) as debts`;
  const counted = `r.is_current = 1 and r.rating_grade in (${COUNTED}) and r.credit > 0 ${year}`;
  const where = studentWhere(filter);
  const rows = (
    where.params.length === 0
      ? stmt(
          db,
          `select r.student_id as studentId, ${aggregate} from academic_records r indexed by academic_records_gpa
            where ${counted} group by r.student_id`,
        ).all(...debt.params, ...yearParams)
      : stmt(
          db,
          `select r.student_id as studentId, ${aggregate} from students st
             join academic_records r indexed by academic_records_gpa on r.is_current = 1 and r.student_id = st.id
            where ${where.sql} and ${counted} group by r.student_id`,
        ).all(...debt.params, ...where.params, ...yearParams)
  ) as { studentId: string; weighted: number; credits: number; debts: number }[];
  return rows.map((r) => ({
    studentId: r.studentId,
    gpa: r.credits > 0 ? roundHalfUp(r.weighted / r.credits, 1) : null,
    creditSum: r.credits,
    debtSubjects: r.debts,
  }));
}

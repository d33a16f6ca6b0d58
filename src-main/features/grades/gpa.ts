import { debtLimit, roundHalfUp, type MarkingSystem } from '../../../src-shared/domain/grading';
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
 * `grade3` counts as a debt too when a marking system's pass line rounds above 3 (a 5-point system
 * whose "3" starts at 3.5): one 0/1 factor per system. Grade 2 is below every allowed pass line.
 */
function grade3IsDebtSql(systemOf: (code: string) => MarkingSystem): { sql: string; params: number[] } {
  const factor = (code: string) => (Math.ceil(debtLimit(systemOf(code)) - 1e-9) > 3 ? 1 : 0);
  const factors = [factor('11'), factor('12'), factor('13')];
  if (factors.every((f) => f === 0)) return { sql: '0', params: [] };
  return { sql: `(case t.marking_system when '11' then ? when '12' then ? else ? end)`, params: factors };
}

/**
 * GPA per student from the running sums in `gpa_totals` (kept by triggers on `academic_records`,
 * migration 0007): a few rows per student instead of every entry. Σ credit × grade / Σ credit
 * rounded half up to one decimal (DOMAIN §2.3); a missing grade counts as 2.
 */
export function gpaOfStudents(
  db: Sqlite,
  filter: StudentFilter,
  systemOf: (code: string) => MarkingSystem,
  educationYear?: string,
): GpaRow[] {
  const grade3 = grade3IsDebtSql(systemOf);
  const year = educationYear ? 'and t.education_year = ?' : '';
  const yearParams = educationYear ? [educationYear] : [];
  const aggregate = `sum(t.weighted) as weighted, sum(t.credits) as credits,
      sum(t.grade2 + ${grade3.sql} * t.grade3) as debts`;
  const where = studentWhere(filter);
  const rows = (
    where.params.length === 0
      ? stmt(
          db,
          `select t.student_id as studentId, ${aggregate} from gpa_totals t
            where t.subjects > 0 ${year} group by t.student_id`,
        ).all(...grade3.params, ...yearParams)
      : stmt(
          db,
          `select t.student_id as studentId, ${aggregate} from students st
             join gpa_totals t on t.student_id = st.id
            where ${where.sql} and t.subjects > 0 ${year} group by t.student_id`,
        ).all(...grade3.params, ...where.params, ...yearParams)
  ) as { studentId: string; weighted: number; credits: number; debts: number }[];
  // Sums kept by adding and subtracting reals carry float residue: 1e-9 is far below any credit.
  return rows.map((r) => ({
    studentId: r.studentId,
    gpa: r.credits > 1e-9 ? roundHalfUp(r.weighted / r.credits, 1) : null,
    creditSum: Math.round(r.credits * 1000) / 1000,
    debtSubjects: r.debts,
  }));
}

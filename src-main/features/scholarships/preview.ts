import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { ScholarshipPreview } from '../../../src-shared/contract/scholarships-models';
import {
  classifyCandidate,
  lastClosedSemester,
  scholarshipRunKey,
  scholarshipRunPattern,
  semesterNumber,
  stipendAmount,
  type ComputedRate,
  type ExclusionReason,
  type Half,
  type ScholarshipRules,
  type SemesterResult,
} from '../../../src-shared/domain/scholarships';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import { publishedTariff, tariffLabel } from '../fees/tariff-lookup';
import { debtBoundsSql } from '../grades/gpa';
import { loadSystems } from '../grades/systems';

export type ScholarshipScope = ChannelParsedInput<'scholarships.preview'>;

interface CandidateRow {
  studentId: string;
  fullName: string;
  studentIdNumber: string | null;
  departmentName: string | null;
  groupName: string | null;
  course: number | null;
  status: string;
  paymentForm: string | null;
  educationForm: string | null;
}

/** Studying students and those on leave (to say why they get nothing); expelled and graduated are not asked about. */
function scopeWhere(scope: ScholarshipScope): { sql: string; params: (string | number)[] } {
  const parts = ["st.status in ('11', '13')"];
  const params: (string | number)[] = [];
  if (scope.departmentId) {
    parts.push('st.department_id = ?');
    params.push(scope.departmentId);
  }
  if (scope.course !== null) {
    parts.push('st.course = ?');
    params.push(scope.course);
  }
  return { sql: parts.join(' and '), params };
}

function requireFaculty(db: Sqlite, departmentId: string | null): void {
  if (departmentId && !db.prepare('select 1 from departments where id = ?').get(departmentId)) {
    throw new AppError('NOT_FOUND', 'error.notFound', 'Faculty not found', {
      details: { issues: [{ path: 'departmentId', key: 'scholarships.error.unknownFaculty' }] },
    });
  }
}

/**
 * Current results of each candidate's last closed semester (the one before the semester the stipend is for, in
 * the academic year it belongs to), each marked owed or not by its marking system's pass line.
 */
function lastSemesterResults(db: Sqlite, scope: ScholarshipScope, debt: string, debtParams: number[]) {
  const where = scopeWhere(scope);
  // Autumn is decided by the previous academic year's spring session, spring by this year's autumn.
  const year = scope.half === 1 ? String(Number(scope.educationYear) - 1) : scope.educationYear;
  // The students in scope drive the query (cross join keeps them outside) and each one's records of that one
  // semester are sought by (student, semester); `+is_current` keeps the planner off the GPA index, which would
  // visit every current record of the year. On 100,000 students the plain join read all current records.
  const rows = db
    .prepare(
      `select r.student_id as studentId, r.grade, (coalesce(r.grade, 2) < ${debt}) as debt
         from students st cross join academic_records r on r.student_id = st.id
        where ${where.sql} and +r.is_current = 1 and st.course is not null
          and r.semester = printf('%d', 10 + 2 * (st.course - 1) + ? - 1) and r.education_year = ?`,
    )
    .all(...debtParams, ...where.params, scope.half, year) as {
    studentId: string;
    grade: number | null;
    debt: 0 | 1;
  }[];
  const out = new Map<string, SemesterResult[]>();
  for (const r of rows) {
    const list = out.get(r.studentId) ?? [];
    list.push({ grade: r.grade, debt: r.debt === 1 });
    out.set(r.studentId, list);
  }
  return out;
}

/** Debts left from semesters before the last closed one (counted only when the rules say so). */
function olderDebts(db: Sqlite, scope: ScholarshipScope, debt: string, debtParams: number[]): Map<string, number> {
  const where = scopeWhere(scope);
  const rows = db
    .prepare(
      // Students in scope outside, as above.
      `select r.student_id as studentId, count(*) as n
         from students st cross join academic_records r on r.student_id = st.id
        where ${where.sql} and r.is_current = 1 and st.course is not null
          and cast(r.semester as integer) < 10 + 2 * (st.course - 1) + ? - 1
          and coalesce(r.grade, 2) < ${debt}
        group by r.student_id`,
    )
    .all(...where.params, scope.half, ...debtParams) as { studentId: string; n: number }[];
  return new Map(rows.map((r) => [r.studentId, r.n]));
}

/** Students already in the order of another run for the same semester (another faculty or course scope). */
function inOtherRuns(db: Sqlite, scope: ScholarshipScope, runKey: string): Map<string, string | null> {
  const rows = db
    .prepare(
      `select l.student_id as studentId, o.number from order_lines l join orders o on o.id = l.order_id
        where o.type = 'scholarship' and o.run_key like ? and o.run_key <> ?`,
    )
    .all(scholarshipRunPattern(scope.educationYear, scope.half as Half), runKey) as {
    studentId: string;
    number: string | null;
  }[];
  return new Map(rows.map((r) => [r.studentId, r.number]));
}

/** The monthly base stipend of the year's published tariff (`2025` → `2025-2026`), or null. */
export function amountSource(db: Sqlite, educationYear: string): ScholarshipPreview['amountSource'] {
  const table = publishedTariff(db, `${educationYear}-${Number(educationYear) + 1}`);
  return table
    ? { kind: 'tariff', label: tariffLabel(table.educationYear, table.version), monthlyStipend: table.monthlyStipend }
    : { kind: 'rules', label: '', monthlyStipend: null };
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of keyOf(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** The list for one faculty/course/semester under the rules in force: nothing is written. */
export function scholarshipPreview(db: Sqlite, scope: ScholarshipScope, rules: ScholarshipRules): ScholarshipPreview {
  requireFaculty(db, scope.departmentId);
  const half = scope.half as Half;
  const where = scopeWhere(scope);
  const candidates = db
    .prepare(
      `select st.id as studentId,
              trim(st.last_name_lat || ' ' || st.first_name_lat || ' ' || coalesce(st.patronymic_lat, '')) as fullName,
              st.student_id_number as studentIdNumber, d.name_uz_latn as departmentName, g.name as groupName,
              st.course, st.status, st.payment_form as paymentForm, st.education_form as educationForm
         from students st left join groups g on g.id = st.group_id left join departments d on d.id = st.department_id
        where ${where.sql}
        order by d.name_uz_latn, st.course, g.name, st.last_name_lat, st.first_name_lat, st.id`,
    )
    .all(...where.params) as CandidateRow[];
  const bounds = debtBoundsSql(loadSystems(db));
  const debt = bounds.sql.replace('marking_system', 'r.marking_system');
  const results = lastSemesterResults(db, scope, debt, bounds.params);
  const older = rules.debtsFromAllSemesters ? olderDebts(db, scope, debt, bounds.params) : new Map<string, number>();
  const runKey = scholarshipRunKey(scope.departmentId, scope.course, scope.educationYear, half);
  const others = inOtherRuns(db, scope, runKey);
  const source = amountSource(db, scope.educationYear);

  const included: ScholarshipPreview['included'] = [];
  const excluded: ScholarshipPreview['excluded'] = [];
  for (const c of candidates) {
    const own = results.get(c.studentId) ?? [];
    const outcome = classifyCandidate({ ...c, results: own, olderDebts: older.get(c.studentId) ?? 0 }, half, rules);
    const semester =
      c.course !== null && semesterNumber(c.course, half) > 1
        ? (lastClosedSemester(c.course, half, scope.educationYear)?.code ?? null)
        : null;
    const { status: _status, ...row } = c;
    const base = { ...row, semester, grades: own.map((r) => r.grade) };
    const reasons: ExclusionReason[] = outcome.included ? [] : [...outcome.reasons];
    if (others.has(c.studentId)) {
      reasons.push({ key: 'scholarships.reason.inOtherOrder', params: { number: others.get(c.studentId) ?? '—' } });
    }
    if (outcome.included && reasons.length === 0) {
      const amount = stipendAmount(outcome.rate, rules, source.monthlyStipend);
      included.push({ ...base, rate: outcome.rate, basis: outcome.basis, amount });
    } else excluded.push({ ...base, reasons });
  }
  const byRate = (['11', '14'] as ComputedRate[])
    .map((rate) => {
      const of = included.filter((s) => s.rate === rate);
      return { rate, count: of.length, amount: of.reduce((sum, s) => sum + s.amount, 0) };
    })
    .filter((r) => r.count > 0);
  const order = db
    .prepare(`select id, status, number from orders where run_key = ? order by created_at desc, id desc limit 1`)
    .get(runKey) as { id: string; status: string; number: string | null } | undefined;
  return {
    educationYear: scope.educationYear,
    half,
    amountSource: source,
    included,
    excluded,
    totals: {
      included: included.length,
      excluded: excluded.length,
      amount: included.reduce((sum, s) => sum + s.amount, 0),
      byRate,
      byReason: countBy(excluded, (s) => s.reasons.map((r) => r.key)),
    },
    order: order ?? null,
  };
}

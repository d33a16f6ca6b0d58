import { debtLimit, roundHalfUp, type MarkingSystem } from '../../../src-shared/domain/grading';
import type { OrderType, StudentState } from '../../../src-shared/domain/orders';
import type { Sqlite } from '../../db/connection';
import { loadSystems, systemForStudent } from '../grades/systems';

/** What an order needs to know about a student: the rule inputs plus what its text and lists print. */
export interface OrderStudent extends StudentState {
  id: string;
  fullName: string;
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  studentIdNumber: string | null;
  departmentId: string | null;
  departmentName: string | null;
  groupName: string | null;
  specialtyName: string | null;
  educationForm: string | null;
  educationType: string | null;
  paymentForm: string | null;
  /** GPA of the latest academic year with results (the year a promotion is judged on) and that year. */
  gpa: number | null;
  gpaYear: string | null;
}

interface Row {
  id: string;
  lastNameLat: string;
  firstNameLat: string;
  patronymicLat: string;
  studentIdNumber: string | null;
  status: string;
  course: number | null;
  groupId: string | null;
  groupName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  specialtyName: string | null;
  educationForm: string | null;
  educationType: string | null;
  paymentForm: string | null;
  markingSystem: string | null;
  gpaLimit: number | null;
  semesterCount: number | null;
}

interface TotalRow {
  studentId: string;
  year: string;
  system: string;
  weighted: number;
  credits: number;
  grade2: number;
  grade3: number;
}

const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Courses of a programme: the curriculum's semesters / 2, else 4 for a bachelor and 2 for a master. */
function courseCountOf(r: Row): number | null {
  if (r.semesterCount && r.semesterCount > 0) return Math.ceil(r.semesterCount / 2);
  if (r.educationType === '11') return 4;
  if (r.educationType === '12') return 2;
  return null;
}

/**
 * The students' current state for the order rules, in a few queries for any number of students.
 * `openOrders` lists the types of other draft/approved orders naming each student (`exceptOrderId` is the
 * order being checked). GPA and debts come from the running sums in `gpa_totals` (DOMAIN §2.3):
 * `canTransfer` is judged on the latest academic year with results; debts count over all years.
 */
export function loadOrderStudents(
  db: Sqlite,
  studentIds: readonly string[],
  exceptOrderId: string | null = null,
): Map<string, OrderStudent> {
  const systemOf = loadSystems(db);
  const out = new Map<string, OrderStudent>();
  for (const ids of chunks([...new Set(studentIds)])) {
    const marks = ids.map(() => '?').join(',');
    const rows = db
      .prepare(
        `select s.id, s.last_name_lat as lastNameLat, s.first_name_lat as firstNameLat,
                s.patronymic_lat as patronymicLat, s.student_id_number as studentIdNumber, s.status, s.course,
                s.group_id as groupId, g.name as groupName, s.department_id as departmentId,
                d.name_uz_latn as departmentName, sp.name_uz_latn as specialtyName,
                s.education_form as educationForm, s.education_type as educationType, s.payment_form as paymentForm,
                c.marking_system as markingSystem, c.gpa_limit as gpaLimit, c.semester_count as semesterCount
           from students s
           left join groups g on g.id = s.group_id
           left join departments d on d.id = s.department_id
           left join specialties sp on sp.id = s.specialty_id
           left join curricula c on c.id = g.curriculum_id
          where s.id in (${marks})`,
      )
      .all(...ids) as Row[];
    const totals = db
      .prepare(
        `select student_id as studentId, education_year as year, marking_system as system, weighted, credits,
                grade2, grade3
           from gpa_totals where subjects > 0 and student_id in (${marks})`,
      )
      .all(...ids) as TotalRow[];
    const open = db
      .prepare(
        `select l.student_id as studentId, o.type from order_lines l join orders o on o.id = l.order_id
          where o.status in ('draft', 'approved') and o.id is not ? and l.student_id in (${marks})`,
      )
      .all(exceptOrderId, ...ids) as { studentId: string; type: OrderType }[];
    // The latest structure-screen move of each student not yet in an order (DOMAIN §4.1 group change).
    const pending = db
      .prepare(
        `select student_id as studentId, to_group_id as toGroupId from student_movements
          where kind = 'group_change' and order_id is null and student_id in (${marks})
          order by effective_date, created_at, rowid`,
      )
      .all(...ids) as { studentId: string; toGroupId: string | null }[];
    const pendingOf = new Map(pending.map((p) => [p.studentId, p.toGroupId]));
    const totalsOf = groupBy(totals, (t) => t.studentId);
    const openOf = groupBy(open, (o) => o.studentId);
    for (const r of rows) {
      const system = systemForStudent(r, systemOf, '13');
      const academic = academicState(totalsOf.get(r.id) ?? [], system, systemOf);
      out.set(r.id, {
        id: r.id,
        fullName: [r.lastNameLat, r.firstNameLat, r.patronymicLat].filter(Boolean).join(' '),
        lastNameLat: r.lastNameLat,
        firstNameLat: r.firstNameLat,
        patronymicLat: r.patronymicLat,
        studentIdNumber: r.studentIdNumber,
        status: r.status,
        course: r.course,
        courseCount: courseCountOf(r),
        groupId: r.groupId,
        groupName: r.groupName,
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        specialtyName: r.specialtyName,
        educationForm: r.educationForm,
        educationType: r.educationType,
        paymentForm: r.paymentForm,
        openOrders: (openOf.get(r.id) ?? []).map((o) => o.type),
        pendingMoveTo: pendingOf.get(r.id) === r.groupId ? r.groupId : null,
        ...academic,
      });
    }
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** GPA, pass/fail and debts from a student's `gpa_totals` rows (DOMAIN §2.3). */
function academicState(
  totals: readonly TotalRow[],
  system: MarkingSystem,
  systemOf: (code: string) => MarkingSystem,
): Pick<OrderStudent, 'gpa' | 'gpaYear' | 'canTransfer' | 'debts'> {
  const grade3IsDebt = (code: string) => Math.ceil(debtLimit(systemOf(code)) - 1e-9) > 3;
  const debtsIn = (rows: readonly TotalRow[]) =>
    rows.reduce((n, t) => n + t.grade2 + (grade3IsDebt(t.system) ? t.grade3 : 0), 0);
  const debts = debtsIn(totals);
  if (totals.length === 0) return { gpa: null, gpaYear: null, canTransfer: null, debts };
  const gpaYear = totals.reduce((y, t) => (t.year > y ? t.year : y), totals[0]!.year);
  const year = totals.filter((t) => t.year === gpaYear);
  const credits = year.reduce((s, t) => s + t.credits, 0);
  const gpa = credits > 1e-9 ? roundHalfUp(year.reduce((s, t) => s + t.weighted, 0) / credits, 1) : null;
  const canTransfer = system.code === '13' ? gpa !== null && gpa >= system.gpaLimit : debtsIn(year) === 0;
  return { gpa, gpaYear, canTransfer, debts };
}

/** One student's state (the card's "what would this order do"). */
export function loadOrderStudent(db: Sqlite, studentId: string): OrderStudent | undefined {
  return loadOrderStudents(db, [studentId]).get(studentId);
}

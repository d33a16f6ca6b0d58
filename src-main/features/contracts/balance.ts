import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import type { Hold } from '../../../src-shared/contract/documents';
import type {
  Balance,
  ContractCalculation,
  ContractDetail,
  ContractKind,
  ContractRow,
  ScheduleLine,
} from '../../../src-shared/contract/contracts-models';
import { formatSom } from '../../../src-shared/domain/fees';
import { paymentStatus } from '../../../src-shared/domain/fees-schedule';
import { formatDate } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import type { Db } from '../../db/store';
import { sqliteOf } from '../documents/sources/sqlite';

/**
 * Balances: per contract, what its schedule requires by today, what was paid, the debt and the overpayment
 * (`paymentStatus`); per student the sum of their contracts; the debtors list; the document hold. All read
 * the payments table live, so an import shows at once everywhere.
 */

interface Row {
  id: string;
  number: string;
  kind: ContractKind;
  educationYear: string;
  contractDate: string;
  studentId: string;
  studentName: string;
  studentIdNumber: string | null;
  group: string | null;
  faculty: string | null;
  course: number | null;
  amount: number;
  tariffVersion: string;
  status: 'active' | 'cancelled';
  documentId: string | null;
  schedule: string;
  paid: number;
  payerName: string;
  cancelReason: string | null;
}

const SELECT = `select c.id, c.number, c.kind, c.education_year as educationYear, c.contract_date as contractDate,
    c.student_id as studentId,
    trim(st.last_name_lat || ' ' || st.first_name_lat || ' ' || coalesce(st.patronymic_lat, '')) as studentName,
    st.student_id_number as studentIdNumber, g.name as "group", d.name_uz_latn as faculty, st.course,
    c.amount, c.tariff_version as tariffVersion, c.status, c.document_id as documentId, c.schedule,
    coalesce((select sum(p.amount) from payments p where p.contract_id = c.id), 0) as paid,
    c.payer_name as payerName, c.cancel_reason as cancelReason
  from contracts c join students st on st.id = c.student_id
  left join groups g on g.id = st.group_id left join departments d on d.id = st.department_id`;

export function balanceOf(schedule: ScheduleLine[], amount: number, paid: number, today: string): Balance {
  const s = paymentStatus({ total: amount, instalments: schedule }, paid, today);
  return {
    paid: s.paid,
    requiredByToday: s.requiredByToday,
    debt: s.debt,
    overpaid: s.overpaid,
    remaining: s.remaining,
    behind: s.behind,
    overdueSince: s.overdueSince,
    nextDue: s.next ? { dueDate: s.next.dueDate, toPay: s.next.toPay, overdue: s.next.overdue } : null,
  };
}

function toRow(r: Row, today: string): ContractRow {
  // A cancelled contract asks for nothing more; what was paid on it stays visible.
  const balance =
    r.status === 'cancelled'
      ? balanceOf([], 0, r.paid, today)
      : balanceOf(JSON.parse(r.schedule) as ScheduleLine[], r.amount, r.paid, today);
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    educationYear: r.educationYear,
    contractDate: r.contractDate,
    studentId: r.studentId,
    studentName: r.studentName,
    studentIdNumber: r.studentIdNumber ?? '',
    group: r.group ?? '',
    amount: r.amount,
    tariffVersion: r.tariffVersion,
    status: r.status,
    documentId: r.documentId,
    balance,
  };
}

/** Conditions and their parameters, added in step. */
function conditions(initial: string[] = []) {
  const where = [...initial];
  const params: (string | number)[] = [];
  return {
    where,
    params,
    add(sql: string, ...values: (string | number)[]) {
      where.push(sql);
      params.push(...values);
    },
  };
}

function rowsWhere(db: Sqlite, where: string[], params: (string | number)[]): Row[] {
  const clause = where.length > 0 ? `where ${where.join(' and ')}` : '';
  return db.prepare(`${SELECT} ${clause} order by c.contract_date desc, c.number desc`).all(...params) as Row[];
}

type ListInput = ChannelParsedInput<'contracts.list'>;

export function listContracts(db: Sqlite, input: ListInput, today: string): ChannelOutput<'contracts.list'> {
  const q = conditions();
  if (input.educationYear) q.add('c.education_year = ?', input.educationYear);
  if (input.kind) q.add('c.kind = ?', input.kind);
  if (input.status) q.add('c.status = ?', input.status);
  if (input.studentId) q.add('c.student_id = ?', input.studentId);
  if (input.search) {
    const like = `%${input.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q.add(
      `(c.number like ? escape '\\' or st.last_name_lat like ? escape '\\' or st.first_name_lat like ? escape '\\'
        or st.student_id_number like ? escape '\\' or st.pinfl = ?)`,
      like,
      like,
      like,
      like,
      input.search,
    );
  }
  let rows = rowsWhere(db, q.where, q.params).map((r) => toRow(r, today));
  if (input.debt !== undefined) rows = rows.filter((r) => r.balance.behind === input.debt);
  return { total: rows.length, items: rows.slice(input.offset, input.offset + input.limit) };
}

export function contractDetail(db: Sqlite, id: string, today: string): ContractDetail {
  const r = rowsWhere(db, ['c.id = ?'], [id])[0];
  if (!r) throw new AppError('NOT_FOUND', 'error.contracts.notFound', `Contract ${id} not found`);
  // The calculation (steps, formula, inputs) is read for the one contract shown, never for a list.
  const { calculation } = db.prepare('select calculation from contracts where id = ?').get(id) as {
    calculation: string;
  };
  const payments = db
    .prepare(
      `select id, paid_on as paidOn, amount, bank_document as bankDocument, payer_name as payerName, purpose,
              matched_by as matchedBy
         from payments where contract_id = ? order by paid_on, created_at`,
    )
    .all(id) as ContractDetail['payments'];
  return {
    ...toRow(r, today),
    payerName: r.payerName,
    cancelReason: r.cancelReason,
    calculation: JSON.parse(calculation) as ContractCalculation,
    schedule: JSON.parse(r.schedule) as ScheduleLine[],
    payments,
  };
}

export function studentBalance(
  db: Sqlite,
  studentId: string,
  today: string,
): ChannelOutput<'contracts.studentBalance'> {
  const contracts = rowsWhere(db, ['c.student_id = ?'], [studentId]).map((r) => toRow(r, today));
  const sum = (f: (b: Balance) => number) => contracts.reduce((s, c) => s + f(c.balance), 0);
  return {
    contracts,
    total: {
      paid: sum((b) => b.paid),
      debt: sum((b) => b.debt),
      overpaid: sum((b) => b.overpaid),
      remaining: sum((b) => b.remaining),
    },
  };
}

type DebtorsInput = ChannelParsedInput<'contracts.debtors'>;

/** Active payment (not re-study) contracts behind their schedule today, biggest debt first. */
export function debtors(db: Sqlite, input: DebtorsInput, today: string): ChannelOutput<'contracts.debtors'> {
  const q = conditions(["c.status = 'active'", "c.kind <> 'restudy'"]);
  if (input.educationYear) q.add('c.education_year = ?', input.educationYear);
  if (input.departmentId) q.add('st.department_id = ?', input.departmentId);
  if (input.course !== undefined) q.add('st.course = ?', input.course);
  const rows = rowsWhere(db, q.where, q.params)
    .map((r) => ({ r, b: toRow(r, today).balance }))
    .filter(({ b }) => b.behind)
    .sort((a, b) => b.b.debt - a.b.debt || a.r.studentName.localeCompare(b.r.studentName));
  return {
    total: rows.length,
    debtSum: rows.reduce((s, { b }) => s + b.debt, 0),
    items: rows.slice(input.offset, input.offset + input.limit).map(({ r, b }) => ({
      studentId: r.studentId,
      studentName: r.studentName,
      studentIdNumber: r.studentIdNumber ?? '',
      faculty: r.faculty ?? '',
      group: r.group ?? '',
      course: r.course,
      contractId: r.id,
      number: r.number,
      amount: r.amount,
      paid: b.paid,
      requiredByToday: b.requiredByToday,
      debt: b.debt,
      overdueSince: b.overdueSince,
    })),
  };
}

/**
 * The `contractDebt` hold: the student's active payment contract that is furthest behind. Any year counts:
 * last year's unpaid contract is as much a debt as this year's.
 */
export function contractDebtHold(db: Db, studentId: string, today: string): Hold | null {
  const rows = rowsWhere(sqliteOf(db), ['c.student_id = ?', "c.status = 'active'", "c.kind <> 'restudy'"], [studentId]);
  let worst: { r: Row; b: Balance } | null = null;
  for (const r of rows) {
    const b = toRow(r, today).balance;
    if (b.behind && (!worst || b.debt > worst.b.debt)) worst = { r, b };
  }
  if (!worst) return null;
  return {
    rule: 'contractDebt',
    key: 'documents.hold.contractDebt',
    params: { number: worst.r.number, debt: formatSom(worst.b.debt), since: formatDate(worst.b.overdueSince) },
  };
}

import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { ContractCalculation, ScheduleLine } from '../../../src-shared/contract/contracts-models';
import { calculateContract, isForeignContract, type ContractTypeCode } from '../../../src-shared/domain/fees-contract';
import { calculateRestudyFee, type DebtSubject } from '../../../src-shared/domain/fees-restudy';
import { buildPaymentSchedule } from '../../../src-shared/domain/fees-schedule';
import type { FeeOutcome } from '../../../src-shared/domain/fees';
import type { StudentSource } from '../../../src-shared/domain/documents/source';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import type { Db } from '../../db/store';
import { studentSource } from '../documents/source';
import { sqliteOf } from '../documents/sources/sqlite';
import { debtBoundsSql } from '../grades/gpa';
import { loadSystems } from '../grades/systems';
import { publishedTariff, tariffFor } from '../fees/tariff-lookup';

export type ContractTerms = ChannelParsedInput<'contracts.draw'>;

/** The increased-by-points types (12–15) are the super-contract: 50 % up front (DOMAIN §2.6). */
const SUPER_CONTRACT_TYPES: readonly string[] = ['12', '13', '14', '15'];
/** The last course of a bachelor (11) and of a master (12); other levels are never "final year" by guess. */
const LAST_COURSE: Partial<Record<string, number>> = { '11': 4, '12': 2 };
/**
 * A re-study contract is paid at once, before the re-study starts (DOMAIN §2.5 "after paying"): one
 * instalment, due ten days after it is drawn up [I, confirm with the finance office].
 */
const RESTUDY_DAYS_TO_PAY = 10;

/** The current academic year (`2026-2027`), else the one `today` falls in (September start). */
export function currentEducationYear(db: Sqlite, today: string): string {
  const row = db.prepare('select name from education_years where current = 1 limit 1').get() as
    { name: string } | undefined;
  if (row && /^\d{4}-\d{4}$/.test(row.name)) return row.name;
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return `${start}-${start + 1}`;
}

function refuse(issues: FieldIssue[], key = 'error.contracts.calculation', params?: Record<string, string>): never {
  throw new AppError('VALIDATION', key, `Contract refused: ${issues.map((i) => i.key).join(', ')}`, {
    params,
    details: { issues },
  });
}

function unwrap<T>(outcome: FeeOutcome<T>): T {
  if (!outcome.ok) refuse(outcome.problems);
  return outcome as T;
}

/** The student's current academic debts (a debt grade on a current record), with credits. */
export function studentDebtSubjects(db: Sqlite, studentId: string): (DebtSubject & { semester: string })[] {
  const debt = debtBoundsSql(loadSystems(db));
  return db
    .prepare(
      `select s.name_uz_latn as name, r.credit as credits, r.semester
         from academic_records r join subjects s on s.id = r.subject_id
        where r.student_id = ? and r.is_current = 1
          and coalesce(r.grade, 2) < ${debt.sql.replace('marking_system', 'r.marking_system')}
        order by r.semester, s.name_uz_latn`,
    )
    .all(studentId, ...debt.params) as (DebtSubject & { semester: string })[];
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The amount, its calculation and the schedule for these terms, with the tariff in force; refuses with a
 * translated error naming what is missing (no published tariff, no row for the specialty and form, no payer,
 * no debts to re-study…).
 */
export function computeContract(
  db: Db,
  terms: ContractTerms,
  today: string,
): { calculation: ContractCalculation; schedule: ScheduleLine[]; student: StudentSource } {
  const sqlite = sqliteOf(db);
  const student = studentSource(db, terms.studentId);
  const educationYear = terms.educationYear ?? currentEducationYear(sqlite, today);
  if (!student.specialtyCode || !student.educationForm)
    refuse([{ path: 'studentId', key: 'error.contracts.noSpecialty' }], 'error.contracts.noSpecialty');
  if (terms.kind === 'threeParty' && !terms.payerName)
    refuse([{ path: 'payerName', key: 'contracts.problem.payerRequired' }]);
  const contractType = (
    terms.kind === 'foreign' && student.citizenship !== '12' ? '19' : terms.contractType
  ) as ContractTypeCode;
  const citizenship = (['11', '12', '13'].includes(student.citizenship) ? student.citizenship : '11') as
    '11' | '12' | '13';
  if (terms.kind === 'foreign' && !isForeignContract({ contractType, citizenship }))
    refuse([{ path: 'kind', key: 'contracts.problem.notForeign' }]);

  const tariff = tariffFor(sqlite, {
    educationYear,
    specialtyCode: student.specialtyCode,
    educationForm: student.educationForm,
  });
  if (!tariff) {
    if (!publishedTariff(sqlite, educationYear))
      refuse(
        [{ path: 'educationYear', key: 'error.contracts.noTariff', params: { year: educationYear } }],
        'error.contracts.noTariff',
        {
          year: educationYear,
        },
      );
    const params = { year: educationYear, specialty: student.specialtyCode, form: student.educationForm };
    refuse([{ path: 'studentId', key: 'error.contracts.noTariffRow', params }], 'error.contracts.noTariffRow', params);
  }

  const firstYear = student.course === 1;
  const finalYear =
    terms.finalYear ?? (student.course !== null && student.course === LAST_COURSE[student.educationType ?? '']);
  const inputs = {
    specialtyCode: student.specialtyCode,
    educationForm: student.educationForm,
    citizenship,
    course: student.course,
    contractType,
    summaType: terms.summaType,
    discountPercent: terms.discountPercent,
    months: terms.months,
    finalYear,
    firstYear,
  };
  const base = {
    kind: terms.kind,
    educationYear,
    tariffLabel: tariff.label,
    tariffTableId: tariff.tableId,
    inputs,
    payer: terms.kind === 'threeParty' ? { name: terms.payerName, details: terms.payerDetails } : null,
  };

  if (terms.kind === 'restudy') {
    const subjects = terms.subjects ?? studentDebtSubjects(sqlite, terms.studentId);
    if (subjects.length === 0) refuse([{ path: 'subjects', key: 'contracts.problem.noSubjects' }]);
    const fee = unwrap(calculateRestudyFee(tariff.restudy, subjects));
    const calculation: ContractCalculation = {
      ...base,
      amount: fee.amount,
      formula: fee.formula,
      steps: [],
      restudy: { creditPrice: fee.creditPrice, creditPriceSource: fee.creditPriceSource, subjects: fee.perSubject },
    };
    const dueDate = addDays(today, RESTUDY_DAYS_TO_PAY);
    return {
      calculation,
      schedule: [{ dueDate, percent: 100, cumulativeAmount: fee.amount, amount: fee.amount }],
      student,
    };
  }

  const amount = unwrap(
    calculateContract(tariff.contract, {
      educationForm: student.educationForm,
      contractType,
      summaType: terms.summaType,
      citizenship,
      finalYear,
      discountPercent: terms.discountPercent,
      months: terms.months,
    }),
  );
  const schedule = unwrap(
    buildPaymentSchedule({
      total: amount.amount,
      academicYearStart: Number(educationYear.slice(0, 4)),
      firstYear,
      superContract: SUPER_CONTRACT_TYPES.includes(contractType),
    }),
  );
  return {
    calculation: { ...base, amount: amount.amount, formula: amount.formula, steps: amount.steps, restudy: null },
    schedule: schedule.instalments,
    student,
  };
}

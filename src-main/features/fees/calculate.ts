import type { ChannelParsedInput } from '../../../src-shared/contract';
import type { ContractAmountResult, ResolvedFacts, RestudyAmountResult } from '../../../src-shared/contract/fees';
import { calculateContract } from '../../../src-shared/domain/fees-contract';
import { calculateRestudyFee } from '../../../src-shared/domain/fees-restudy';
import type { TariffDiscount } from '../../../src-shared/domain/fees-tariff';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Sqlite } from '../../db/connection';
import { studentDebts, studentFacts, visitorFacts } from './student-facts';
import { publishedTariff, tariffFor, type TariffInForce } from './tariff-lookup';

/**
 * The two calculators at the counter (DOMAIN §2.5–2.6): facts from the registry (or typed for a visitor),
 * the tariff in force of the academic year, the pure formulas. A missing tariff or row is refused with a
 * message that says which one, so the counter knows whom to ask (the back office publishes tariffs).
 */

/** The tariff in force for these facts, or a translated refusal naming the missing year or row. */
export function requireTariff(db: Sqlite, educationYear: string, facts: ResolvedFacts): TariffInForce {
  if (!facts.specialtyCode || !facts.educationForm)
    throw new AppError('VALIDATION', 'fees.error.noSpecialty', 'The student has no specialty or education form', {
      details: {
        issues: [
          { path: facts.specialtyCode ? 'facts.educationForm' : 'facts.specialtyCode', key: 'validation.required' },
        ],
      },
    });
  const key = { educationYear, specialtyCode: facts.specialtyCode, educationForm: facts.educationForm };
  const tariff = tariffFor(db, key);
  if (tariff) return tariff;
  const table = publishedTariff(db, educationYear);
  if (!table)
    throw new AppError('VALIDATION', 'fees.error.noTariff', `No published tariff for ${educationYear}`, {
      params: { year: educationYear },
    });
  throw new AppError('VALIDATION', 'fees.error.noTariffRow', 'The tariff has no row for this specialty and form', {
    params: {
      year: educationYear,
      version: `${table.educationYear} v${table.version}`,
      specialty: facts.specialtyCode,
      form: facts.educationForm,
    },
  });
}

/** Problems of the formulas, with the contract-type coefficient named by its type rather than by a path. */
function refuseProblems(problems: FieldIssue[], tariffLabel: string): never {
  const issues = problems.map((p) => {
    const type = /^tariff\.contractTypeCoefficients\.(\d+)$/.exec(p.path)?.[1];
    return type
      ? { path: 'tariff.contractTypeCoefficients', key: 'fees.problem.typeCoefMissing', params: { contractType: type } }
      : p;
  });
  throw new AppError('VALIDATION', 'fees.error.cannotCalculate', 'The amount cannot be computed', {
    params: { version: tariffLabel },
    details: { issues },
  });
}

function discountsOf(db: Sqlite, tableId: string): TariffDiscount[] {
  const row = db.prepare('select discounts from tariff_tables where id = ?').get(tableId) as
    { discounts: string } | undefined;
  return row ? (JSON.parse(row.discounts) as TariffDiscount[]) : [];
}

type ContractInput = ChannelParsedInput<'fees.calculateContract'>;

export function resolveFacts(db: Sqlite, input: Pick<ContractInput, 'studentId' | 'facts'>): ResolvedFacts {
  const typed = Object.fromEntries(Object.entries(input.facts ?? {}).filter(([, v]) => v !== undefined));
  if (input.studentId) return { ...studentFacts(db, input.studentId), ...typed };
  const f = input.facts ?? {};
  const issues: FieldIssue[] = [];
  if (!f.specialtyCode) issues.push({ path: 'facts.specialtyCode', key: 'validation.required' });
  if (!f.educationForm) issues.push({ path: 'facts.educationForm', key: 'validation.required' });
  if (issues.length > 0 || !f.specialtyCode || !f.educationForm)
    throw new AppError('VALIDATION', 'fees.error.studentOrFacts', 'Pick a student or type the facts', {
      details: { issues },
    });
  return visitorFacts({
    specialtyCode: f.specialtyCode,
    educationForm: f.educationForm,
    citizenship: f.citizenship ?? '11',
    finalYear: f.finalYear ?? false,
  });
}

export function calculateContractFor(db: Sqlite, input: ContractInput, educationYear: string): ContractAmountResult {
  const facts = resolveFacts(db, input);
  const tariff = requireTariff(db, educationYear, facts);
  let discountPercent = input.discountPercent ?? 0;
  let discountCode: string | null = null;
  if (input.discountCode) {
    const discount = discountsOf(db, tariff.tableId).find((d) => d.code === input.discountCode);
    if (!discount)
      throw new AppError('VALIDATION', 'fees.error.unknownDiscount', 'The tariff has no such discount', {
        params: { code: input.discountCode, version: tariff.label },
        details: { issues: [{ path: 'discountCode', key: 'validation.invalidValue' }] },
      });
    discountCode = discount.code;
    discountPercent = discount.percent;
  }
  const result = calculateContract(tariff.contract, {
    educationForm: facts.educationForm,
    contractType: input.contractType,
    summaType: input.summaType,
    citizenship: facts.citizenship,
    finalYear: facts.finalYear,
    discountPercent,
    months: input.months,
  });
  if (!result.ok) refuseProblems(result.problems, tariff.label);
  return {
    amount: result.amount,
    steps: result.steps,
    formula: result.formula,
    tariffTableId: tariff.tableId,
    tariffVersion: tariff.label,
    educationYear,
    facts,
    contractType: input.contractType,
    summaType: input.summaType,
    discountCode,
    discountPercent,
    months: input.months,
  };
}

export function calculateRestudyFor(
  db: Sqlite,
  input: ChannelParsedInput<'fees.calculateRestudy'>,
  educationYear: string,
): RestudyAmountResult {
  const facts = studentFacts(db, input.studentId);
  const tariff = requireTariff(db, educationYear, facts);
  const debts = studentDebts(db, input.studentId);
  let chosen = debts;
  if (input.recordIds) {
    const wanted = new Set(input.recordIds);
    chosen = debts.filter((d) => wanted.has(d.recordId));
    if (chosen.length !== wanted.size)
      throw new AppError('VALIDATION', 'fees.error.notADebt', 'A chosen subject is not a current debt', {
        details: { issues: [{ path: 'recordIds', key: 'fees.error.notADebt' }] },
      });
  }
  const result = calculateRestudyFee(
    tariff.restudy,
    chosen.map((d) => ({ name: d.name.uzLatn, credits: d.credits })),
  );
  if (!result.ok) refuseProblems(result.problems, tariff.label);
  return {
    amount: result.amount,
    creditPrice: result.creditPrice,
    creditPriceSource: result.creditPriceSource,
    baseContractAmount: tariff.restudy.baseContractAmount ?? null,
    lines: chosen.map((d, i) => ({ ...d, amount: result.perSubject[i]?.amount ?? 0 })),
    formula: result.formula,
    tariffTableId: tariff.tableId,
    tariffVersion: tariff.label,
    educationYear,
    facts,
  };
}

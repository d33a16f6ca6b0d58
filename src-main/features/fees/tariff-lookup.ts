import type { ContractTariff, ContractTypeCode } from '../../../src-shared/domain/fees-contract';
import type { RestudyTariff } from '../../../src-shared/domain/fees-restudy';
import type { Sqlite } from '../../db/connection';

/** What a calculation needs from the tariff in force: the contract tariff, the re-study tariff, its label. */
export interface TariffInForce {
  tableId: string;
  educationYear: string;
  version: number;
  /** `2026-2027 v2`: printed with every amount computed from it. */
  label: string;
  contract: ContractTariff;
  restudy: RestudyTariff;
}

interface TableRow {
  id: string;
  educationYear: string;
  version: number;
  mode: 'coefficient' | 'sum';
  bhm: number | null;
  monthlyStipend: number;
  coefficients: string;
}

interface PriceRow {
  price: number | null;
  foreignPrice: number | null;
  specialtyCoefficient: number | null;
  increasedCoefficient: number | null;
  creditPrice: number | null;
}

export function tariffLabel(educationYear: string, version: number): string {
  return `${educationYear} v${version}`;
}

/**
 * The newest published tariff of an academic year (`2026-2027`), and its row for a specialty code and
 * education form; null when the year has no published tariff or the tariff has no such row. A caller
 * that must refuse says which of the two is missing (`publishedTariff` tells them apart).
 */
export function publishedTariff(db: Sqlite, educationYear: string): TableRow | null {
  return (
    (db
      .prepare(
        `select id, education_year as educationYear, version, mode, bhm, monthly_stipend as monthlyStipend,
                contract_type_coefficients as coefficients
           from tariff_tables where education_year = ? and status = 'published'
          order by version desc limit 1`,
      )
      .get(educationYear) as TableRow | undefined) ?? null
  );
}

export function tariffFor(
  db: Sqlite,
  key: { educationYear: string; specialtyCode: string; educationForm: string },
): TariffInForce | null {
  const table = publishedTariff(db, key.educationYear);
  if (!table) return null;
  const row = db
    .prepare(
      `select price, foreign_price as foreignPrice, specialty_coefficient as specialtyCoefficient,
              increased_coefficient as increasedCoefficient, credit_price as creditPrice
         from tariff_rows where table_id = ? and specialty_code = ? and education_form = ?`,
    )
    .get(table.id, key.specialtyCode, key.educationForm) as PriceRow | undefined;
  if (!row) return null;
  const label = tariffLabel(table.educationYear, table.version);
  const contract: ContractTariff = {
    version: label,
    mode: table.mode,
    bhm: table.bhm ?? undefined,
    monthlyStipend: table.monthlyStipend,
    specialtyCoefficient: row.specialtyCoefficient ?? undefined,
    price: row.price ?? undefined,
    foreignPrice: row.foreignPrice ?? undefined,
    contractTypeCoefficients: JSON.parse(table.coefficients) as Partial<Record<ContractTypeCode, number>>,
    increasedCoefficient: row.increasedCoefficient ?? undefined,
  };
  // The base contract a credit price derives from: the sum-mode price, or coefficient × BHM.
  const base =
    table.mode === 'sum'
      ? row.price
      : row.specialtyCoefficient !== null && table.bhm !== null
        ? Math.round(row.specialtyCoefficient * table.bhm)
        : null;
  const restudy: RestudyTariff =
    row.creditPrice !== null ? { fixedCreditPrice: row.creditPrice } : { baseContractAmount: base ?? undefined };
  return { tableId: table.id, educationYear: table.educationYear, version: table.version, label, contract, restudy };
}

import type { ChannelOutput, ChannelParsedInput } from '../../../src-shared/contract';
import type { TariffDetail, TariffSummary } from '../../../src-shared/contract/fees';
import type { ContractTypeCode } from '../../../src-shared/domain/fees-contract';
import {
  isBlankRow,
  shiftEducationYear,
  tariffProblems,
  type TariffDiscount,
  type TariffDraft,
  type TariffRowDraft,
} from '../../../src-shared/domain/fees-tariff';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import { AppError, type FieldIssue } from '../../../src-shared/errors';
import type { Writer } from '../../commands/writer';
import type { Sqlite } from '../../db/connection';
import { tariffRows, tariffTables } from './schema';
import { tariffLabel } from './tariff-lookup';

/**
 * Tariff tables by academic year (issue 7): versions, the draft editor's data, publishing. A published
 * version is frozen by triggers (migration 0013); the checks here refuse first with a translated message,
 * the triggers are the last line for any other write path.
 */

interface TableRecord {
  id: string;
  educationYear: string;
  version: number;
  status: 'draft' | 'published';
  mode: 'coefficient' | 'sum';
  bhm: number | null;
  monthlyStipend: number;
  contractTypeCoefficients: string;
  discounts: string;
  note: string;
  createdBy: string;
  createdAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
  rowCount: number;
}

const TABLE_COLUMNS = `t.id, t.education_year as educationYear, t.version, t.status, t.mode, t.bhm,
  t.monthly_stipend as monthlyStipend, t.contract_type_coefficients as contractTypeCoefficients, t.discounts, t.note,
  t.created_by as createdBy, t.created_at as createdAt, t.published_by as publishedBy, t.published_at as publishedAt,
  (select count(*) from tariff_rows r where r.table_id = t.id) as rowCount`;

/** The id of the version in force of a year: the newest published one. */
function inForceId(db: Sqlite, educationYear: string): string | null {
  const row = db
    .prepare(
      `select id from tariff_tables where education_year = ? and status = 'published' order by version desc limit 1`,
    )
    .get(educationYear) as { id: string } | undefined;
  return row?.id ?? null;
}

function summary(db: Sqlite, t: TableRecord): TariffSummary {
  return {
    id: t.id,
    educationYear: t.educationYear,
    version: t.version,
    label: tariffLabel(t.educationYear, t.version),
    status: t.status,
    mode: t.mode,
    rowCount: t.rowCount,
    inForce: t.status === 'published' && inForceId(db, t.educationYear) === t.id,
    createdBy: t.createdBy,
    createdAt: t.createdAt,
    publishedBy: t.publishedBy,
    publishedAt: t.publishedAt,
  };
}

function loadTable(db: Sqlite, id: string): TableRecord {
  const t = db.prepare(`select ${TABLE_COLUMNS} from tariff_tables t where t.id = ?`).get(id) as
    TableRecord | undefined;
  if (!t) throw new AppError('NOT_FOUND', 'fees.error.tariffNotFound', 'Tariff table not found');
  return t;
}

export function listTariffs(db: Sqlite, educationYear: string): ChannelOutput<'fees.tariffs'> {
  const tables = db
    .prepare(`select ${TABLE_COLUMNS} from tariff_tables t where t.education_year = ? order by t.version desc`)
    .all(educationYear) as TableRecord[];
  const years = (
    db.prepare('select distinct education_year as y from tariff_tables order by 1 desc').all() as { y: string }[]
  ).map((r) => r.y);
  return { items: tables.map((t) => summary(db, t)), years };
}

type StoredRow = TariffRowDraft & { specialtyName: string };

function savedRows(db: Sqlite, tableId: string): StoredRow[] {
  return db
    .prepare(
      `select r.specialty_code as specialtyCode, r.education_form as educationForm, r.price,
              r.foreign_price as foreignPrice, r.specialty_coefficient as specialtyCoefficient,
              r.increased_coefficient as increasedCoefficient, r.credit_price as creditPrice,
              coalesce((select s.name_uz_latn from specialties s where s.code = r.specialty_code limit 1), '')
                as specialtyName
         from tariff_rows r where r.table_id = ? order by r.specialty_code, r.education_form`,
    )
    .all(tableId) as StoredRow[];
}

/** Every specialty of the registry × the education forms its groups use: the rows a draft offers to fill. */
export function offeredRows(db: Sqlite): { specialtyCode: string; educationForm: string; specialtyName: string }[] {
  return db
    .prepare(
      `select s.code as specialtyCode, g.education_form as educationForm, min(s.name_uz_latn) as specialtyName
         from groups g join specialties s on s.id = g.specialty_id
        where g.active = 1 group by s.code, g.education_form order by s.code, g.education_form`,
    )
    .all() as { specialtyCode: string; educationForm: string; specialtyName: string }[];
}

function draftOf(t: TableRecord, rows: TariffRowDraft[]): TariffDraft {
  return {
    mode: t.mode,
    bhm: t.bhm,
    monthlyStipend: t.monthlyStipend,
    contractTypeCoefficients: JSON.parse(t.contractTypeCoefficients) as Partial<Record<ContractTypeCode, number>>,
    discounts: JSON.parse(t.discounts) as TariffDiscount[],
    rows,
  };
}

export function tariffDetail(db: Sqlite, id: string): TariffDetail {
  const t = loadTable(db, id);
  const rows = savedRows(db, id);
  const draft = draftOf(t, rows);
  if (t.status === 'draft') {
    const have = new Set(rows.map((r) => `${r.specialtyCode}|${r.educationForm}`));
    for (const o of offeredRows(db)) {
      if (have.has(`${o.specialtyCode}|${o.educationForm}`)) continue;
      rows.push({
        ...o,
        price: null,
        foreignPrice: null,
        specialtyCoefficient: null,
        increasedCoefficient: null,
        creditPrice: null,
      });
    }
    rows.sort(
      (a, b) => a.specialtyCode.localeCompare(b.specialtyCode) || a.educationForm.localeCompare(b.educationForm),
    );
  }
  return {
    ...summary(db, t),
    bhm: draft.bhm,
    monthlyStipend: draft.monthlyStipend,
    contractTypeCoefficients: draft.contractTypeCoefficients,
    discounts: draft.discounts,
    note: t.note,
    rows,
    problems: t.status === 'draft' ? tariffProblems(draft, { forPublish: true }) : [],
  };
}

function requireDraft(t: TableRecord): void {
  if (t.status !== 'draft')
    throw new AppError('CONFLICT', 'fees.error.published', 'A published tariff is never edited: create a new version', {
      params: { label: tariffLabel(t.educationYear, t.version) },
    });
}

function refuse(issues: FieldIssue[], message: string): never {
  throw new AppError('VALIDATION', 'fees.error.tariffInvalid', message, { details: { issues } });
}

function insertRows(w: Writer, tableId: string, rows: TariffRowDraft[]): void {
  w.bulkInsert(
    tariffRows,
    rows.filter((r) => !isBlankRow(r)).map((r) => ({ id: uuidv7(), tableId, ...r })),
  );
}

/** A new draft of a year, empty or copied from the newest version of that year or else of the year before. */
export function createDraft(w: Writer, login: string, input: ChannelParsedInput<'fees.createDraft'>): string {
  const db = w.sqlite;
  const newest = (year: string) =>
    db
      .prepare(`select t.id from tariff_tables t where t.education_year = ? order by t.version desc limit 1`)
      .get(year) as { id: string } | undefined;
  const source = input.copy
    ? (newest(input.educationYear) ?? newest(shiftEducationYear(input.educationYear, -1)))
    : undefined;
  const { version } = db
    .prepare('select coalesce(max(version), 0) + 1 as version from tariff_tables where education_year = ?')
    .get(input.educationYear) as { version: number };
  const id = uuidv7();
  const from = source ? loadTable(db, source.id) : null;
  w.insert(tariffTables, {
    id,
    educationYear: input.educationYear,
    version,
    status: 'draft',
    mode: from?.mode ?? input.mode,
    bhm: from?.bhm ?? null,
    monthlyStipend: from?.monthlyStipend ?? 0,
    contractTypeCoefficients: from?.contractTypeCoefficients ?? JSON.stringify({ 11: 1 }),
    discounts: from?.discounts ?? '[]',
    note: '',
    createdBy: login,
    createdAt: w.now,
  });
  if (from) insertRows(w, id, savedRows(db, from.id));
  return id;
}

export function saveDraft(w: Writer, input: ChannelParsedInput<'fees.saveDraft'>): void {
  const t = loadTable(w.sqlite, input.id);
  requireDraft(t);
  const draft: TariffDraft = {
    mode: input.mode,
    bhm: input.bhm,
    monthlyStipend: input.monthlyStipend,
    contractTypeCoefficients: input.contractTypeCoefficients,
    discounts: input.discounts,
    rows: input.rows,
  };
  const problems = tariffProblems(draft, { forPublish: false });
  if (problems.length > 0) refuse(problems, 'Some tariff values are wrong');
  w.update(tariffTables, t.id, {
    mode: input.mode,
    bhm: input.bhm,
    monthlyStipend: input.monthlyStipend ?? 0,
    contractTypeCoefficients: JSON.stringify(input.contractTypeCoefficients),
    discounts: JSON.stringify(input.discounts),
    note: input.note,
  });
  replaceRows(w, t.id, input.rows);
}

export function replaceRows(w: Writer, tableId: string, rows: TariffRowDraft[]): void {
  const old = w.sqlite.prepare('select id from tariff_rows where table_id = ?').all(tableId) as { id: string }[];
  for (const r of old) w.delete(tariffRows, r.id);
  insertRows(w, tableId, rows);
}

export function publish(w: Writer, login: string, id: string): void {
  const t = loadTable(w.sqlite, id);
  requireDraft(t);
  const problems = tariffProblems(draftOf(t, savedRows(w.sqlite, id)), { forPublish: true });
  if (problems.length > 0) refuse(problems, 'The tariff is not complete');
  w.update(tariffTables, id, { status: 'published', publishedBy: login, publishedAt: w.now });
}

export function deleteDraft(w: Writer, id: string): void {
  const t = loadTable(w.sqlite, id);
  requireDraft(t);
  replaceRows(w, id, []);
  w.delete(tariffTables, id);
}

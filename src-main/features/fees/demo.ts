import { shiftEducationYear, educationYearOf, type TariffDiscount } from '../../../src-shared/domain/fees-tariff';
import { uuidv7 } from '../../../src-shared/domain/uuid';
import type { Writer } from '../../commands/writer';
import type { DemoContext } from '../demo/service-desk';
import { tariffRows, tariffTables } from './schema';
import { offeredRows } from './tariffs';

/**
 * The fees part of the demo (issue 7), before the contracts (a contract is computed from the tariff in force):
 * the current academic year in sum mode (HEMIS 12) with a price for every demo specialty × form, and the year
 * before in the legacy coefficient mode (BHM 375 000). Prices are plausible, not real: 9–25 million soʻm,
 * foreigners pay half as much again. The same seed and day give the same tariffs.
 */

const MONTHLY_STIPEND = 598_000;
const BHM = 375_000;
const TYPE_COEFFICIENTS = { 11: 1, 12: 1.25, 13: 1.5, 14: 1.75, 15: 2, 16: 1, 17: 1, 18: 1, 19: 1 };
const DISCOUNTS: TariffDiscount[] = [
  {
    code: 'ORPHAN',
    names: { uzLatn: 'Chin yetim', uzCyrl: 'Чин етим', ru: 'Круглый сирота', en: 'Orphan' },
    percent: 50,
  },
  {
    code: 'DISABLED',
    names: { uzLatn: 'Nogironligi bor', uzCyrl: 'Ногиронлиги бор', ru: 'Инвалидность', en: 'Disability' },
    percent: 30,
  },
  {
    code: 'SIBLINGS',
    names: { uzLatn: 'Aka-uka, opa-singil', uzCyrl: 'Ака-ука, опа-сингил', ru: 'Братья и сёстры', en: 'Siblings' },
    percent: 10,
  },
];

/** A stable number in [0, 1) from the seed and a specialty × form. */
function share(seed: number, key: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  return h / 2 ** 32;
}

/** Part-time forms cost less than full-time, as in the real price lists. */
const FORM_FACTOR: Record<string, number> = { '11': 1, '12': 0.85, '13': 0.7, '16': 0.75 };

function writeTable(
  w: Writer,
  ctx: DemoContext,
  educationYear: string,
  mode: 'sum' | 'coefficient',
  rows: Omit<typeof tariffRows.$inferInsert, 'id' | 'tableId'>[],
): void {
  const id = uuidv7();
  const { version } = w.sqlite
    .prepare('select coalesce(max(version), 0) + 1 as version from tariff_tables where education_year = ?')
    .get(educationYear) as { version: number };
  w.insert(tariffTables, {
    id,
    educationYear,
    version,
    status: 'draft',
    mode,
    bhm: mode === 'coefficient' ? BHM : null,
    monthlyStipend: MONTHLY_STIPEND,
    contractTypeCoefficients: JSON.stringify(TYPE_COEFFICIENTS),
    discounts: JSON.stringify(DISCOUNTS),
    note: '',
    createdBy: ctx.login,
    createdAt: w.now,
  });
  // Rows first: the triggers refuse any row of a table once it is published.
  w.bulkInsert(
    tariffRows,
    rows.map((r) => ({ id: uuidv7(), tableId: id, ...r })),
  );
  w.update(tariffTables, id, { status: 'published', publishedBy: ctx.login, publishedAt: w.now });
}

export function writeDemoFees(w: Writer, ctx: DemoContext): void {
  const year = educationYearOf(ctx.today);
  const offered = offeredRows(w.sqlite);
  if (offered.length === 0) return;
  const priced = offered.map((o) => {
    const key = `${o.specialtyCode}|${o.educationForm}`;
    const full = 9_000_000 + Math.floor(share(ctx.seed, key) * 161) * 100_000;
    const price = Math.round((full * (FORM_FACTOR[o.educationForm] ?? 1)) / 100_000) * 100_000;
    return { ...o, price: Math.max(9_000_000, price) };
  });
  writeTable(
    w,
    ctx,
    year,
    'sum',
    priced.map((p) => ({
      specialtyCode: p.specialtyCode,
      educationForm: p.educationForm,
      price: p.price,
      foreignPrice: Math.round((p.price * 1.5) / 100_000) * 100_000,
      increasedCoefficient: 1.5,
    })),
  );
  writeTable(
    w,
    ctx,
    shiftEducationYear(year, -1),
    'coefficient',
    priced.map((p) => ({
      specialtyCode: p.specialtyCode,
      educationForm: p.educationForm,
      // Last year's price on the old scale: about 5 % less, as a multiple of BHM with one decimal.
      specialtyCoefficient: Math.round((p.price * 0.95 * 10) / BHM) / 10,
      foreignPrice: Math.round((p.price * 1.4) / 100_000) * 100_000,
      increasedCoefficient: 1.5,
    })),
  );
}

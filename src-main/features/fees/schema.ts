import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Tariffs, contracts and payments (issue 7, DOMAIN §2.5–2.6). A tariff table belongs to an academic year
 * and has versions: a published version is frozen (trigger in migration 0013); a change is a new version,
 * and every contract keeps the version it was computed with (`2026-2027 v2`).
 */
export const tariffTables = sqliteTable(
  'tariff_tables',
  {
    id: text('id').primaryKey(),
    /** `2026-2027`. */
    educationYear: text('education_year').notNull(),
    version: integer('version').notNull(),
    /** draft → published; the newest published version of a year is the one in force. */
    status: text('status').notNull().default('draft'),
    /** `coefficient` (HEMIS 11) or `sum` (HEMIS 12). */
    mode: text('mode').notNull(),
    /** Bazaviy hisoblash miqdori in soʻm (coefficient mode). */
    bhm: integer('bhm'),
    monthlyStipend: integer('monthly_stipend').notNull(),
    /** `{ '11': 1, '16': 1.5, … }` (JSON): multiplier per `h_contract_type`. */
    contractTypeCoefficients: text('contract_type_coefficients').notNull().default('{}'),
    /** `[{ code, names, percent }]` (JSON): the discounts the office grants. */
    discounts: text('discounts').notNull().default('[]'),
    note: text('note').notNull().default(''),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    publishedBy: text('published_by'),
    publishedAt: text('published_at'),
  },
  (t) => [uniqueIndex('tariff_tables_version').on(t.educationYear, t.version)],
);

/** One specialty × education form of a tariff table. Amounts in whole soʻm. */
export const tariffRows = sqliteTable(
  'tariff_rows',
  {
    id: text('id').primaryKey(),
    tableId: text('table_id')
      .notNull()
      .references(() => tariffTables.id),
    /** Specialty code (`60110100`): stable across HEMIS re-imports, unlike ids. */
    specialtyCode: text('specialty_code').notNull(),
    /** `h_education_form`. */
    educationForm: text('education_form').notNull(),
    /** Sum mode: the yearly price; coefficient mode: derived, may be null. */
    price: integer('price'),
    foreignPrice: integer('foreign_price'),
    specialtyCoefficient: real('specialty_coefficient'),
    increasedCoefficient: real('increased_coefficient'),
    /** Re-study: a credit price fixed by order; null = base contract ÷ 60. */
    creditPrice: integer('credit_price'),
  },
  (t) => [uniqueIndex('tariff_rows_key').on(t.tableId, t.specialtyCode, t.educationForm)],
);

import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row (`id = 'main'`): the institution profile every document prints from. */
export const institution = sqliteTable('institution', {
  id: text('id').primaryKey(),
  nameUzLatn: text('name_uz_latn').notNull().default(''),
  nameUzCyrl: text('name_uz_cyrl').notNull().default(''),
  nameRu: text('name_ru').notNull().default(''),
  nameEn: text('name_en').notNull().default(''),
  shortName: text('short_name').notNull().default(''),
  address: text('address').notNull().default(''),
  city: text('city').notNull().default(''),
  phone: text('phone').notNull().default(''),
  email: text('email').notNull().default(''),
  stir: text('stir').notNull().default(''),
  rectorName: text('rector_name').notNull().default(''),
  officeHeadName: text('office_head_name').notNull().default(''),
  logo: text('logo').notNull().default(''),
  /** JSON array of `{role, position, fullName}`. */
  signatories: text('signatories').notNull().default('[]'),
  updatedAt: text('updated_at'),
});

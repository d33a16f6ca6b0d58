import { eq } from 'drizzle-orm';
import type { InstitutionProfile, Signatory } from '../../../src-shared/contract/institution';
import { cleanText } from '../../../src-shared/domain/apostrophes';
import { normalizeUzPhone } from '../../../src-shared/domain/phone';
import { AppError } from '../../../src-shared/errors';
import type { HandlersOf } from '../../backend/context';
import type { Db } from '../../db/store';
import { institution } from './schema';

const ROW_ID = 'main';
type Row = typeof institution.$inferSelect;

function toProfile(row: Row | undefined): InstitutionProfile & { updatedAt: string | null } {
  return {
    nameUzLatn: row?.nameUzLatn ?? '',
    nameUzCyrl: row?.nameUzCyrl ?? '',
    nameRu: row?.nameRu ?? '',
    nameEn: row?.nameEn ?? '',
    shortName: row?.shortName ?? '',
    address: row?.address ?? '',
    city: row?.city ?? '',
    phone: row?.phone ?? '',
    email: row?.email ?? '',
    stir: row?.stir ?? '',
    rectorName: row?.rectorName ?? '',
    officeHeadName: row?.officeHeadName ?? '',
    logo: row?.logo ?? '',
    signatories: row ? (JSON.parse(row.signatories) as Signatory[]) : [],
    updatedAt: row?.updatedAt ?? null,
  };
}

export function readInstitution(db: Db): InstitutionProfile & { updatedAt: string | null } {
  return toProfile(db.select().from(institution).where(eq(institution.id, ROW_ID)).get());
}

export const institutionHandlers: HandlersOf<'institution.get' | 'institution.update'> = {
  'institution.get': (_input, ctx) => readInstitution(ctx.store.db),

  'institution.update': (input, ctx) => {
    let phone = '';
    if (input.phone.trim() !== '') {
      const normalized = normalizeUzPhone(input.phone);
      if (!normalized) {
        throw new AppError('VALIDATION', 'error.validation', 'Invalid phone number', {
          details: { issues: [{ path: 'phone', key: 'validation.invalidPhone' }] },
        });
      }
      phone = normalized;
    }
    // Names of the institution and people are Uzbek text: apostrophes normalised on input.
    const values = {
      nameUzLatn: cleanText(input.nameUzLatn),
      nameUzCyrl: cleanText(input.nameUzCyrl),
      nameRu: cleanText(input.nameRu),
      nameEn: cleanText(input.nameEn),
      shortName: cleanText(input.shortName),
      address: cleanText(input.address),
      city: cleanText(input.city),
      phone,
      email: input.email.trim(),
      stir: input.stir,
      rectorName: cleanText(input.rectorName),
      officeHeadName: cleanText(input.officeHeadName),
      logo: input.logo,
      signatories: JSON.stringify(
        input.signatories.map((s) => ({
          role: s.role,
          position: cleanText(s.position),
          fullName: cleanText(s.fullName),
        })),
      ),
    };
    ctx.command((w) => {
      const existing = w.get(institution, ROW_ID);
      if (!existing) w.insert(institution, { id: ROW_ID, ...values, updatedAt: w.now });
      else {
        const before = JSON.stringify({ ...existing, updatedAt: null });
        const after = JSON.stringify({ ...existing, ...values, updatedAt: null });
        if (before !== after) w.update(institution, ROW_ID, { ...values, updatedAt: w.now });
      }
    });
    return readInstitution(ctx.store.db);
  },
};

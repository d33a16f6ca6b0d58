import { z } from 'zod';
import { channel } from './define';
import { MANAGERS } from './roles';
import { emptyInput, optionalText } from './common';

export const SIGNATORY_ROLES = [
  'rector',
  'vice_rector',
  'dean',
  'office_head',
  'secretary',
  'chief_accountant',
] as const;

export const signatorySchema = z.object({
  role: z.enum(SIGNATORY_ROLES),
  position: z.string().trim().min(1).max(200),
  fullName: z.string().trim().min(1).max(200),
});
export type Signatory = z.infer<typeof signatorySchema>;

/** Logo as a data URL; documents embed it, so it is kept small. */
export const logoSchema = z
  .string()
  .max(700_000)
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/);

export const institutionProfileSchema = z.object({
  nameUzLatn: optionalText(300),
  nameUzCyrl: optionalText(300),
  nameRu: optionalText(300),
  nameEn: optionalText(300),
  shortName: optionalText(50),
  address: optionalText(500),
  city: optionalText(100),
  /** Stored as E.164 (+998XXXXXXXXX); any common typing is accepted on input. */
  phone: z.string().max(30),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || z.email().safeParse(v).success, 'validation.invalidEmail'),
  /** STIR (taxpayer id): 9 digits. */
  stir: z.string().regex(/^([0-9]{9})?$/, 'validation.stir'),
  rectorName: optionalText(200),
  officeHeadName: optionalText(200),
  logo: z.union([z.literal(''), logoSchema], { error: 'validation.logo' }),
  signatories: z.array(signatorySchema).max(20),
});
export type InstitutionProfile = z.infer<typeof institutionProfileSchema>;

export const institutionChannels = {
  'institution.get': channel({
    kind: 'query',
    access: 'signedIn',
    input: emptyInput,
    output: institutionProfileSchema.extend({ updatedAt: z.string().nullable() }),
  }),
  'institution.update': channel({
    kind: 'command',
    access: MANAGERS,
    input: institutionProfileSchema.strict(),
    output: institutionProfileSchema.extend({ updatedAt: z.string().nullable() }),
  }),
} as const;

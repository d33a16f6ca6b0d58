import { z } from 'zod';

/**
 * Tolerant field readers for HEMIS list items (DOMAIN §1.4), shared by every pull (students and
 * structure, grades, attendance). Unknown fields are dropped by the item schemas; a null or a value
 * of the wrong type in an optional field becomes null (`.catch`): HEMIS versions differ between
 * OTMs, and one odd field must cost that field, not the page.
 */
export const idValue = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);
export const id = idValue.nullable().optional().catch(null);
export const str = z
  .union([z.string(), z.number().transform(String)])
  .nullable()
  .optional()
  .catch(null);
export const text = z.string().nullable().optional().catch(null);
export const int = z.number().int().nullable().optional().catch(null);
/** A number, or a numeric string with a dot or a comma (`"3,71"`). */
export const num = z
  .union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+([.,]\d+)?$/)
      .transform((s) => Number(s.replace(',', '.'))),
  ])
  .nullable()
  .optional()
  .catch(null)
  .transform((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
export const bool = z
  .union([z.boolean(), z.number().transform((n) => n !== 0), z.string().transform((s) => s === '1' || s === 'true')])
  .nullable()
  .optional()
  .catch(null);
/**
 * A classifier `{code, name}`: the code (a string like '11') is the stable key. A bare string is not
 * taken: HEMIS versions that send one send the name ('Erkak'), which is no code.
 */
export const classifier = z
  .object({ code: str, name: str })
  .nullable()
  .optional()
  .catch(null)
  .transform((c) => c?.code?.trim() || null);
/** A code given bare (`'11'`, `11`) or as `{code}`, as the academic lists send them. */
export const code = z
  .union([z.string(), z.number().transform(String), z.object({ code: str })])
  .nullable()
  .optional()
  .catch(null)
  .transform((v) => (v === null || v === undefined ? null : typeof v === 'string' ? v : v.code)?.trim() || null);
/** `{id, name, code?}` (an embedded entity), or a bare id as some versions send. */
export const entity = z
  .union([
    z.object({ id, name: str, code: str, educationLang: classifier }),
    idValue.transform((v) => ({
      id: v,
      name: null as string | null,
      code: null as string | null,
      educationLang: null,
    })),
  ])
  .nullable()
  .optional()
  .catch(null);
/** A reference by id: a bare id or an embedded `{id}` → the id. */
export const ref = z
  .union([idValue, z.object({ id: idValue })])
  .nullable()
  .optional()
  .catch(null)
  .transform((v) => (v === null || v === undefined ? null : typeof v === 'number' ? v : v.id));

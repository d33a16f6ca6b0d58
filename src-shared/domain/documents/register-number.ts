/**
 * Register numbers of issued documents (DOMAIN §3.1: "an outgoing registration number from the office
 * journal, e.g. `<prefix>-<seq>/<yyyy>`"). The office writes the format; the journal supplies the
 * sequence, which is gap-free per document type and year.
 *
 * Tokens: `{seq}` the sequence, `{seq:N}` zero-padded to N digits (1–9), `{yyyy}` / `{yy}` the year,
 * `{sid}` the student's HEMIS id number. Anything else is copied as written.
 */

const TOKEN = /\{(seq(?::([1-9]))?|yyyy|yy|sid)\}/g;
const ANY_BRACE = /[{}]/;

export interface RegisterNumberParts {
  seq: number;
  year: number;
  studentIdNumber?: string | null;
}

export type RegisterFormatProblem = 'noSeq' | 'unknownToken' | 'tooLong' | 'empty';

/** Why a format cannot be used, or null. A number must be unique in its journal, hence `{seq}`. */
export function registerFormatProblem(format: string): RegisterFormatProblem | null {
  const f = format.trim();
  if (f === '') return 'empty';
  if (f.length > 60) return 'tooLong';
  const rest = f.replace(TOKEN, '');
  if (ANY_BRACE.test(rest)) return 'unknownToken';
  if (![...f.matchAll(TOKEN)].some((m) => m[1]!.startsWith('seq'))) return 'noSeq';
  return null;
}

export function formatRegisterNumber(format: string, parts: RegisterNumberParts): string {
  return format.trim().replace(TOKEN, (_m, token: string, width: string | undefined) => {
    if (token.startsWith('seq')) return String(parts.seq).padStart(width ? Number(width) : 0, '0');
    if (token === 'yyyy') return String(parts.year);
    if (token === 'yy') return String(parts.year % 100).padStart(2, '0');
    return parts.studentIdNumber ?? '';
  });
}

export const DEFAULT_REGISTER_FORMAT = '{seq}/{yyyy}';

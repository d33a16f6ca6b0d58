/**
 * Uzbek phone numbers (DOMAIN §6.3): stored as E.164 `+998XXXXXXXXX`. Accepts the ways people
 * type them: `+998 90 123-45-67`, `998901234567`, `(90) 123 45 67`, `901234567`, legacy `8 90 1234567`.
 * Returns null when the digits cannot form an Uzbek number.
 */
export function normalizeUzPhone(input: string): string | null {
  const digits = input.replace(/\D/g, '');
  let national: string | null = null;
  if (digits.length === 12 && digits.startsWith('998')) national = digits.slice(3);
  else if (digits.length === 9) national = digits;
  else if (digits.length === 10 && digits.startsWith('8')) national = digits.slice(1);
  else if (digits.length === 11 && digits.startsWith('88')) national = digits.slice(2);
  if (national === null || !/^[1-9]\d{8}$/.test(national)) return null;
  return `+998${national}`;
}

/** `+998901234567` → `+998 90 123 45 67`. Other strings are returned unchanged. */
export function formatUzPhone(e164: string): string {
  const m = /^\+998(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+998 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : e164;
}

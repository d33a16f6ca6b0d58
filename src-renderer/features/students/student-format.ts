/** How the student screens write names and identifiers (DOMAIN §5.4, §6). */

/** `Joʻrayev`, `Bobur`, `` → `Joʻrayev Bobur`: F.I.Sh. order, empty parts left out. */
export function fullName(...parts: (string | null | undefined)[]): string {
  return parts
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '')
    .join(' ');
}

/** `AA1234567` → `AA 1234567`; a masked `AA•••4567` → `AA •••4567`; other passports as stored. */
export function formatPassport(passport: string | null | undefined): string {
  if (!passport) return '';
  const m = /^([A-Z]{2})([\d•]{7})$/.exec(passport);
  return m ? `${m[1]} ${m[2]}` : passport;
}

/** Two letters for an avatar without a photo: surname and given name initials. */
export function initials(lastName: string, firstName: string): string {
  const first = (s: string) => [...s.trim()][0] ?? '';
  return (first(lastName) + first(firstName)).toUpperCase();
}

const AVATAR_COLORS = ['#5c6bc0', '#00897b', '#8d6e63', '#7e57c2', '#3949ab', '#00838f', '#6d4c41', '#546e7a'];

/** A muted colour that stays the same for the same person (the initials avatar). */
export function avatarColor(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return AVATAR_COLORS[h % AVATAR_COLORS.length] as string;
}

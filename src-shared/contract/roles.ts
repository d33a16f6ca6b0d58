export const ROLES = ['admin', 'head', 'front_office', 'back_office', 'archive', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call a channel: `public` needs no session (sign-in, health, first-run setup),
 * `signedIn` any valid session, otherwise an explicit list of roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export const STAFF_ROLES: readonly Role[] = ['admin', 'head', 'front_office', 'back_office', 'archive'];
export const MANAGERS: readonly Role[] = ['admin', 'head'];
export const ADMIN_ONLY: readonly Role[] = ['admin'];

export function roleMayCall(role: Role | null, access: Access): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  if (access === 'signedIn') return true;
  return access.includes(role);
}

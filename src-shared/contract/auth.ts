import { z } from 'zod';
import { channel } from './define';
import { ROLES } from './roles';
import { emptyInput, idSchema, isoDateTimeSchema, localeSchema, okOutput, text } from './common';

/** Login names: letters, digits, dot, dash, underscore; case-insensitive (stored lower-case). */
export const loginSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'validation.login')
  .transform((s) => s.toLowerCase());

/** At least 8 characters; people at a counter pick passphrases, so no composition rules (NIST 800-63B). */
export const newPasswordSchema = z.string().min(8).max(200);

export const userSchema = z.object({
  id: idSchema,
  login: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  locale: localeSchema,
  active: z.boolean(),
  lockedUntil: isoDateTimeSchema.nullable(),
  lastSignInAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

export const sessionInfoSchema = z.object({
  token: z.string(),
  expiresAt: isoDateTimeSchema,
  user: userSchema,
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const authChannels = {
  'setup.createFirstAdmin': channel({
    kind: 'command',
    access: 'public',
    input: z.object({
      login: loginSchema,
      fullName: text(200),
      password: newPasswordSchema,
      locale: localeSchema.default('uz-Latn'),
    }),
    output: sessionInfoSchema,
  }),
  'auth.signIn': channel({
    kind: 'command',
    access: 'public',
    input: z.object({ login: loginSchema, password: z.string().min(1).max(200) }),
    output: sessionInfoSchema,
  }),
  'auth.signOut': channel({ kind: 'command', access: 'signedIn', input: emptyInput, output: okOutput }),
  'auth.me': channel({ kind: 'query', access: 'signedIn', input: emptyInput, output: userSchema }),
  'auth.changePassword': channel({
    kind: 'command',
    access: 'signedIn',
    input: z.object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema }),
    output: okOutput,
  }),
  'auth.setLocale': channel({
    kind: 'command',
    access: 'signedIn',
    input: z.object({ locale: localeSchema }),
    output: userSchema,
  }),
} as const;

import { z } from 'zod';
import { channel } from './define';
import { ADMIN_ONLY, ROLES } from './roles';
import { emptyInput, idSchema, localeSchema, okOutput, text } from './common';
import { loginSchema, newPasswordSchema, userSchema } from './auth';

export const usersChannels = {
  'users.list': channel({
    kind: 'query',
    access: ADMIN_ONLY,
    input: emptyInput,
    output: z.array(userSchema),
  }),
  'users.create': channel({
    kind: 'command',
    access: ADMIN_ONLY,
    input: z.object({
      login: loginSchema,
      fullName: text(200),
      role: z.enum(ROLES),
      password: newPasswordSchema,
      locale: localeSchema.default('uz-Latn'),
    }),
    output: userSchema,
  }),
  'users.update': channel({
    kind: 'command',
    access: ADMIN_ONLY,
    input: z.object({
      id: idSchema,
      fullName: text(200).optional(),
      role: z.enum(ROLES).optional(),
      active: z.boolean().optional(),
    }),
    output: userSchema,
  }),
  'users.resetPassword': channel({
    kind: 'command',
    access: ADMIN_ONLY,
    input: z.object({ id: idSchema, password: newPasswordSchema }),
    output: okOutput,
  }),
  'users.unlock': channel({
    kind: 'command',
    access: ADMIN_ONLY,
    input: z.object({ id: idSchema }),
    output: userSchema,
  }),
} as const;

import { z } from 'zod';

/** owner: everything; success_manager: the onboarding checklist and reading the audit log. */
export const CONSOLE_ROLES = ['owner', 'success_manager'] as const;

export const consoleRoleSchema = z.enum(CONSOLE_ROLES, { error: 'must be "owner" or "success_manager"' });

export type ConsoleRole = z.infer<typeof consoleRoleSchema>;

export const CONSOLE_ROLE_LABELS: Record<ConsoleRole, string> = {
  owner: 'Application Owner',
  success_manager: 'Success manager',
};

export const consoleEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address, like ada@example.com' }));

export const consolePasswordSchema = z
  .string()
  .min(12, 'Use at least 12 characters')
  .max(256, 'Use at most 256 characters');

const consoleNameSchema = z.string().trim().max(200, 'Use at most 200 characters');

/** The `error` next-auth's client reports when the sign-in gate refused with 429 (lib/auth/sign-in-gate.ts). */
export const SIGN_IN_BLOCKED = 'TooManyAttempts';
export const SIGN_IN_BUSY = 'ServerBusy';

/** Sign-in input. Deliberately loose: a malformed email simply fails like a wrong password. */
export const loginBodySchema = z.object({
  email: z.string().trim().min(1, 'Enter your email address'),
  password: z.string().min(1, 'Enter your password'),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const setupOwnerBodySchema = z.object({
  code: z.string().min(1, 'The setup code is missing').max(200),
  name: consoleNameSchema.min(1, 'Enter your name'),
  email: consoleEmailSchema,
  password: consolePasswordSchema,
});
export type SetupOwnerBody = z.infer<typeof setupOwnerBodySchema>;

/** The setup page's form: the API body without the code (it comes from the link), plus a confirmation. */
export const setupOwnerFormSchema = setupOwnerBodySchema
  .omit({ code: true })
  .extend({ confirmPassword: z.string() })
  .refine((form) => form.password === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords do not match',
  });
export type SetupOwnerForm = z.input<typeof setupOwnerFormSchema>;

export const createConsoleUserSchema = z.object({
  email: consoleEmailSchema,
  name: consoleNameSchema.default(''),
  role: consoleRoleSchema,
  password: consolePasswordSchema,
});
export type CreateConsoleUserInput = z.input<typeof createConsoleUserSchema>;

export type ConsoleUserSummary = { id: string; email: string; name: string; role: ConsoleRole; createdAt: string };

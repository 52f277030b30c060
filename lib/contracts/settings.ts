import { z } from 'zod';

export const DELETE_MODES = ['delete', 'deactivate'] as const;
export type DeleteMode = (typeof DELETE_MODES)[number];

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})*(?::\\d{1,5})?$`);
const EXAMPLE = 'acme.example.com';

/** Why an application domain is not usable, naming the fix; null when it is fine. */
export function applicationDomainProblem(value: string): string | null {
  if (value === '') return `Enter the application domain, for example ${EXAMPLE}`;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(value);
  if (scheme) {
    const rest = value.slice(scheme[0].length).split(/[/?#]/)[0] || EXAMPLE;
    return `Enter the domain without "${scheme[0]}": for example ${rest}`;
  }
  if (/[/?#]/.test(value)) return `Enter the domain without a path: for example ${value.split(/[/?#]/)[0] || EXAMPLE}`;
  if (/\s/.test(value)) return 'The domain cannot contain spaces';
  if (value.length > 253 || !DOMAIN.test(value)) {
    return `Enter a domain name such as ${EXAMPLE} (letters, digits, hyphens and dots)`;
  }
  return null;
}

export const applicationDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((value, ctx) => {
    const problem = applicationDomainProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export function tenantUrl(applicationDomain: string): string {
  return `https://${applicationDomain}/scim/v2`;
}

const days = (what: string, max: number) =>
  z
    .int({ error: `${what} must be a whole number of days` })
    .min(1, { error: `${what} must be at least 1 day` })
    .max(max, { error: `${what} can be at most ${max} days` });

export const settingsFieldsSchema = z.object({
  applyUserNameChanges: z.boolean(),
  deleteMode: z.enum(DELETE_MODES, { error: 'Choose what a DELETE from the identity provider does' }),
  tokenExpiryDefaultDays: days('The default token expiry', 3650),
  tokenExpiryMaxDays: days('The maximum token expiry', 3650),
  auditRetentionDays: days('Audit retention', 3650),
  applicationDomain: applicationDomainSchema.nullable(),
});

const expiryOrder = {
  check: (body: { tokenExpiryDefaultDays?: number; tokenExpiryMaxDays?: number }) =>
    body.tokenExpiryDefaultDays === undefined ||
    body.tokenExpiryMaxDays === undefined ||
    body.tokenExpiryDefaultDays <= body.tokenExpiryMaxDays,
  params: { path: ['tokenExpiryDefaultDays'], error: 'The default expiry cannot be longer than the maximum' },
};

export const userConfigurationBodySchema = settingsFieldsSchema.pick({ applyUserNameChanges: true, deleteMode: true });
export type UserConfigurationBody = z.infer<typeof userConfigurationBodySchema>;

export const tokenPolicyBodySchema = settingsFieldsSchema
  .pick({ tokenExpiryDefaultDays: true, tokenExpiryMaxDays: true, auditRetentionDays: true })
  .refine(expiryOrder.check, expiryOrder.params);
export type TokenPolicyBody = z.infer<typeof tokenPolicyBodySchema>;

export const applicationDomainBodySchema = z.object({ applicationDomain: applicationDomainSchema });
export type ApplicationDomainBody = z.infer<typeof applicationDomainBodySchema>;

/** PATCH body: any subset of the settings; a partial expiry pair is checked against the stored one by the route. */
export const updateSettingsBodySchema = settingsFieldsSchema
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { error: 'Send at least one setting to change' })
  .refine(expiryOrder.check, expiryOrder.params);
export type UpdateSettingsBody = z.infer<typeof updateSettingsBodySchema>;

/** The owner's settings (DESIGN "User configuration", "Tokens", "Audit log"), one row per key in `settings`. */
export type SettingsDto = {
  applyUserNameChanges: boolean;
  deleteMode: DeleteMode;
  tokenExpiryDefaultDays: number;
  tokenExpiryMaxDays: number;
  auditRetentionDays: number;
  applicationDomain: string | null;
  /** Set when the owner saves the user configuration; the onboarding checklist reads it. */
  userConfigurationSavedAt: string | null;
};

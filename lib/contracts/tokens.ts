import { z } from 'zod';
import { DAY_MS } from '@/lib/time/durations';

export const TOKEN_EXPIRY_PRESETS = [30, 90, 180, 365] as const;
/** The banner warns when the only active token expires within this many days. */
export const TOKEN_EXPIRY_WARNING_DAYS = 14;
export const ROTATION_GRACE_PRESETS = [1, 7, 14, 30] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const tokenExpirySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('days'),
    days: z.int({ error: 'Choose how many days the token lasts' }).min(1, { error: 'A token must last at least 1 day' }),
  }),
  z.object({
    kind: z.literal('date'),
    date: z.string().regex(ISO_DATE, { error: 'Enter the expiry date as YYYY-MM-DD' }),
  }),
]);
export type TokenExpiry = z.infer<typeof tokenExpirySchema>;

const tokenNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the token a name, for example "Entra ID production"' })
  .max(100, { error: 'Keep the name under 100 characters' });

export const createTokenBodySchema = z.object({ name: tokenNameSchema, expiry: tokenExpirySchema });
export type CreateTokenBody = z.infer<typeof createTokenBodySchema>;

export const rotateTokenBodySchema = z.object({
  /** How long the old token keeps working beside the new one. */
  graceDays: z
    .int({ error: 'Choose a grace period' })
    .min(0, { error: 'The grace period cannot be negative' })
    .max(90, { error: 'The grace period can be at most 90 days' }),
  name: tokenNameSchema.optional(),
});
export type RotateTokenBody = z.infer<typeof rotateTokenBodySchema>;

export const tokenIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown token id' }) });

/** A date-only expiry lasts until the end of that day (UTC), so "expires on the 31st" includes the 31st. */
export function resolveTokenExpiry(expiry: TokenExpiry, now: Date): Date {
  if (expiry.kind === 'days') return new Date(now.getTime() + expiry.days * DAY_MS);
  return new Date(`${expiry.date}T23:59:59.999Z`);
}

/** Why an expiry is not allowed, in words the owner can act on; null when it is fine. */
export function tokenExpiryProblem(expiresAt: Date, now: Date, maxDays: number): string | null {
  if (Number.isNaN(expiresAt.getTime())) return 'Enter a valid expiry date';
  if (expiresAt.getTime() <= now.getTime()) return 'The expiry must be in the future';
  const latest = new Date(now.getTime() + maxDays * DAY_MS);
  // The date form resolves to the end of a day, so allow up to the end of the last permitted day.
  if (expiresAt.getTime() > endOfUtcDay(latest).getTime()) {
    return `Tokens can last at most ${maxDays} days (until ${formatIsoDate(latest)}). Choose an earlier expiry, or raise the maximum in Settings.`;
  }
  return null;
}

/** A create form's schema: its body with the expiry within the configured maximum (createToken and createApiKey apply the same rule). */
export function expiryWithinSchema<S extends z.ZodType<{ expiry: TokenExpiry }>>(schema: S, maxDays: number, now: Date) {
  return schema.superRefine((body, ctx) => {
    const problem = tokenExpiryProblem(resolveTokenExpiry(body.expiry, now), now, maxDays);
    if (problem) ctx.addIssue({ code: 'custom', path: ['expiry'], message: problem });
  });
}

export function createTokenBodyWithinSchema(maxDays: number, now: Date) {
  return expiryWithinSchema(createTokenBodySchema, maxDays, now);
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function endOfUtcDay(date: Date): Date {
  return new Date(`${formatIsoDate(date)}T23:59:59.999Z`);
}

export type TokenStatus = 'active' | 'expiring_soon' | 'expired' | 'revoked';

/** A token as the console API returns it (dates as ISO strings); never the secret or its hash. */
export type TokenDto = {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  lastUsedFrom: string | null;
  status: TokenStatus;
};

export type TokenListDto = { tokens: TokenDto[] };

/** The only time the secret leaves the server. */
export type CreatedTokenDto = { token: TokenDto; secret: string };

export type RotatedTokenDto = { token: TokenDto; secret: string; previous: TokenDto };

export type TokenBannerDto = { expiringToken: { id: string; name: string; expiresAt: string; daysLeft: number } | null };

type BannerCandidate = { id: string; name: string; expiresAt: Date | string; revokedAt: Date | string | null };

/** The banner's rule: exactly one usable token remains and it runs out within TOKEN_EXPIRY_WARNING_DAYS. */
export function findExpiringSoleToken(tokens: BannerCandidate[], now: Date): TokenBannerDto {
  const usable = tokens.filter((token) => !token.revokedAt && new Date(token.expiresAt).getTime() > now.getTime());
  if (usable.length !== 1) return { expiringToken: null };

  const [token] = usable;
  const expiresAt = new Date(token.expiresAt);
  const msLeft = expiresAt.getTime() - now.getTime();
  if (msLeft > TOKEN_EXPIRY_WARNING_DAYS * DAY_MS) return { expiringToken: null };

  return {
    expiringToken: { id: token.id, name: token.name, expiresAt: expiresAt.toISOString(), daysLeft: Math.ceil(msLeft / DAY_MS) },
  };
}

import type { scimTokens } from '@/db/schema';
import { DAY_MS } from '@/lib/time/durations';

export type TokenStatus = 'active' | 'expiring_soon' | 'expired' | 'revoked';

/** A token within this many days of its expiry is flagged, and the console banner warns about it. */
export const EXPIRING_SOON_DAYS = 14;

/** What the console lists; never the secret or its hash. */
export type TokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedFrom: string | null;
  status: TokenStatus;
};

type TokenRow = typeof scimTokens.$inferSelect;

export function tokenStatus(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): TokenStatus {
  if (token.revokedAt && token.revokedAt.getTime() <= now.getTime()) return 'revoked';
  const msLeft = token.expiresAt.getTime() - now.getTime();
  if (msLeft <= 0) return 'expired';
  return msLeft <= EXPIRING_SOON_DAYS * DAY_MS ? 'expiring_soon' : 'active';
}

export function summarizeToken(row: TokenRow, now: Date): TokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    lastUsedFrom: row.lastUsedFrom,
    status: tokenStatus(row, now),
  };
}

import type { ApiKeyRow } from '@/db/schema';
import { tokenStatus, type TokenStatus } from '@/lib/tokens/token-status';

/** What the console lists about a key; never the secret or its hash. */
export type ApiKeySummary = {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  rotatedFromId: string | null;
  /** The same lifecycle as a SCIM token: active, expiring soon, expired, revoked. */
  status: TokenStatus;
};

export function summarizeApiKey(row: ApiKeyRow, now: Date): ApiKeySummary {
  const { secretHash: _secretHash, ...shown } = row;
  return { ...shown, status: tokenStatus(row, now) };
}

import type { ApiKeyRow } from '@/db/schema';
import { tokenStatus, type TokenSummary } from '@/lib/tokens/token-status';

/**
 * What the console lists about a key: a token's summary (the same lifecycle: active, expiring soon, expired,
 * revoked) without the address, which keys do not record. Never the secret or its hash.
 */
export type ApiKeySummary = Omit<TokenSummary, 'lastUsedFrom'> & { rotatedFromId: string | null };

export function summarizeApiKey(row: ApiKeyRow, now: Date): ApiKeySummary {
  const { secretHash: _secretHash, ...shown } = row;
  return { ...shown, status: tokenStatus(row, now) };
}

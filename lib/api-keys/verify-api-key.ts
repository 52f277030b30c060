import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { apiKeys } from '@/db/schema';
import { hashSecret, readBearerHeader } from '@/lib/secrets/bearer-secret';
import { throttleRefusals } from '@/lib/tokens/throttle-refusals';
import { tokenStatus } from '@/lib/tokens/token-status';
import { API_KEY_PREFIX } from './api-key-secret';

export type ApiKeyIdentity = { id: string; name: string };

export type ApiKeyCheck =
  | { ok: true; apiKey: ApiKeyIdentity }
  | { ok: false; reason: 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked'; apiKey?: ApiKeyIdentity }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number; apiKey?: ApiKeyIdentity };

/** Last-used is a hint for the console, not a log: one write a minute per key is plenty. */
const TOUCH_INTERVAL_MS = 60_000;

async function check(db: Database, authorization: string | null, now: Date): Promise<ApiKeyCheck> {
  const presented = readBearerHeader(authorization, API_KEY_PREFIX);
  if (presented.kind !== 'secret') return { ok: false, reason: presented.kind };

  const [key] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, expiresAt: apiKeys.expiresAt, revokedAt: apiKeys.revokedAt, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(eq(apiKeys.secretHash, hashSecret(presented.secret)))
    .limit(1);
  if (!key) return { ok: false, reason: 'unknown' };

  const apiKey = { id: key.id, name: key.name };
  const status = tokenStatus(key, now);
  if (status === 'revoked' || status === 'expired') return { ok: false, reason: status, apiKey };

  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    // The condition repeats the freshness test so that concurrent requests race harmlessly.
    const staleBefore = new Date(now.getTime() - TOUCH_INTERVAL_MS);
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))));
  }
  return { ok: true, apiKey };
}

/**
 * Checks an `Authorization` header against the stored key hashes. A SCIM token is not a well-formed key and is
 * refused without a lookup. Refusals count towards the same per-address throttle as SCIM's.
 */
export async function verifyApiKey(
  db: Database,
  input: { authorization: string | null; clientAddress: string; now: Date },
): Promise<ApiKeyCheck> {
  const result = await check(db, input.authorization, input.now);
  if (result.ok) return result;
  const throttle = await throttleRefusals(db, { clientAddress: input.clientAddress, now: input.now });
  if (!throttle.isBlocked) return result;
  return { ok: false, reason: 'throttled', retryAfterSeconds: throttle.retryAfterSeconds, apiKey: result.apiKey };
}

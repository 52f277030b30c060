import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { readBearerHeader, type PresentedSecret } from '@/lib/secrets/bearer-secret';
import type { BearerCheck } from '@/lib/scim';
import { throttleRefusals } from './throttle-refusals';
import { cachedToken, rememberToken, type CachedToken } from './token-cache';
import { hashTokenSecret, TOKEN_SECRET_PREFIX } from './token-secret';
import { TOUCH_INTERVAL_MS, touchTokenUsage } from './touch-token-usage';

type Refusal = Extract<BearerCheck, { ok: false }>;

async function findToken(db: Database, secretHash: string): Promise<CachedToken | undefined> {
  const [token] = await db
    .select({ id: scimTokens.id, name: scimTokens.name, expiresAt: scimTokens.expiresAt, revokedAt: scimTokens.revokedAt, lastUsedAt: scimTokens.lastUsedAt })
    .from(scimTokens)
    .where(eq(scimTokens.secretHash, secretHash))
    .limit(1);
  return token;
}

async function check(db: Database, presented: PresentedSecret, clientAddress: string, now: Date, isConnectionTest: boolean): Promise<BearerCheck> {
  if (presented.kind !== 'secret') return { ok: false, reason: presented.kind };

  const secretHash = hashTokenSecret(presented.secret);
  const cached = cachedToken(db, secretHash);
  const token = cached ?? (await findToken(db, secretHash));
  if (!token) return { ok: false, reason: 'unknown' };

  const identity = { id: token.id, name: token.name };
  if (token.revokedAt && token.revokedAt.getTime() <= now.getTime()) return { ok: false, reason: 'revoked', token: identity };
  if (token.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', token: identity };
  if (!cached) rememberToken(db, secretHash, token);

  // Skips the UPDATE on the hot path when the row read is fresh; the UPDATE's own condition settles races.
  if (!isConnectionTest && (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS)) {
    await touchTokenUsage(db, { tokenId: token.id, clientAddress, now });
    token.lastUsedAt = now;
  }
  return { ok: true, token: identity };
}

/**
 * Checks an `Authorization` header against the stored token hashes. A valid token never touches the
 * throttle, and the console's connection test leaves its last use alone; each refusal is counted for its address, and a blocked address is answered 'throttled'.
 */
export async function verifyBearerToken(
  db: Database,
  input: { authorization: string | undefined; clientAddress: string; now: Date; isConnectionTest?: boolean },
): Promise<BearerCheck> {
  const result = await check(db, readBearerHeader(input.authorization, TOKEN_SECRET_PREFIX), input.clientAddress, input.now, input.isConnectionTest === true);
  if (result.ok) return result;

  const throttle = await throttleRefusals(db, { clientAddress: input.clientAddress, now: input.now });
  if (!throttle.isBlocked) return result;
  const refusal: Refusal = {
    ok: false,
    reason: 'throttled',
    retryAfterSeconds: throttle.retryAfterSeconds,
    isAlreadyAudited: !throttle.isNewBlock,
    refusalCount: throttle.refusals,
  };
  return result.token ? { ...refusal, token: result.token } : refusal;
}

import type { Database } from '@/db/database';

/** What verification needs of a token row; expiry and revocation are judged against each request's own time. */
export type CachedToken = { id: string; name: string; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null };

/**
 * How long a token row read for one request serves the next ones. A revocation made in this process drops the
 * cache at once; one made by another instance or by the `token:revoke` CLI is seen within this time.
 */
export const TOKEN_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

type Entry = { token: CachedToken; loadedAt: number };
type TokenCache = { byDatabase: WeakMap<Database, Map<string, Entry>> };

// On globalThis so that every module copy Next makes in one process shares the cache and its invalidation.
const holder = globalThis as unknown as { rosterTokenCache?: TokenCache };
const cache: TokenCache = (holder.rosterTokenCache ??= { byDatabase: new WeakMap() });

/** The row cached for a secret's hash on this database, when it was read less than TOKEN_CACHE_TTL_MS ago. */
export function cachedToken(db: Database, secretHash: string): CachedToken | undefined {
  const entry = cache.byDatabase.get(db)?.get(secretHash);
  if (!entry) return undefined;
  if (performance.now() - entry.loadedAt < TOKEN_CACHE_TTL_MS) return entry.token;
  cache.byDatabase.get(db)?.delete(secretHash);
  return undefined;
}

/** Keeps a valid token's row; only a handful of tokens exist, the bound only stops a misuse from growing the map. */
export function rememberToken(db: Database, secretHash: string, token: CachedToken): void {
  let entries = cache.byDatabase.get(db);
  if (!entries) cache.byDatabase.set(db, (entries = new Map()));
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(secretHash, { token, loadedAt: performance.now() });
}

/** Called after a token is expired, revoked or rotated in this process, so its next request reads the row again. */
export function forgetCachedTokens(): void {
  cache.byDatabase = new WeakMap();
}

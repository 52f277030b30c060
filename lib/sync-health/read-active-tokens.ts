import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { toDate } from './to-date';
import type { TokenFact } from './traffic-facts';

type TokenRow = { id: string; name: string; created_at: unknown; expires_at: unknown; last_used_at: unknown; is_superseded: boolean };

/**
 * Tokens that still authenticate (neither revoked nor expired), soonest expiry first. A token is superseded when a
 * rotation created a newer active token from it that outlives it: its expiry is then planned, not a risk.
 */
export async function readActiveTokens(db: Database, now: Date): Promise<TokenFact[]> {
  const rows = await queryRows<TokenRow>(
    db,
    sql`select t.id, t.name, t.created_at, t.expires_at, t.last_used_at,
          exists (select 1 from scim_tokens s
                   where s.rotated_from_id = t.id and s.revoked_at is null and s.expires_at > t.expires_at) as is_superseded
        from scim_tokens t
        where t.revoked_at is null and t.expires_at > ${now.toISOString()}::timestamptz
        order by t.expires_at`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: toDate(row.created_at)!,
    expiresAt: toDate(row.expires_at)!,
    lastUsedAt: toDate(row.last_used_at),
    isSuperseded: row.is_superseded,
  }));
}

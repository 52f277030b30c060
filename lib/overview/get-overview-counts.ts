import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

export type OverviewCounts = { users: number; activeUsers: number; groups: number; activeTokens: number };

/** Headline numbers for the overview: provisioned users (live), groups, and tokens that work right now. */
export async function getOverviewCounts(db: Database, now: Date): Promise<OverviewCounts> {
  const [row] = await queryRows<{ users: number; active_users: number; groups: number; active_tokens: number }>(
    db,
    sql`select
      (select count(*) from scim_users where deprovisioned_at is null)::int as users,
      (select count(*) from scim_users where deprovisioned_at is null and active)::int as active_users,
      (select count(*) from scim_groups)::int as groups,
      (select count(*) from scim_tokens where revoked_at is null and expires_at > ${now.toISOString()}::timestamptz)::int as active_tokens`,
  );
  return { users: row.users, activeUsers: row.active_users, groups: row.groups, activeTokens: row.active_tokens };
}

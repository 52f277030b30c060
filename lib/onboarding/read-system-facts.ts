import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { readActiveTokens } from '@/lib/sync-health/read-active-tokens';
import { isScimRequest } from '@/lib/sync-health/scim-operations';
import { toDate } from '@/lib/sync-health/to-date';
import type { SystemFacts } from './derive-system-steps';

const UNMAPPED_NAMES_READ = 5;

type GroupsRow = { received: number; unmapped: number; last_mapped: unknown };
type TrafficRow = { first_success: unknown; first_user: unknown; users: number };

/** Reads what the derived onboarding steps look at; the user configuration time comes from the settings. */
export async function readSystemFacts(db: Database, now: Date, userConfigurationSavedAt: Date | null): Promise<SystemFacts> {
  const isUnmapped = sql`not exists (select 1 from group_role_mappings m where m.group_id = g.id)`;
  const [activeTokens, groups, unmapped, traffic] = await Promise.all([
    readActiveTokens(db, now),
    queryRows<GroupsRow>(
      db,
      sql`select count(*)::int as received, count(*) filter (where ${isUnmapped})::int as unmapped,
                 max(greatest(g.created_at, (select min(m.created_at) from group_role_mappings m where m.group_id = g.id))) as last_mapped
          from scim_groups g`,
    ),
    queryRows<{ display_name: string }>(
      db,
      sql`select g.display_name from scim_groups g where ${isUnmapped}
          order by lower(g.display_name) limit ${UNMAPPED_NAMES_READ}`,
    ),
    queryRows<TrafficRow>(
      db,
      sql`select
            (select min(occurred_at) from audit_events where outcome = 'success' and ${isScimRequest()}) as first_success,
            least(
              (select min(occurred_at) from audit_events where operation = 'user.create' and outcome = 'success'),
              (select min(created_at) from scim_users)
            ) as first_user,
            (select count(*)::int from scim_users where deprovisioned_at is null) as users`,
    ),
  ]);

  return {
    now,
    activeTokens,
    groupsReceived: groups[0]?.received ?? 0,
    unmappedGroupCount: groups[0]?.unmapped ?? 0,
    unmappedGroupNames: unmapped.map((row) => row.display_name),
    lastGroupMappedAt: toDate(groups[0]?.last_mapped),
    firstSuccessfulRequestAt: toDate(traffic[0]?.first_success),
    firstUserProvisionedAt: toDate(traffic[0]?.first_user),
    usersProvisioned: traffic[0]?.users ?? 0,
    userConfigurationSavedAt,
  };
}

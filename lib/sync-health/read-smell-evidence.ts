import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { toDate } from './to-date';
import type { SmellEvidence } from './traffic-facts';

/** The SCIM handler stores detectIdpDialect's flags under this key of an audit event's `detail`. */
export const IDP_DIALECT_DETAIL_KEY = 'idpDialect';

const REFUSED_TOKENS_SHOWN = 5;

type CountsRow = {
  legacy: number;
  string_booleans: number;
  capitalised_ops: number;
  member_removal: number;
  legacy_last: unknown;
  unknown_endpoints: number;
  unknown_endpoints_last: unknown;
  unknown_endpoint_example: string | null;
  user_conflicts: number;
  user_conflicts_last: unknown;
};

/**
 * Counts, since `since`, of the requests that point at a configuration problem (see smell-rules.ts); unknown tokens
 * come from the failure reasons (list-failure-reasons.ts), so the warning and the failures table agree.
 */
export async function readSmellEvidence(db: Database, since: Date): Promise<Omit<SmellEvidence, 'unknownTokens'>> {
  const from = since.toISOString();
  const flag = (name: string) => sql`coalesce(detail -> ${IDP_DIALECT_DETAIL_KEY} ->> ${name} = 'true', false)`;
  const isLegacy = sql`(${flag('stringBooleans')} or ${flag('capitalisedOps')} or ${flag('memberRemovalByValue')})`;
  const isUnknownEndpoint = sql`(operation = 'request.invalid' and status = 404)`;
  const isUserConflict = sql`(operation = 'user.create' and status = 409)`;

  const [counts, refused] = await Promise.all([
    queryRows<CountsRow>(
      db,
      sql`select
            count(*) filter (where ${isLegacy})::int as legacy,
            count(*) filter (where ${flag('stringBooleans')})::int as string_booleans,
            count(*) filter (where ${flag('capitalisedOps')})::int as capitalised_ops,
            count(*) filter (where ${flag('memberRemovalByValue')})::int as member_removal,
            max(occurred_at) filter (where ${isLegacy}) as legacy_last,
            count(*) filter (where ${isUnknownEndpoint})::int as unknown_endpoints,
            max(occurred_at) filter (where ${isUnknownEndpoint}) as unknown_endpoints_last,
            (array_agg(path order by occurred_at desc) filter (where ${isUnknownEndpoint}))[1] as unknown_endpoint_example,
            count(*) filter (where ${isUserConflict})::int as user_conflicts,
            max(occurred_at) filter (where ${isUserConflict}) as user_conflicts_last
          from audit_events
          where occurred_at >= ${from}::timestamptz`,
    ),
    queryRows<{ token_name: string; count: number; last_seen: unknown }>(
      db,
      sql`select coalesce(actor_name, token_id::text) as token_name, count(*)::int as count, max(occurred_at) as last_seen
          from audit_events
          where occurred_at >= ${from}::timestamptz and operation = 'auth.refused' and status = 401
            and token_id is not null
          group by 1
          order by count(*) desc
          limit ${REFUSED_TOKENS_SHOWN}`,
    ),
  ]);
  const row = counts[0];

  return {
    legacyDialect: {
      requests: row?.legacy ?? 0,
      stringBooleans: row?.string_booleans ?? 0,
      capitalisedOps: row?.capitalised_ops ?? 0,
      memberRemovalByValue: row?.member_removal ?? 0,
      lastSeenAt: toDate(row?.legacy_last),
    },
    refusedKnownTokens: refused.map((token) => ({ tokenName: token.token_name, count: token.count, lastSeenAt: toDate(token.last_seen)! })),
    unknownEndpoints: {
      count: row?.unknown_endpoints ?? 0,
      examplePath: row?.unknown_endpoint_example ?? null,
      lastSeenAt: toDate(row?.unknown_endpoints_last),
    },
    userConflicts: { count: row?.user_conflicts ?? 0, lastSeenAt: toDate(row?.user_conflicts_last) },
  };
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { readActiveTokens } from './read-active-tokens';
import { isScimRequest } from './scim-operations';
import { toDate } from './to-date';
import type { SmellEvidence, TrafficFacts } from './traffic-facts';

type TrafficRow = { first_success: unknown; last_success: unknown; last_request: unknown; requests: number; failures: number };

/** SCIM traffic since `since` and overall, and the tokens that still authenticate. */
export async function readTrafficFacts(
  db: Database,
  input: { now: Date; since: Date; applicationDomain: string | null; evidence: SmellEvidence },
): Promise<TrafficFacts> {
  const scim = isScimRequest();
  const since = input.since.toISOString();
  const [traffic, activeTokens] = await Promise.all([
    queryRows<TrafficRow>(
      db,
      sql`select
            (select min(occurred_at) from audit_events where outcome = 'success' and ${scim}) as first_success,
            (select max(occurred_at) from audit_events where outcome = 'success' and ${scim}) as last_success,
            (select max(occurred_at) from audit_events where ${scim}) as last_request,
            (select count(*) from audit_events where occurred_at >= ${since}::timestamptz and ${scim})::int as requests,
            (select count(*) from audit_events
              where occurred_at >= ${since}::timestamptz and outcome = 'failure' and ${scim})::int as failures`,
    ),
    readActiveTokens(db, input.now),
  ]);
  const row = traffic[0];

  return {
    now: input.now,
    applicationDomain: input.applicationDomain,
    firstSuccessAt: toDate(row?.first_success),
    lastSuccessAt: toDate(row?.last_success),
    lastRequestAt: toDate(row?.last_request),
    requests: row?.requests ?? 0,
    failures: row?.failures ?? 0,
    activeTokens,
    evidence: input.evidence,
  };
}

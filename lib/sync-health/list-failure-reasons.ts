import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import type { FailureReasonDto } from '@/lib/contracts/sync-health';
import { auditLogHref } from './audit-log-href';
import { isScimRequest } from './scim-operations';
import { toDate } from './to-date';
import type { SmellEvidence } from './traffic-facts';

export const FAILURE_REASONS_SHOWN = 5;

type ReasonRow = {
  operation: string;
  status: number | null;
  scim_type: string | null;
  token_known: boolean | null;
  count: number;
  example: string | null;
  last_seen: unknown;
};

export type FailureReasons = {
  /** The most frequent kinds of failure, most frequent first. */
  shown: FailureReasonDto[];
  /** The 401s that carried no token Roster knows: the unknown-token warning reads this very group. */
  unknownTokens: SmellEvidence['unknownTokens'];
};

/** A refusal names what was wrong with the token, so that the table and the warnings tell the same story. */
function subjectOf(row: ReasonRow): string | null {
  if (row.token_known === null) return null;
  return row.token_known ? 'expired or revoked token' : 'unknown, malformed or missing token';
}

function isUnknownTokenGroup(row: ReasonRow): boolean {
  return row.operation === 'auth.refused' && row.status === 401 && row.token_known === false;
}

/**
 * The kinds of failed SCIM request since `since`, from one query: the most frequent ones, each linked to its events
 * in the audit log, and the unknown-token group, which the warnings reuse so that both show one number.
 */
export async function listFailureReasons(db: Database, since: Date): Promise<FailureReasons> {
  const rows = await queryRows<ReasonRow>(
    db,
    sql`select operation, status, detail ->> 'scimType' as scim_type,
               case when operation = 'auth.refused' then token_id is not null end as token_known,
               count(*)::int as count,
               (array_agg(error order by occurred_at desc))[1] as example, max(occurred_at) as last_seen
        from audit_events
        where occurred_at >= ${since.toISOString()}::timestamptz and outcome = 'failure' and ${isScimRequest()}
        group by 1, 2, 3, 4
        order by count(*) desc, max(occurred_at) desc`,
  );
  const unknown = rows.find(isUnknownTokenGroup);
  return {
    shown: rows.slice(0, FAILURE_REASONS_SHOWN).map((row) => ({
      operation: row.operation,
      status: row.status,
      scimType: row.scim_type,
      subject: subjectOf(row),
      count: row.count,
      example: row.example,
      lastSeenAt: toDate(row.last_seen)!.toISOString(),
      auditHref: auditLogHref({ outcome: 'failure', operation: row.operation, since }),
    })),
    unknownTokens: { count: unknown?.count ?? 0, lastSeenAt: toDate(unknown?.last_seen) },
  };
}

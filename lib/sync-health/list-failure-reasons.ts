import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import type { FailureReasonDto } from '@/lib/contracts/sync-health';
import { auditLogHref } from './audit-log-href';
import { isScimRequest } from './scim-operations';
import { toDate } from './to-date';

export const FAILURE_REASONS_SHOWN = 5;

type ReasonRow = { operation: string; status: number | null; scim_type: string | null; count: number; example: string | null; last_seen: unknown };

/** The most frequent kinds of failed SCIM request since `since`, each linked to its events in the audit log. */
export async function listFailureReasons(db: Database, since: Date): Promise<FailureReasonDto[]> {
  const rows = await queryRows<ReasonRow>(
    db,
    sql`select operation, status, detail ->> 'scimType' as scim_type, count(*)::int as count,
               (array_agg(error order by occurred_at desc))[1] as example, max(occurred_at) as last_seen
        from audit_events
        where occurred_at >= ${since.toISOString()}::timestamptz and outcome = 'failure' and ${isScimRequest()}
        group by operation, status, detail ->> 'scimType'
        order by count(*) desc, max(occurred_at) desc
        limit ${FAILURE_REASONS_SHOWN}`,
  );
  return rows.map((row) => ({
    operation: row.operation,
    status: row.status,
    scimType: row.scim_type,
    count: row.count,
    example: row.example,
    lastSeenAt: toDate(row.last_seen)!.toISOString(),
    auditHref: auditLogHref({ outcome: 'failure', operation: row.operation, since }),
  }));
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import { isScimRequest } from '@/lib/sync-health/scim-operations';
import { auditFilterCondition, type AuditFilters } from './audit-filters';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';

/** `requests` and `failures` are the identity provider's SCIM requests; `consoleActions` is everything else. */
export type ActivityBucket = { bucketStart: Date; requests: number; failures: number; consoleActions: number };

export type ActivitySeriesInput = Omit<AuditFilters, 'from' | 'to'> & { from: Date; to: Date; bucket: 'hour' | 'day' };

const MAX_BUCKETS = 5_000;
const BUCKET_MS = { hour: HOUR_MS, day: DAY_MS } as const;

/**
 * SCIM requests, failed ones, and console actions (changes, connection tests, housekeeping) per UTC hour or day from `from` (inclusive) to `to` (exclusive), every bucket
 * present even when empty (generate_series), so the chart's time axis has no holes.
 */
export async function getActivitySeries(db: Database, input: ActivitySeriesInput): Promise<ActivityBucket[]> {
  const { from, to, bucket, ...filters } = input;
  if (to.getTime() <= from.getTime()) return [];
  if ((to.getTime() - from.getTime()) / BUCKET_MS[bucket] > MAX_BUCKETS) {
    throw DomainError.about('bucket', 'invalid_input', `More than ${MAX_BUCKETS} ${bucket}s in the range; choose a shorter range or bucket by day.`);
  }

  const step = `1 ${bucket}`;
  const fromText = from.toISOString();
  const toText = to.toISOString();
  const condition = auditFilterCondition({ ...filters, from, to });
  const scim = isScimRequest();
  const rows = await queryRows<{ bucket_start: string; requests: number; failures: number; console_actions: number }>(
    db,
    sql`with counts as (
          select date_trunc(${bucket}, ${auditEvents.occurredAt} at time zone 'UTC') as bucket_start,
                 (count(*) filter (where ${scim}))::int as requests,
                 (count(*) filter (where ${scim} and ${auditEvents.outcome} = 'failure'))::int as failures,
                 (count(*) filter (where not ${scim}))::int as console_actions
            from ${auditEvents}
           where ${condition}
           group by 1
        )
        select to_char(series.bucket_start, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as bucket_start,
               coalesce(counts.requests, 0)::int as requests,
               coalesce(counts.failures, 0)::int as failures,
               coalesce(counts.console_actions, 0)::int as console_actions
          from generate_series(
                 date_trunc(${bucket}, ${fromText}::timestamptz at time zone 'UTC'),
                 date_trunc(${bucket}, (${toText}::timestamptz - interval '1 microsecond') at time zone 'UTC'),
                 ${step}::interval
               ) as series(bucket_start)
          left join counts on counts.bucket_start = series.bucket_start
         order by series.bucket_start`,
  );
  return rows.map((row) => ({
    bucketStart: new Date(row.bucket_start),
    requests: row.requests,
    failures: row.failures,
    consoleActions: row.console_actions,
  }));
}

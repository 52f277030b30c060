import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import type { ChangeEvent } from '@/lib/contracts/change-events';
import { formatCursor, parseCursor } from './feed-cursor';

export { MalformedCursorError } from './feed-cursor';

type Row = { seqText: string; xidText: string; id: string; type: string; occurredAt: string; data: Record<string, unknown> };

/**
 * A page of the change feed after `after` (from the beginning without it). `nextCursor` is the position to ask
 * from next time; it equals the cursor passed in when nothing new is ready.
 *
 * No gaps, no duplicates, even though transactions commit in any order: an event is served only once every
 * transaction with a smaller transaction id has finished (`xid < xmin` of the current snapshot), and the feed is
 * ordered by (xid, seq). A transaction that is still running holds back every event of later transactions, so
 * nothing can ever appear behind a position already handed out. A plain sequence would not do: a transaction
 * that took seq 7 and commits after one that took seq 8 has been read would be skipped for good.
 */
export async function listEvents(db: Database, options: { after?: string; limit: number }): Promise<{ data: ChangeEvent[]; nextCursor: string }> {
  const position = parseCursor(options.after);
  const limit = Math.max(1, Math.min(1000, Math.trunc(options.limit)));
  const rows = await queryRows<Row>(
    db,
    sql`select e.seq::text as "seqText", e.xid::text as "xidText", e.id::text as id, e.type,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurredAt", e.data
      from change_events e
      where (e.xid, e.seq) > (${position.xid}::xid8, ${position.seq}::bigint)
        and e.xid < pg_snapshot_xmin(pg_current_snapshot())
      order by e.xid, e.seq
      limit ${limit}`,
  );
  const data = rows.map((row) => ({
    id: row.id,
    cursor: formatCursor({ xid: row.xidText, seq: row.seqText }),
    type: row.type,
    occurredAt: row.occurredAt,
    data: row.data,
  })) as ChangeEvent[];
  return { data, nextCursor: data.length > 0 ? data[data.length - 1].cursor : formatCursor(position) };
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { DAY_MS } from '@/lib/time/durations';

/** Small enough that each delete holds its locks briefly on a busy table. */
const BATCH_SIZE = 5_000;

/**
 * Deletes change events older than `retentionDays` before `now` (the audit retention: DESIGN "Audit log"), in
 * batches. A client whose cursor points before the oldest kept event simply reads on from the oldest one.
 */
export async function pruneChangeEvents(db: Database, now: Date, retentionDays: number): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new Error(`Event retention must be at least 1 day, not ${retentionDays}.`);
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  let deleted = 0;
  for (;;) {
    const [{ count }] = await queryRows<{ count: number }>(
      db,
      sql`with doomed as (
            delete from change_events
             where seq in (select seq from change_events where occurred_at < ${cutoff}::timestamptz limit ${BATCH_SIZE})
            returning 1
          )
          select count(*)::int as count from doomed`,
    );
    deleted += count;
    if (count < BATCH_SIZE) return deleted;
  }
}

import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';

/**
 * Waits until every event written so far is servable: the feed holds back events while an older transaction is
 * still running anywhere in the PostgreSQL cluster (other databases included), so a reader right after a commit
 * may have to wait for someone else's transaction. Returns false if that did not happen within `timeoutMs`.
 */
export async function settleFeed(db: Database, timeoutMs = 15_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await queryRows<{ settled: boolean }>(
      db,
      sql`select coalesce(max(xid) < pg_snapshot_xmin(pg_current_snapshot()), true) as settled from change_events`,
    );
    if (row.settled) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

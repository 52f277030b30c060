import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { DAY_MS } from '@/lib/time/durations';

/** Drops finished deliveries older than the retention (the audit retention); pending ones are kept whatever their age. */
export async function pruneWebhookDeliveries(db: Database, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const [{ count }] = await queryRows<{ count: number }>(
    db,
    sql`with doomed as (delete from webhook_deliveries where status <> 'pending' and created_at < ${cutoff}::timestamptz returning 1)
        select count(*)::int as count from doomed`,
  );
  return count;
}

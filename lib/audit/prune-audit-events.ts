import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { recordAuditEvent } from './record-audit-event';
import { DAY_MS } from '@/lib/time/durations';

/** Small enough that each delete holds its locks briefly on a busy table. */
const BATCH_SIZE = 5_000;

/**
 * Deletes events older than `retentionDays` before `now`, in batches, and records what it did as
 * `audit.prune` (only when something was deleted, so an idle schedule does not fill the log). Returns the count.
 */
export async function pruneAuditEvents(db: Database, now: Date, retentionDays: number): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) throw new Error(`Audit retention must be at least 1 day, not ${retentionDays}.`);
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);

  let deleted = 0;
  for (;;) {
    const [{ count }] = await queryRows<{ count: number }>(
      db,
      sql`with doomed as (
            delete from audit_events
             where id in (select id from audit_events where occurred_at < ${cutoff.toISOString()}::timestamptz limit ${BATCH_SIZE})
            returning 1
          )
          select count(*)::int as count from doomed`,
    );
    deleted += count;
    if (count < BATCH_SIZE) break;
  }

  if (deleted > 0) {
    await recordAuditEvent(db, {
      operation: 'audit.prune',
      outcome: 'success',
      actor: { type: 'system', name: 'audit retention' },
      resourceType: 'audit_event',
      detail: { deleted, retentionDays, cutoff: cutoff.toISOString() },
      occurredAt: now,
    });
  }
  return deleted;
}

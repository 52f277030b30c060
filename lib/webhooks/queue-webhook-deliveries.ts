import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { formatCursor, parseCursor } from '@/lib/events/feed-cursor';
import { listEvents } from '@/lib/events/list-events';

/** Events moved from the feed to one endpoint's queue per transaction. */
const BATCH = 500;

/**
 * Copies the feed's new events into each enabled endpoint's delivery queue and moves its feed position on, in one
 * transaction per endpoint (the endpoint row locked, SKIP LOCKED, so two workers never queue an event twice). The
 * feed only hands out events whose transaction order is final, so the queue is in feed order and misses nothing.
 */
export async function queueWebhookDeliveries(db: Database): Promise<number> {
  const endpoints = await db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.enabled, true));
  let queued = 0;
  for (const { id } of endpoints) {
    queued += await db.transaction(async (tx) => {
      const [endpoint] = await tx
        .select({ feedXid: webhookEndpoints.feedXid, feedSeq: webhookEndpoints.feedSeq, eventTypes: webhookEndpoints.eventTypes })
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.enabled, true)))
        .for('update', { skipLocked: true });
      if (!endpoint) return 0;
      const page = await listEvents(tx, { after: formatCursor({ xid: endpoint.feedXid, seq: String(endpoint.feedSeq) }), limit: BATCH });
      if (page.data.length === 0) return 0;
      const wanted = page.data.filter((event) => endpoint.eventTypes.length === 0 || endpoint.eventTypes.includes(event.type));
      if (wanted.length > 0) {
        await tx
          .insert(webhookDeliveries)
          .values(wanted.map((event) => ({ endpointId: id, messageId: event.id, eventType: event.type, payload: event as unknown as Record<string, unknown> })));
      }
      const next = parseCursor(page.nextCursor);
      await tx
        .update(webhookEndpoints)
        .set({ feedXid: sql`${next.xid}::xid8`, feedSeq: Number(next.seq) })
        .where(eq(webhookEndpoints.id, id));
      return wanted.length;
    });
  }
  return queued;
}

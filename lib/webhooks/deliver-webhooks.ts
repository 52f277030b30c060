import { and, asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import { DISABLE_AFTER_MS, RETRY_DELAYS_MS } from './retry-schedule';
import { sendWebhook } from './send-webhook';

export type DeliveryOptions = {
  allowPrivate: boolean;
  /** The clock; tests move it to run the retry schedule. */
  now?: () => Date;
  timeoutMs?: number;
  retryDelaysMs?: number[];
  disableAfterMs?: number;
  /** How long a worker's claim on an endpoint lasts if it dies mid-delivery. */
  leaseMs?: number;
  /** Messages sent to one endpoint per run, so one busy endpoint does not hold the others up. */
  maxPerEndpoint?: number;
};

type ClaimedEndpoint = { id: string; url: string; secret: string; failingSince: Date | null };

/**
 * Claims endpoints that have a message due (a lease, taken with SKIP LOCKED, so workers share the work and a dead
 * worker's claim runs out) and delivers their queues in order: the oldest pending message first, the next only
 * after it succeeded or ran out of retries. Nothing here runs inside a SCIM request.
 */
export async function deliverWebhooks(db: Database, options: DeliveryOptions): Promise<number> {
  const clock = options.now ?? (() => new Date());
  const now = clock();
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? 120_000));
  const claimed = await queryRows<ClaimedEndpoint>(
    db,
    sql`update webhook_endpoints e set lease_until = ${leaseUntil.toISOString()}::timestamptz
      where e.id in (
        select c.id from webhook_endpoints c
        where c.enabled and (c.lease_until is null or c.lease_until < ${now.toISOString()}::timestamptz)
          and exists (select 1 from webhook_deliveries d where d.endpoint_id = c.id and d.status = 'pending'
                      and d.next_attempt_at <= ${now.toISOString()}::timestamptz)
        order by c.id limit 20 for update skip locked)
      returning e.id::text as id, e.url, e.secret, e.failing_since as "failingSince"`,
  );
  const sent = await Promise.all(
    claimed.map(async (endpoint) => {
      try {
        return await deliverQueue(db, { ...endpoint, failingSince: endpoint.failingSince ? new Date(endpoint.failingSince) : null }, options, clock);
      } finally {
        await db.update(webhookEndpoints).set({ leaseUntil: null }).where(eq(webhookEndpoints.id, endpoint.id));
      }
    }),
  );
  return sent.reduce((sum, count) => sum + count, 0);
}

async function deliverQueue(db: Database, endpoint: ClaimedEndpoint, options: DeliveryOptions, clock: () => Date): Promise<number> {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  let attempted = 0;
  let failingSince = endpoint.failingSince;
  while (attempted < (options.maxPerEndpoint ?? 50)) {
    const [head] = await db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.status, 'pending')))
      .orderBy(asc(webhookDeliveries.seq))
      .limit(1);
    if (!head || head.nextAttemptAt > clock()) return attempted;

    const result = await sendWebhook(
      { url: endpoint.url, secret: endpoint.secret, messageId: head.messageId, body: JSON.stringify(head.payload), timestamp: new Date() },
      { allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs },
    );
    attempted += 1;
    const at = clock();
    const attempts = head.attempts + 1;
    const delay = result.ok ? undefined : delays[attempts - 1];
    const outcome = { attempts, lastAttemptAt: at, responseStatus: result.status, durationMs: result.durationMs, error: result.error };
    if (result.ok) {
      await db.update(webhookDeliveries).set({ ...outcome, status: 'succeeded' }).where(eq(webhookDeliveries.seq, head.seq));
      if (failingSince) await db.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id));
      failingSince = null;
      continue;
    }
    await db
      .update(webhookDeliveries)
      .set({ ...outcome, status: delay === undefined ? 'failed' : 'pending', nextAttemptAt: new Date(at.getTime() + (delay ?? 0)) })
      .where(eq(webhookDeliveries.seq, head.seq));
    failingSince ??= at;
    await db.update(webhookEndpoints).set({ failingSince }).where(eq(webhookEndpoints.id, endpoint.id));
    if (at.getTime() - failingSince.getTime() >= (options.disableAfterMs ?? DISABLE_AFTER_MS)) {
      await disableEndpoint(db, endpoint, failingSince, at);
      return attempted;
    }
    if (delay !== undefined) return attempted;
  }
  return attempted;
}

async function disableEndpoint(db: Database, endpoint: ClaimedEndpoint, failingSince: Date, at: Date): Promise<void> {
  const reason = `Every delivery failed since ${failingSince.toISOString()}; disabled automatically. Fix the endpoint, then enable it again: queued messages are kept.`;
  await db.transaction(async (tx) => {
    await tx.update(webhookEndpoints).set({ enabled: false, disabledAt: at, disabledReason: reason, updatedAt: at }).where(eq(webhookEndpoints.id, endpoint.id));
    await recordAuditEvent(tx, {
      operation: 'webhook.disable',
      outcome: 'success',
      actor: { type: 'system', name: 'webhook delivery' },
      resourceType: 'webhook',
      resourceId: endpoint.id,
      resourceName: endpoint.url,
      detail: { reason, failingSince: failingSince.toISOString() },
      occurredAt: at,
    });
  });
}

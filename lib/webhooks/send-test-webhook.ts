import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/database';
import { webhookDeliveries } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import type { WebhookDeliveryDto } from '@/lib/contracts/webhooks';
import { toDeliveryDto } from './webhook-dto';
import { getWebhookEndpointRow } from './manage-webhook-endpoints';
import { sendWebhook } from './send-webhook';

/**
 * Sends a `webhook.test` message now, signed like every other, and logs it as a delivery that is not retried; the
 * owner sees at once whether the endpoint answers.
 */
export async function sendTestWebhook(db: Database, endpointId: string, actor: ConsoleActor, options: { allowPrivate: boolean }): Promise<WebhookDeliveryDto> {
  const endpoint = await getWebhookEndpointRow(db, endpointId);
  const messageId = randomUUID();
  const payload = { id: messageId, type: 'webhook.test', occurredAt: new Date().toISOString(), data: { endpointId } };
  const result = await sendWebhook({ url: endpoint.url, secret: endpoint.secret, messageId, body: JSON.stringify(payload), timestamp: new Date() }, options);
  const [row] = await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(webhookDeliveries)
      .values({
        endpointId,
        messageId,
        eventType: 'webhook.test',
        payload,
        isTest: true,
        status: result.ok ? 'succeeded' : 'failed',
        attempts: 1,
        lastAttemptAt: new Date(),
        responseStatus: result.status,
        durationMs: result.durationMs,
        error: result.error,
      })
      .returning();
    await recordAuditEvent(tx, {
      operation: 'webhook.test',
      outcome: result.ok ? 'success' : 'failure',
      actor: toAuditActor(actor),
      resourceType: 'webhook',
      resourceId: endpointId,
      resourceName: endpoint.url,
      status: result.status ?? undefined,
      error: result.error ?? undefined,
    });
    return inserted;
  });
  return toDeliveryDto(row);
}

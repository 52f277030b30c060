import { and, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import {
  createWebhookBodySchema,
  updateWebhookBodySchema,
  type CreatedWebhookDto,
  type CreateWebhookBody,
  type UpdateWebhookBody,
  type WebhookDeliveryDto,
  type WebhookEndpointDto,
} from '@/lib/contracts/webhooks';
import { DomainError } from '@/lib/errors/domain-error';
import { toDeliveryDto, toEndpointDto } from './webhook-dto';
import { generateWebhookSecret } from './webhook-secret';
import { checkWebhookUrl, WebhookUrlRefused } from './webhook-url-policy';

export type UrlPolicy = { allowPrivate: boolean };

async function checkedUrl(url: string, policy: UrlPolicy): Promise<string> {
  try {
    return (await checkWebhookUrl(url, policy.allowPrivate)).toString();
  } catch (error) {
    if (error instanceof WebhookUrlRefused) throw new DomainError('invalid_input', error.message);
    throw error;
  }
}

async function pendingCounts(db: Database): Promise<Map<string, number>> {
  const rows = await queryRows<{ endpointId: string; n: number }>(
    db,
    sql`select endpoint_id::text as "endpointId", count(*)::int as n from webhook_deliveries where status = 'pending' group by endpoint_id`,
  );
  return new Map(rows.map((row) => [row.endpointId, row.n]));
}

export async function listWebhookEndpoints(db: Database): Promise<WebhookEndpointDto[]> {
  const [rows, pending] = await Promise.all([db.select().from(webhookEndpoints).orderBy(webhookEndpoints.createdAt), pendingCounts(db)]);
  return rows.map((row) => toEndpointDto(row, pending.get(row.id) ?? 0));
}

async function findEndpoint(db: Database, id: string) {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  if (!row) throw new DomainError('not_found', 'No webhook endpoint has this id; it may have been deleted.');
  return row;
}

/**
 * Registers an endpoint; the secret is returned this once. It receives the events committed from now on: its feed
 * position starts at the current snapshot's xmin, before any transaction still running.
 */
export async function createWebhookEndpoint(db: Database, input: CreateWebhookBody, actor: ConsoleActor, policy: UrlPolicy): Promise<CreatedWebhookDto> {
  const body = createWebhookBodySchema.parse(input);
  const url = await checkedUrl(body.url, policy);
  const secret = generateWebhookSecret();
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(webhookEndpoints)
      .values({
        url,
        description: body.description,
        eventTypes: body.eventTypes,
        secret,
        createdBy: actor.email,
        feedXid: sql`pg_snapshot_xmin(pg_current_snapshot())`,
        feedSeq: 0,
      })
      .returning();
    await recordAuditEvent(tx, {
      operation: 'webhook.create',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'webhook',
      resourceId: created.id,
      resourceName: url,
      detail: { url, eventTypes: body.eventTypes },
    });
    return created;
  });
  return { endpoint: toEndpointDto(row, 0), secret };
}

/** URL, description, event types, or enabled; enabling again clears the failure record and resumes the queue. */
export async function updateWebhookEndpoint(db: Database, id: string, input: UpdateWebhookBody, actor: ConsoleActor, policy: UrlPolicy): Promise<WebhookEndpointDto> {
  const body = updateWebhookBodySchema.parse(input);
  const existing = await findEndpoint(db, id);
  const url = body.url === undefined ? undefined : await checkedUrl(body.url, policy);
  const reenabled = body.enabled === true && !existing.enabled;
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookEndpoints)
      .set({
        ...(url !== undefined ? { url } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.eventTypes !== undefined ? { eventTypes: body.eventTypes } : {}),
        ...(body.enabled === false ? { enabled: false, disabledAt: new Date(), disabledReason: `Disabled by ${actor.email}` } : {}),
        ...(reenabled ? { enabled: true, disabledAt: null, disabledReason: null, failingSince: null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    await recordAuditEvent(tx, {
      operation: 'webhook.update',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'webhook',
      resourceId: id,
      resourceName: updated.url,
      changes: (['url', 'description', 'eventTypes', 'enabled'] as const)
        .filter((key) => JSON.stringify(existing[key]) !== JSON.stringify(updated[key]))
        .map((key) => ({ field: key, old: existing[key], new: updated[key] })),
    });
    return updated;
  });
  return toEndpointDto(row, (await pendingCounts(db)).get(id) ?? 0);
}

export async function deleteWebhookEndpoint(db: Database, id: string, actor: ConsoleActor): Promise<void> {
  const existing = await findEndpoint(db, id);
  await db.transaction(async (tx) => {
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    await recordAuditEvent(tx, {
      operation: 'webhook.delete',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'webhook',
      resourceId: id,
      detail: { url: existing.url },
    });
  });
}

/** The endpoint's delivery log, newest first. */
export async function listWebhookDeliveries(db: Database, endpointId: string, limit = 100): Promise<WebhookDeliveryDto[]> {
  await findEndpoint(db, endpointId);
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.seq))
    .limit(limit);
  return rows.map(toDeliveryDto);
}

/** Queues the same message (same `webhook-id`) again, behind what the endpoint still has to receive. */
export async function redeliverWebhook(db: Database, endpointId: string, deliveryId: string, actor: ConsoleActor): Promise<WebhookDeliveryDto> {
  const [original] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.id, deliveryId)));
  if (!original) throw new DomainError('not_found', 'No delivery of this webhook has this id.');
  const row = await db.transaction(async (tx) => {
    const [queued] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId, messageId: original.messageId, eventType: original.eventType, payload: original.payload, isTest: original.isTest })
      .returning();
    await recordAuditEvent(tx, {
      operation: 'webhook.redeliver',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'webhook',
      resourceId: endpointId,
      detail: { deliveryId, messageId: original.messageId, eventType: original.eventType },
    });
    return queued;
  });
  return toDeliveryDto(row);
}

export { findEndpoint as getWebhookEndpointRow };

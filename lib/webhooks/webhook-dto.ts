import type { WebhookDeliveryDto, WebhookEndpointDto } from '@/lib/contracts/webhooks';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '@/db/schema';
import type { ChangeEventType } from '@/lib/contracts/change-events';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toEndpointDto(row: WebhookEndpointRow, pendingCount: number): WebhookEndpointDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as ChangeEventType[],
    enabled: row.enabled,
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason,
    failingSince: iso(row.failingSince),
    pendingCount,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toDeliveryDto(row: WebhookDeliveryRow): WebhookDeliveryDto {
  return {
    id: row.id,
    messageId: row.messageId,
    eventType: row.eventType,
    status: row.status,
    isTest: row.isTest,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    durationMs: row.durationMs,
    error: row.error,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastAttemptAt: iso(row.lastAttemptAt),
    createdAt: row.createdAt.toISOString(),
  };
}

import { z } from 'zod';
import { changeEventTypes, type ChangeEventType } from './change-events';

const url = z.string().trim().min(1, 'Enter the URL that receives the webhooks').max(2000, 'A URL of at most 2,000 characters');
const description = z.string().trim().max(200, 'A description of at most 200 characters');
const eventTypes = z
  .array(z.enum(changeEventTypes as [ChangeEventType, ...ChangeEventType[]], { error: 'Unknown event type' }))
  .max(changeEventTypes.length)
  .transform((types) => [...new Set(types)]);

export const createWebhookBodySchema = z.object({ url, description: description.optional().default(''), eventTypes: eventTypes.default([]) });
export type CreateWebhookBody = z.input<typeof createWebhookBodySchema>;

export const updateWebhookBodySchema = z
  .object({ url: url.optional(), description: description.optional(), eventTypes: eventTypes.optional(), enabled: z.boolean().optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { error: 'Send at least one change' });
export type UpdateWebhookBody = z.input<typeof updateWebhookBodySchema>;

export const webhookIdParamsSchema = z.object({ id: z.uuid({ error: 'Unknown webhook id' }) });
export const webhookDeliveryParamsSchema = z.object({
  id: z.uuid({ error: 'Unknown webhook id' }),
  deliveryId: z.uuid({ error: 'Unknown delivery id' }),
});

export type WebhookEndpointDto = {
  id: string;
  url: string;
  description: string;
  /** Empty: every event type. */
  eventTypes: ChangeEventType[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  failingSince: string | null;
  pendingCount: number;
  createdBy: string | null;
  createdAt: string;
};

export type CreatedWebhookDto = { endpoint: WebhookEndpointDto; secret: string };

export type WebhookDeliveryDto = {
  id: string;
  messageId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  isTest: boolean;
  attempts: number;
  responseStatus: number | null;
  durationMs: number | null;
  error: string | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  createdAt: string;
};

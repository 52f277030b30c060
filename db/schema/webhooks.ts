import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * An endpoint the owner registered. `feedXid`/`feedSeq` is its position in the change feed: every event up to it
 * has been queued as a delivery. `leaseUntil` is held by the worker delivering to it, so a crashed worker's claim
 * simply runs out. The secret is kept as such because every delivery is signed with it (Standard Webhooks).
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  /** Event types delivered; empty means all. */
  eventTypes: text('event_types').array().notNull().default(sql`'{}'::text[]`),
  secret: text('secret').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  disabledReason: text('disabled_reason'),
  /** Start of the current run of failed attempts; cleared by a success. */
  failingSince: timestamp('failing_since', { withTimezone: true }),
  feedXid: xid8('feed_xid').notNull(),
  feedSeq: bigint('feed_seq', { mode: 'number' }).notNull(),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One message to one endpoint, with its attempts; `seq` is the endpoint's delivery order. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    id: uuid('id').notNull().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The `webhook-id` header: the change event's id, so a receiver can drop a message it already handled. */
    messageId: uuid('message_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** pending → succeeded, or failed once the retries ran out (test messages are tried once). */
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull().default('pending'),
    isTest: boolean('is_test').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    responseStatus: integer('response_status'),
    durationMs: integer('duration_ms'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_deliveries_endpoint_status_seq_idx').on(t.endpointId, t.status, t.seq),
    index('webhook_deliveries_endpoint_seq_idx').on(t.endpointId, t.seq),
    index('webhook_deliveries_created_at_idx').on(t.createdAt),
  ],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

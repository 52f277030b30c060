import { bigserial, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditOutcome = pgEnum('audit_outcome', ['success', 'failure']);
export const auditActorType = pgEnum('audit_actor_type', ['token', 'console', 'system', 'anonymous']);

export type FieldChange = { field: string; old: unknown; new: unknown };

/** One entry per SCIM request and per console action. Never holds a secret (see lib/audit/redact.ts). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    operation: text('operation').notNull(),
    outcome: auditOutcome('outcome').notNull(),
    actorType: auditActorType('actor_type').notNull(),
    /** Token id or console user id. */
    actorId: text('actor_id'),
    /** Token name or console user email. */
    actorName: text('actor_name'),
    tokenId: uuid('token_id'),
    clientAddress: text('client_address'),
    method: text('method'),
    path: text('path'),
    status: integer('status'),
    durationMs: integer('duration_ms'),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    /** userName or displayName of the resource, as it was when the event happened. */
    resourceName: text('resource_name'),
    changes: jsonb('changes').$type<FieldChange[]>().notNull().default([]),
    error: text('error'),
    /** Extra request summary (query, scimType, counts). */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('audit_events_occurred_at_id_idx').on(t.occurredAt, t.id),
    index('audit_events_operation_idx').on(t.operation, t.occurredAt),
    index('audit_events_outcome_idx').on(t.outcome, t.occurredAt),
    index('audit_events_resource_idx').on(t.resourceType, t.resourceId),
    index('audit_events_token_id_idx').on(t.tokenId),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

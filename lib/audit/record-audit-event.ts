import type { Database } from '@/db/database';
import { canRunStatement, runStatement } from '@/db/run-statement';
import { auditEvents, type FieldChange } from '@/db/schema';
import { isAuditOperation, type AuditOperation } from '@/lib/contracts/audit-operations';
import type { AuditActor } from './audit-actor';
import { AUDIT_INSERT_ROWS, auditRowsJson } from './audit-row-json';
import { redact, redactChanges, redactText } from './redact';

export type { AuditActor } from './audit-actor';

export type AuditEventInput = {
  operation: AuditOperation;
  outcome: 'success' | 'failure';
  actor: AuditActor;
  tokenId?: string;
  clientAddress?: string;
  method?: string;
  path?: string;
  status?: number;
  durationMs?: number;
  resourceType?: string;
  resourceId?: string;
  resourceName?: string;
  changes?: FieldChange[];
  /** The changes were masked by attribute name already (SCIM writes, lib/provisioning/document-changes.ts). */
  changesRedacted?: boolean;
  error?: string;
  detail?: Record<string, unknown>;
  occurredAt?: Date;
};

const text = (value: string | undefined) => (value === undefined ? null : redactText(value));

export type AuditRow = typeof auditEvents.$inferInsert;

/** The row stored for an event: the operation must be in the closed list, and everything stored goes through redact.ts first. */
export function toAuditRow(event: AuditEventInput): AuditRow {
  if (!isAuditOperation(event.operation)) {
    throw new Error(`"${String(event.operation)}" is not an audit operation; add it to lib/audit/actions.ts first.`);
  }
  return {
    operation: event.operation,
    outcome: event.outcome,
    actorType: event.actor.type,
    actorId: text(event.actor.id),
    actorName: text(event.actor.name),
    tokenId: event.tokenId ?? null,
    clientAddress: text(event.clientAddress),
    method: event.method ?? null,
    path: text(event.path),
    status: event.status ?? null,
    durationMs: event.durationMs === undefined ? null : Math.round(event.durationMs),
    resourceType: event.resourceType ?? null,
    resourceId: text(event.resourceId),
    resourceName: text(event.resourceName),
    changes: event.changesRedacted ? (event.changes ?? []) : redactChanges(event.changes ?? []),
    error: text(event.error),
    detail: redact(event.detail ?? {}),
    ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
  };
}

/**
 * Inserts rows made by toAuditRow in one statement, with the caller's handle: on the database handle itself a fixed
 * prepared text (the group commit's hot path builds no SQL), inside a transaction through drizzle.
 */
export async function insertAuditRows(db: Database, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  if (canRunStatement(db)) await runStatement(db, AUDIT_INSERT_ROWS, [auditRowsJson(rows)]);
  else await db.insert(auditEvents).values(rows);
}

/** Inserts one event with the caller's handle, so it commits or rolls back with the caller's transaction. */
export async function recordAuditEvent(db: Database, event: AuditEventInput): Promise<void> {
  await insertAuditRows(db, [toAuditRow(event)]);
}

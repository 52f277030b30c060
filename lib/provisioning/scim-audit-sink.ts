import type { Database } from '@/db/database';
import { runStatement } from '@/db/run-statement';
import { auditGroupCommitFor } from '@/lib/audit/audit-group-commit';
import { auditRowJson } from '@/lib/audit/audit-row-json';
import { recordAuditEvent, toAuditRow, type AuditEventInput } from '@/lib/audit/record-audit-event';
import type { AuditSink, SchemaRegistry, ScimAuditEvent } from '@/lib/scim';
import type { AutocommitWrite } from './autocommit-write';
import { documentChanges } from './document-changes';

/**
 * How an event is written: `transaction` with the handle given (the unit of work's transaction, so the event
 * commits or rolls back with the change); `group-commit` for events outside any change (reads, refusals), which
 * share INSERTs with other requests' events and are committed before the caller goes on; `autocommit` for a write
 * whose store deferred its one statement: the event's row joins that statement, else (a write that changed nothing)
 * it goes through the group commit.
 */
export type AuditWriteMode = { kind: 'transaction' } | { kind: 'group-commit' } | { kind: 'autocommit'; write: AutocommitWrite };

type Registries = { userRegistry(): Promise<SchemaRegistry>; groupRegistry(): Promise<SchemaRegistry> };

async function toInput(event: ScimAuditEvent, registries: Registries | undefined): Promise<AuditEventInput> {
  const hasChanges = event.before !== undefined || event.after !== undefined;
  const registry = registries && hasChanges ? await (event.resourceType === 'Group' ? registries.groupRegistry() : registries.userRegistry()) : undefined;
  return {
    operation: event.operation,
    outcome: event.outcome,
    actor: event.token ? { type: 'token', id: event.token.id, name: event.token.name } : { type: 'anonymous' },
    tokenId: event.token?.id,
    clientAddress: event.clientAddress,
    method: event.method,
    path: event.path,
    status: event.status,
    durationMs: event.durationMs,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    resourceName: event.resourceName,
    changes: hasChanges ? documentChanges(event.before ?? null, event.after ?? null, registry) : undefined,
    changesRedacted: registry !== undefined,
    error: event.error,
    detail: event.detail,
    occurredAt: event.occurredAt,
  };
}

/** The engine's AuditSink over lib/audit; `registries` name the attributes whose values are never shown. */
export function createScimAuditSink(db: Database, mode: AuditWriteMode, registries?: Registries): AuditSink {
  return {
    async record(event) {
      const input = await toInput(event, registries);
      if (mode.kind === 'transaction') return recordAuditEvent(db, input);
      const final = mode.kind === 'autocommit' ? mode.write.take() : undefined;
      if (!final) return auditGroupCommitFor(db).record(input);
      const [row] = await runStatement<Record<string, unknown>>(db, final.text, [...final.parameters, auditRowJson(toAuditRow(input))]);
      final.check(row);
    },
  };
}

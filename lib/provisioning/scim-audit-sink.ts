import type { Database } from '@/db/database';
import { diffFields } from '@/lib/audit/diff-fields';
import { auditGroupCommitFor } from '@/lib/audit/audit-group-commit';
import { recordAuditEvent, type AuditEventInput } from '@/lib/audit/record-audit-event';
import type { AuditSink } from '@/lib/scim';

/**
 * How an event is written: `transaction` with the handle given (the unit of work's transaction, so the event
 * commits or rolls back with the change); `group-commit` for events outside any change (reads, refusals), which
 * share INSERTs with other requests' events and are committed before the caller goes on.
 */
export type AuditWriteMode = 'transaction' | 'group-commit';

/** The engine's AuditSink over lib/audit. */
export function createScimAuditSink(db: Database, mode: AuditWriteMode): AuditSink {
  const write = (input: AuditEventInput) => (mode === 'group-commit' ? auditGroupCommitFor(db).record(input) : recordAuditEvent(db, input));
  return {
    async record(event) {
      const changes = event.before !== undefined || event.after !== undefined ? diffFields(event.before ?? null, event.after ?? null) : undefined;
      await write({
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
        changes,
        error: event.error,
        detail: event.detail,
        occurredAt: event.occurredAt,
      });
    },
  };
}

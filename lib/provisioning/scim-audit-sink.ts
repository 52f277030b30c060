import type { Database } from '@/db/database';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { AuditSink } from '@/lib/scim';

/** The engine's AuditSink over lib/audit, writing with the given handle (the unit of work's transaction, or the database). */
export function createScimAuditSink(db: Database): AuditSink {
  return {
    async record(event) {
      const changes = event.before !== undefined || event.after !== undefined ? diffFields(event.before ?? null, event.after ?? null) : undefined;
      await recordAuditEvent(db, {
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

import { stringify } from 'csv-stringify/sync';
import type { Database } from '@/db/database';
import type { FieldChange } from '@/db/schema';
import type { AuditFilters } from './audit-filters';
import { listAuditEvents, MAX_AUDIT_PAGE_SIZE, type AuditEvent } from './list-audit-events';

const COLUMNS: [string, (event: AuditEvent) => string | number | null][] = [
  ['occurred_at', (event) => event.occurredAt.toISOString()],
  ['id', (event) => event.id],
  ['operation', (event) => event.operation],
  ['outcome', (event) => event.outcome],
  ['actor_type', (event) => event.actorType],
  ['actor_name', (event) => event.actorName],
  ['actor_id', (event) => event.actorId],
  ['token_id', (event) => event.tokenId],
  ['client_address', (event) => event.clientAddress],
  ['method', (event) => event.method],
  ['path', (event) => event.path],
  ['status', (event) => event.status],
  ['duration_ms', (event) => event.durationMs],
  ['resource_type', (event) => event.resourceType],
  ['resource_id', (event) => event.resourceId],
  ['resource_name', (event) => event.resourceName],
  ['changes', (event) => formatChanges(event.changes)],
  ['error', (event) => event.error],
];

function formatChanges(changes: FieldChange[]): string {
  return changes.map((change) => `${change.field}: ${JSON.stringify(change.old)} → ${JSON.stringify(change.new)}`).join('; ');
}

/** RFC 4180 records; cells a spreadsheet would run as formulas (`=`, `+`, `-`, `@`) are neutralised with a quote. */
function toRecord(cells: (string | number | null)[]): string {
  return stringify([cells], { record_delimiter: 'windows', escape_formulas: true });
}

/**
 * The events matching `filters`, newest first, as CSV: the header, then one record per event, each item a
 * complete record ending in CRLF. Reads in keyset pages, so memory stays flat however large the log.
 */
export async function* exportAuditCsv(db: Database, filters: AuditFilters): AsyncGenerator<string> {
  yield toRecord(COLUMNS.map(([name]) => name));

  let cursor: string | undefined;
  do {
    const page = await listAuditEvents(db, { ...filters, cursor, limit: MAX_AUDIT_PAGE_SIZE });
    for (const event of page.events) yield toRecord(COLUMNS.map(([, read]) => read(event)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

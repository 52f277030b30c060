import { getTableColumns } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { AuditRow } from './record-audit-event';

/** Every column but the generated id: property name → column name. */
const COLUMNS = Object.entries(getTableColumns(auditEvents))
  .filter(([property]) => property !== 'id')
  .map(([property, column]) => [property, column.name] as const);

const COLUMN_LIST = COLUMNS.map(([, name]) => name).join(', ');

/**
 * The head of an INSERT of one audit row handed over as a JSON statement parameter (`auditRowJson`), for statements
 * that write a change and its audit event together; the caller appends the condition (`where exists (…)`).
 */
export const AUDIT_INSERT_FROM_PARAMETER = (parameter: string) =>
  `insert into audit_events (${COLUMN_LIST}) select ${COLUMN_LIST} from jsonb_populate_record(null::audit_events, ${parameter}::text::jsonb)`;

/** An INSERT of the rows handed over as one JSON array parameter (`auditRowsJson`): one fixed text, prepared once per connection. */
export const AUDIT_INSERT_ROWS = `insert into audit_events (${COLUMN_LIST}) select ${COLUMN_LIST} from jsonb_populate_recordset(null::audit_events, $1::text::jsonb)`;

function toRecord(row: AuditRow): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [property, name] of COLUMNS) record[name] = row[property as keyof AuditRow] ?? null;
  record.occurred_at ??= new Date();
  return record;
}

/** A row made by toAuditRow as that parameter: column names as keys, the occurrence time always set. */
export function auditRowJson(row: AuditRow): string {
  return JSON.stringify(toRecord(row));
}

/** Rows made by toAuditRow as the parameter of AUDIT_INSERT_ROWS. */
export function auditRowsJson(rows: AuditRow[]): string {
  return JSON.stringify(rows.map(toRecord));
}

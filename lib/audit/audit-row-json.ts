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

/** A row made by toAuditRow as that parameter: column names as keys, the occurrence time always set. */
export function auditRowJson(row: AuditRow): string {
  const record: Record<string, unknown> = {};
  for (const [property, name] of COLUMNS) record[name] = row[property as keyof AuditRow] ?? null;
  record.occurred_at ??= new Date();
  return JSON.stringify(record);
}

import { and, desc, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { auditEvents, type AuditEventRow } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import { auditFilterCondition, type AuditFilters } from './audit-filters';

export type AuditEvent = AuditEventRow;

export type ListAuditEventsInput = AuditFilters & {
  /** From a previous page's `nextCursor`. */
  cursor?: string;
  /** 1–200; 50 when absent. */
  limit?: number;
};

export type AuditEventPage = { events: AuditEvent[]; nextCursor: string | null };

export const MAX_AUDIT_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;

/** Microsecond precision: a cursor rounded to milliseconds would skip or repeat events written in the same millisecond. */
const occurredAtText = sql<string>`to_char(${auditEvents.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

type Cursor = { at: string; id: number };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at) && Number.isSafeInteger(id)) return { at, id: id as number };
  } catch {
    // falls through to the refusal below
  }
  throw DomainError.about('cursor', 'invalid_input', 'Not a cursor from this list; start again from the first page.');
}

/**
 * A failed request names no resource in its body (a PATCH carries only operations), so the event holds only the id:
 * the list shows the user's or group's current name instead, looked up by primary key for the page's rows only.
 */
const resourceNameOrCurrent = sql<string | null>`coalesce(${auditEvents.resourceName},
  case ${auditEvents.resourceType}
    when 'User' then (select u.user_name from scim_users u where u.id::text = ${auditEvents.resourceId})
    when 'Group' then (select g.display_name from scim_groups g where g.id::text = ${auditEvents.resourceId})
  end)`;

/** Filtered audit events, newest first, paged by (occurred_at, id) so every event appears exactly once. */
export async function listAuditEvents(db: Database, input: ListAuditEventsInput): Promise<AuditEventPage> {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_AUDIT_PAGE_SIZE);
  const cursor = input.cursor ? decodeCursor(input.cursor) : undefined;
  const after = cursor ? sql`(${auditEvents.occurredAt}, ${auditEvents.id}) < (${cursor.at}::timestamptz, ${cursor.id})` : undefined;

  const rows = await db
    .select({ ...getTableColumns(auditEvents), resourceName: resourceNameOrCurrent, cursorAt: occurredAtText })
    .from(auditEvents)
    .where(and(auditFilterCondition(input), after))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    events: page.map(({ cursorAt: _cursorAt, ...event }) => event),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}

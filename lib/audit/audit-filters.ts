import { and, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import { containsPattern } from '@/lib/scim';

/** What the console filters the audit log by; every field is optional and they combine with AND. */
export type AuditFilters = {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  outcome?: 'success' | 'failure';
  operation?: string | string[];
  resourceType?: string;
  resourceId?: string;
  /** A token id or name, or a console user id or email. */
  actor?: string;
  /** Case-insensitive substring of the path, resource id or name, error, or actor name. */
  text?: string;
};

/** The WHERE condition for a set of filters, shared by the list, the CSV export and the activity series. */
export function auditFilterCondition(filters: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.from) conditions.push(gte(auditEvents.occurredAt, filters.from));
  if (filters.to) conditions.push(lt(auditEvents.occurredAt, filters.to));
  if (filters.outcome) conditions.push(eq(auditEvents.outcome, filters.outcome));
  if (typeof filters.operation === 'string') conditions.push(eq(auditEvents.operation, filters.operation));
  if (Array.isArray(filters.operation) && filters.operation.length > 0) conditions.push(inArray(auditEvents.operation, filters.operation));
  if (filters.resourceType) conditions.push(eq(auditEvents.resourceType, filters.resourceType));
  if (filters.resourceId) conditions.push(eq(auditEvents.resourceId, filters.resourceId));

  const actor = filters.actor?.trim();
  if (actor) {
    conditions.push(
      or(
        eq(auditEvents.actorId, actor),
        sql`${auditEvents.tokenId}::text = ${actor.toLowerCase()}`,
        sql`lower(${auditEvents.actorName}) = ${actor.toLowerCase()}`,
      ),
    );
  }

  const text = filters.text?.trim();
  if (text) {
    const pattern = containsPattern(text);
    conditions.push(
      or(
        ilike(auditEvents.path, pattern),
        ilike(auditEvents.resourceId, pattern),
        ilike(auditEvents.resourceName, pattern),
        ilike(auditEvents.error, pattern),
        ilike(auditEvents.actorName, pattern),
      ),
    );
  }
  return and(...conditions);
}

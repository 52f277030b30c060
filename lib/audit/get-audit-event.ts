import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import type { AuditEvent } from './list-audit-events';

/** One event with its full detail; 404 when there is none with that id. */
export async function getAuditEvent(db: Database, id: number | string): Promise<AuditEvent> {
  const key = typeof id === 'number' ? id : /^\d{1,15}$/.test(id) ? Number(id) : Number.NaN;
  const notFound = new DomainError('not_found', `There is no audit event ${String(id)}.`);
  if (!Number.isSafeInteger(key) || key < 1) throw notFound;

  const [event] = await db.select().from(auditEvents).where(eq(auditEvents.id, key));
  if (!event) throw notFound;
  return event;
}

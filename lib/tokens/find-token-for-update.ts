import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Locks one token row for the rest of the caller's transaction; 404 when there is no such token. */
export async function findTokenForUpdate(tx: Database, id: string): Promise<typeof scimTokens.$inferSelect> {
  const notFound = new DomainError('not_found', 'There is no token with that id; it may have been deleted. Reload the list.');
  if (!UUID.test(id)) throw notFound;
  const [row] = await tx.select().from(scimTokens).where(eq(scimTokens.id, id)).for('update');
  if (!row) throw notFound;
  return row;
}

import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { apiKeys, type ApiKeyRow } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import { isUuid } from '@/lib/provisioning/user-store';

/** Locks one key row for the rest of the caller's transaction; 404 when there is no such key. */
export async function findApiKeyForUpdate(tx: Database, id: string): Promise<ApiKeyRow> {
  const notFound = new DomainError('not_found', 'There is no API key with that id; it may have been deleted. Reload the list.');
  if (!isUuid(id)) throw notFound;
  const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  if (!row) throw notFound;
  return row;
}

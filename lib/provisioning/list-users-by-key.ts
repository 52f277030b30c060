import type { Database } from '@/db/database';
import { canRunStatement, runStatement } from '@/db/run-statement';
import type { ListQuery, Page, StoredUser } from '@/lib/scim';
import { SELECT_LIVE_USERS_BY } from './user-statements';

/**
 * `userName eq "…"` or `externalId eq "…"` on the first page, unsorted, as one fixed-text prepared statement (the
 * Entra and Okta lookup before every POST). Undefined when the query is anything else, or when the page is full
 * and only a count could tell the total: the general list path answers those.
 */
export async function listUsersByKey(
  db: Database,
  query: ListQuery,
  toResource: (row: Record<string, unknown>) => StoredUser,
): Promise<Page<StoredUser> | undefined> {
  const { filter } = query;
  if (!filter || filter.kind !== 'compare' || filter.op !== 'eq' || typeof filter.value !== 'string') return undefined;
  if (filter.path.schema !== undefined || filter.path.subAttribute !== undefined) return undefined;
  if (query.sortBy || query.startIndex !== 1 || query.count === 0 || !canRunStatement(db)) return undefined;
  const key = filter.path.attribute.toLowerCase();
  if (key !== 'username' && key !== 'externalid') return undefined;

  const rows = await runStatement<Record<string, unknown>>(db, SELECT_LIVE_USERS_BY[key], [filter.value, String(query.count)]);
  if (rows.length >= query.count) return undefined;
  return { totalResults: rows.length, resources: rows.map(toResource) };
}

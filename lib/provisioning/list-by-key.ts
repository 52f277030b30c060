import type { Database } from '@/db/database';
import { canRunStatement, runStatement } from '@/db/run-statement';
import type { ListQuery, Page } from '@/lib/scim';

/** Fixed-text statements by lower-cased attribute name: $1 the value, $2 the count → the matching rows in list order. */
export type KeyStatements = Partial<Record<string, string>>;

/**
 * `<key> eq "…"` on the first page, unsorted, as one fixed-text prepared statement: the lookups Entra and Okta send
 * before every POST (`userName`/`externalId` of a user, `displayName`/`externalId` of a group). Undefined when the
 * query is anything else, or when the page is full and only a count could tell the total: the general list path
 * answers those.
 */
export async function listByKey<T>(
  db: Database,
  query: ListQuery,
  statements: KeyStatements,
  toResource: (row: Record<string, unknown>) => T,
): Promise<Page<T> | undefined> {
  const { filter } = query;
  if (!filter || filter.kind !== 'compare' || filter.op !== 'eq' || typeof filter.value !== 'string') return undefined;
  if (filter.path.schema !== undefined || filter.path.subAttribute !== undefined) return undefined;
  if (query.sortBy || query.startIndex !== 1 || query.count === 0 || !canRunStatement(db)) return undefined;
  const statement = statements[filter.path.attribute.toLowerCase()];
  if (statement === undefined) return undefined;

  const rows = await runStatement<Record<string, unknown>>(db, statement, [filter.value, String(query.count)]);
  if (rows.length >= query.count) return undefined;
  return { totalResults: rows.length, resources: rows.map(toResource) };
}

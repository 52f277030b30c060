import { and, asc, count as countRows, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/database';
import { filterToSql, sortToSql, type ColumnResolver, type ListQuery, type Page, type SchemaRegistry } from '@/lib/scim';
import { PageCheckpoints, type Checkpoint } from './page-checkpoints';

type ListTable = PgTable & { createdAt: PgColumn; id: PgColumn };

/** Per database handle, so that two databases in one process (tests) never share positions. */
const checkpointsByDatabase = new WeakMap<Database, PageCheckpoints>();

function checkpointsOf(db: Database): PageCheckpoints {
  let checkpoints = checkpointsByDatabase.get(db);
  if (!checkpoints) checkpointsByDatabase.set(db, (checkpoints = new PageCheckpoints()));
  return checkpoints;
}

/** Rows after a checkpoint in (created_at, id) order, the order of every list without sortBy. */
const afterCheckpoint = (table: ListTable, checkpoint: Checkpoint) =>
  sql`(${table.createdAt}, ${table.id}) > (${checkpoint.createdAt}::timestamptz, ${checkpoint.id}::uuid)`;

/**
 * The rows of one page, `count` rows after skipping `skipped` from the checkpoint (or the start), each with its list
 * key. The page's ids first, then its rows: PostgreSQL computes the select list (documents, member and group
 * subqueries) for every row that OFFSET skips, so page 200 would build 20,000 rows' JSON to return 100.
 */
export function pageRowsQuery(
  db: Database,
  page: { table: ListTable; selection: Record<string, unknown>; where: SQL | undefined; order: SQL[]; count: number; skipped: number; checkpoint?: Checkpoint },
) {
  const { table, order } = page;
  const pageIds = db
    .select({ id: table.id })
    .from(table)
    .where(and(page.where, page.checkpoint && afterCheckpoint(table, page.checkpoint)))
    .orderBy(...order)
    .limit(page.count)
    .offset(page.skipped);
  return db
    .select({ ...page.selection, listKey: sql<string>`${table.createdAt}::text` } as never)
    .from(table)
    .where(inArray(table.id, pageIds))
    .orderBy(...order);
}

/**
 * Runs a SCIM list (RFC 7644 §3.4.2) in SQL: the filter through the column resolver, sortBy with
 * (created_at, id) as a stable tie-break so pages never overlap, and a count only when the page itself cannot
 * tell the total (unfiltered, from the count the store keeps).
 */
export async function runListQuery<T>(
  db: Database,
  spec: {
    table: ListTable;
    selection: Record<string, unknown>;
    scope: SQL;
    resolver: ColumnResolver;
    registry: SchemaRegistry;
    query: ListQuery;
    toResource: (row: Record<string, unknown>) => T;
    /** The size of the whole scope without counting it, when the store keeps it (live users). */
    scopeTotal?: (db: Database) => Promise<number>;
  },
): Promise<Page<T>> {
  const { table, query, registry, resolver, scopeTotal } = spec;
  const where = and(spec.scope, query.filter ? filterToSql(query.filter, registry, resolver) : undefined);
  const total = async () => {
    if (!query.filter && scopeTotal) return scopeTotal(db);
    const [row] = await db.select({ total: countRows() }).from(table).where(where);
    return Number(row?.total ?? 0);
  };
  if (query.count === 0) return { totalResults: await total(), resources: [] };

  const direction = query.sortOrder === 'descending' ? sql`desc` : sql`asc`;
  const order: SQL[] = [
    ...(query.sortBy ? [sql`${sortToSql(query.sortBy, registry, resolver)} ${direction} nulls last`] : []),
    asc(table.createdAt),
    asc(table.id),
  ];
  // In list order without sortBy, a page starts from where a nearby page ended (lib/provisioning/page-checkpoints.ts).
  const checkpoints = query.sortBy ? undefined : checkpointsOf(db);
  const list = `${getTableName(table)} ${JSON.stringify(query.filter ?? null)}`;
  const checkpoint = checkpoints?.nearest(list, query.startIndex - 1);
  const skipped = query.startIndex - 1 - (checkpoint?.position ?? 0);
  const rows = (await pageRowsQuery(db, { ...spec, where, order, count: query.count, skipped, checkpoint })) as Record<string, unknown>[];

  const last = rows.at(-1);
  if (checkpoints && last) checkpoints.save(list, query.startIndex - 1 + rows.length, { createdAt: String(last.listKey), id: String(last.id) });
  const resources = rows.map(spec.toResource);
  // Counted from the page only when the page was found by OFFSET from the start; after a checkpoint, positions may
  // have moved since it was saved.
  const isLastPage = rows.length > 0 && rows.length < query.count && !checkpoint;
  const isFirstPageShort = query.startIndex === 1 && rows.length < query.count;
  const totalResults = isFirstPageShort || isLastPage ? query.startIndex - 1 + rows.length : await total();
  return { totalResults, resources };
}

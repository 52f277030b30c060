import { sql } from 'drizzle-orm';
import { scimUsers } from '@/db/schema';

/*
 * "This user row is live" (not deprovisioned), for lookups by id and list pages, written so that PostgreSQL cannot
 * match it to the predicate of the live-userName index (`where deprovisioned_at is null`). Without statistics
 * PostgreSQL takes a plain `deprovisioned_at is null` to hold for 0.5 % of the rows, so that index looks nearly
 * empty: a generic plan made then walked the whole index instead of the primary key (beside `id = $1`) or of the
 * list-order index (a list page, then sorted), and each connection kept the plan as the directory grew, until an
 * ANALYZE: 7.6 ms per lookup at 20,000 users (statement-plans.test.ts, docs/PERFORMANCE.md). The userName lookups keep
 * the plain form, which that index serves. The truth value is the same on every row, and the test stays on the row
 * itself, so a locking read re-checks it on the row's newest version.
 */

/** The test on the users table under `alias`, for the fixed-text statements. */
export const liveUserSql = (alias: string) => `coalesce(${alias}.deprovisioned_at is null, false)`;

/** The same test for drizzle queries. */
export const liveUser = sql`coalesce(${scimUsers.deprovisionedAt} is null, false)`;

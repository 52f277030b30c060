import { bigint, pgTable, smallint } from 'drizzle-orm/pg-core';

/**
 * The number of live (not deprovisioned) users, kept by statement triggers on `scim_users` (migration
 * 0001_live_user_count) so that a SCIM list page's `totalResults` never counts 100,000 rows. Spread over 16 slots,
 * one per connection (`pg_backend_pid() % 16`), so concurrent writers do not queue on one row; the count is the sum.
 */
export const scimUserCounts = pgTable('scim_user_counts', {
  slot: smallint('slot').primaryKey(),
  live: bigint('live', { mode: 'number' }).notNull().default(0),
});

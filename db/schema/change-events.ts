import { sql } from 'drizzle-orm';
import { bigint, customType, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL's 64-bit transaction id (`pg_current_xact_id()`), read as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * The change feed (outbox). Rows are written only by the triggers of migration 0003, in the statement that makes
 * the change, so an event exists exactly when its change committed. `xid` is the writing transaction: the feed
 * serves only events of transactions older than every transaction still running, ordered by (xid, seq)
 * (lib/events/list-events.ts explains why that order has no gaps).
 */
export const changeEvents = pgTable(
  'change_events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    xid: xid8('xid').notNull().default(sql`pg_current_xact_id()`),
    id: uuid('id').notNull().defaultRandom(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('change_events_xid_seq_idx').on(t.xid, t.seq), index('change_events_occurred_at_idx').on(t.occurredAt)],
);

/**
 * The effective roles last announced for each account (by `user.created` or `user.roles_changed`), so the triggers
 * raise `user.roles_changed` only when the set really changed, whatever statement or cascade changed it.
 */
export const userRoleSets = pgTable('user_role_sets', {
  accountId: uuid('account_id').primaryKey(),
  roleIds: text('role_ids').notNull(),
  roles: jsonb('roles').$type<{ id: string; name: string }[]>().notNull(),
});

import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Typed settings are read and written through lib/settings; this table stores one JSON value per key. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
});

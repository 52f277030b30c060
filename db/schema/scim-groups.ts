import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { scimUsers } from './scim-users';

/** A provisioned group. Its members live in `group_members`, never in the document. */
export const scimGroups = pgTable(
  'scim_groups',
  {
    id: uuid('id').primaryKey(),
    displayName: text('display_name').notNull(),
    externalId: text('external_id'),
    /** The SCIM document as sent, without `id`, `meta` and `members`. */
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('scim_groups_display_name_lower_idx').on(sql`lower(${t.displayName})`),
    index('scim_groups_external_id_idx').on(t.externalId),
    index('scim_groups_created_at_id_idx').on(t.createdAt, t.id),
  ],
);

/** Group membership as a set: one row per (group, user). */
export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => scimGroups.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => scimUsers.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_id_idx').on(t.userId)],
);

export type ScimGroupRow = typeof scimGroups.$inferSelect;

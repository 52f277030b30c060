import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { scimGroups } from './scim-groups';

/** The application's own roles. */
export const appRoles = pgTable(
  'app_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('app_roles_name_lower_key').on(sql`lower(${t.name})`)],
);

/**
 * IdP group → application role. `groupDisplayName` is always kept so that a mapping made before the
 * group arrives binds (sets `groupId`) when a group with that name is created or renamed to it.
 */
export const groupRoleMappings = pgTable(
  'group_role_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roleId: uuid('role_id')
      .notNull()
      .references(() => appRoles.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').references(() => scimGroups.id, { onDelete: 'set null', onUpdate: 'cascade' }),
    groupDisplayName: text('group_display_name').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('group_role_mappings_role_group_key')
      .on(t.roleId, t.groupId)
      .where(sql`${t.groupId} is not null`),
    uniqueIndex('group_role_mappings_role_pending_name_key')
      .on(t.roleId, sql`lower(${t.groupDisplayName})`)
      .where(sql`${t.groupId} is null`),
    index('group_role_mappings_group_id_idx').on(t.groupId),
    index('group_role_mappings_display_name_lower_idx').on(sql`lower(${t.groupDisplayName})`),
  ],
);

import { pgView, text, uuid } from 'drizzle-orm/pg-core';

/**
 * The one definition of a user's effective roles (DESIGN "Roles"): one row per (user, role, group that gives it),
 * the union of the roles mapped to the user's groups. A role given by two groups appears once per group.
 * Created by migration 0003 (SQL view); the read API, the console and the change feed's triggers all read it.
 */
export const userEffectiveRoles = pgView('user_effective_roles', {
  userId: uuid('user_id').notNull(),
  accountId: uuid('account_id').notNull(),
  roleId: uuid('role_id').notNull(),
  roleName: text('role_name').notNull(),
  groupId: uuid('group_id').notNull(),
  groupDisplayName: text('group_display_name').notNull(),
}).existing();

import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A provisioned user: the SCIM resource and the application account in one row.
 * `id` is the SCIM id and the Roster id: a user deprovisioned and provisioned again keeps it (DESIGN "User
 * configuration"); `accountId` is the application account.
 */
export const scimUsers = pgTable(
  'scim_users',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull().defaultRandom(),
    userName: text('user_name').notNull(),
    externalId: text('external_id'),
    active: boolean('active').notNull().default(true),
    primaryEmail: text('primary_email'),
    displayName: text('display_name'),
    /** The full SCIM document as the IdP sent it (core plus extensions), without `id`, `meta` and `groups`. */
    document: jsonb('document').$type<Record<string, unknown>>().notNull(),
    /** Application fields derived from the document: machine name → value. */
    appFields: jsonb('app_fields').$type<Record<string, string | null>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when a DELETE deprovisioned the user: the SCIM resource is gone, the account is kept. */
    deprovisionedAt: timestamp('deprovisioned_at', { withTimezone: true }),
    /**
     * The application's `email` field, lower-cased, for the API's lookup in an SSO callback. A column of its own, not
     * an index on `app_fields`: an index that reads `app_fields` or `document` makes every PATCH that changes them
     * write a new entry in all of the table's indexes instead of a heap-only (HOT) update (docs/PERFORMANCE.md).
     */
    appEmail: text('app_email').generatedAlwaysAs(sql`lower(app_fields ->> 'email')`),
  },
  (t) => [
    uniqueIndex('scim_users_account_id_key').on(t.accountId),
    uniqueIndex('scim_users_user_name_live_key')
      .on(sql`lower(${t.userName})`)
      .where(sql`${t.deprovisionedAt} is null`),
    index('scim_users_user_name_lower_idx').on(sql`lower(${t.userName})`),
    index('scim_users_external_id_idx').on(t.externalId),
    index('scim_users_primary_email_lower_idx').on(sql`lower(${t.primaryEmail})`),
    index('scim_users_app_email_idx').on(t.appEmail),
    index('scim_users_display_name_lower_idx').on(sql`lower(${t.displayName})`),
    index('scim_users_created_at_id_idx').on(t.createdAt, t.id),
  ],
);

export type ScimUserRow = typeof scimUsers.$inferSelect;

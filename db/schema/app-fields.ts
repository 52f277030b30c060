import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const appFieldType = pgEnum('app_field_type', ['text', 'list']);
export const optionOrigin = pgEnum('option_origin', ['owner', 'idp']);
export const jobStatus = pgEnum('job_status', ['queued', 'running', 'done', 'failed']);

/** Application user fields: the five built-in ones and those the owner registers. */
export const appFields = pgTable(
  'app_fields',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    machineName: text('machine_name').notNull(),
    label: text('label').notNull(),
    type: appFieldType('type').notNull(),
    /** SCIM path the value is read from, e.g. `name.givenName` or `emails[type eq "work"].value`. */
    scimPath: text('scim_path').notNull(),
    samlClaim: text('saml_claim'),
    isBuiltin: boolean('is_builtin').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('app_fields_machine_name_key').on(t.machineName)],
);

/** Options of a list field; a value is unique per field regardless of case. */
export const appFieldOptions = pgTable(
  'app_field_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => appFields.id, { onDelete: 'cascade' }),
    value: text('value').notNull(),
    origin: optionOrigin('origin').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('app_field_options_field_value_lower_key').on(t.fieldId, sql`lower(${t.value})`)],
);

/** Background re-derivation of one field for existing users, with visible progress. */
export const fieldRederiveJobs = pgTable(
  'field_rederive_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => appFields.id, { onDelete: 'cascade' }),
    status: jobStatus('status').notNull().default('queued'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('field_rederive_jobs_field_id_idx').on(t.fieldId)],
);

import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** SCIM bearer tokens. Only a SHA-256 hash of the secret is stored. */
export const scimTokens = pgTable(
  'scim_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The first characters of the secret, shown so an owner can tell tokens apart. */
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    lastUsedFrom: text('last_used_from'),
    /** The token this one replaced in a rotation. */
    rotatedFromId: uuid('rotated_from_id'),
  },
  (t) => [uniqueIndex('scim_tokens_secret_hash_key').on(t.secretHash), index('scim_tokens_expires_at_idx').on(t.expiresAt)],
);

/** Refused authentication attempts per client address, shared by every instance. */
export const authThrottle = pgTable('auth_throttle', {
  clientAddress: text('client_address').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  failureCount: integer('failure_count').notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

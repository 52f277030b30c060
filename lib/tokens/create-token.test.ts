import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { DAY_MS } from '@/lib/time/durations';
import { createToken } from './create-token';
import { listTokens } from './list-tokens';
import { hashTokenSecret } from './token-secret';

let database: OpenDatabase;
const now = new Date('2030-01-01T00:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS);

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('createToken', () => {
  it('returns the secret once and stores only its hash and display prefix', async () => {
    const { token, secret } = await createToken(database.db, { name: '  Entra ID production ', expiresAt: inDays(90), createdBy: 'owner@example.com', now });

    expect(token).toMatchObject({ name: 'Entra ID production', prefix: secret.slice(0, 12), createdBy: 'owner@example.com', status: 'active', revokedAt: null, lastUsedAt: null });
    expect(token.expiresAt).toEqual(inDays(90));
    const dump = JSON.stringify(await queryRows(database.db, sql`select * from scim_tokens`));
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(secret.slice('roster_'.length));
    expect(dump).toContain(hashTokenSecret(secret));
  });

  it('audits the creation with the actor, in the same transaction, without the secret', async () => {
    const { token, secret } = await createToken(database.db, {
      name: 'Okta',
      expiresAt: inDays(30),
      createdBy: 'owner@example.com',
      actor: { id: 'u1', email: 'owner@example.com', name: 'Olive Owner', role: 'owner' },
      now,
    });
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, token.id));
    expect(events).toEqual([
      expect.objectContaining({ operation: 'token.create', outcome: 'success', actorType: 'console', actorId: 'u1', actorName: 'owner@example.com', resourceType: 'token', resourceName: 'Okta' }),
    ]);
    expect(events[0].changes).toContainEqual({ field: 'prefix', old: null, new: token.prefix });
    expect(JSON.stringify(events)).not.toContain(secret);
  });

  it.each([
    ['an empty name', { name: '   ', expiresAt: inDays(1) }, /Give the token a name/],
    ['a name over 100 characters', { name: 'x'.repeat(101), expiresAt: inDays(1) }, /Keep the name under 101/],
    ['an expiry in the past', { name: 'late', expiresAt: inDays(-1) }, /The expiry must be in the future/],
    ['an expiry right now', { name: 'now', expiresAt: now }, /The expiry must be in the future/],
    ['an invalid date', { name: 'nan', expiresAt: new Date('nope') }, /Enter a valid expiry date/],
    ['an expiry beyond the configured maximum', { name: 'long', expiresAt: inDays(366) }, /Tokens can last at most 365 days/],
  ])('refuses %s with a 400 and stores nothing', async (_case, input, message) => {
    const before = (await listTokens(database.db, now)).length;
    await expect(createToken(database.db, { ...input, createdBy: 'owner@example.com', now })).rejects.toMatchObject({ kind: 'invalid_input', field: expect.stringMatching(/^(name|expiry)$/), message: expect.stringMatching(message) });
    expect(await listTokens(database.db, now)).toHaveLength(before);
  });

  it('lists tokens newest first with their status', async () => {
    await createToken(database.db, { name: 'soon', expiresAt: inDays(3), createdBy: 'cli', now: inDays(1) });
    const [newest] = await listTokens(database.db, inDays(1));
    expect(newest).toMatchObject({ name: 'soon', status: 'expiring_soon' });
    expect(newest).not.toHaveProperty('secretHash');
  });
});

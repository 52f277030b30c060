import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { getAuditEvent } from './get-audit-event';
import { listAuditEvents } from './list-audit-events';
import { recordAuditEvent } from './record-audit-event';

let database: OpenDatabase;
const TOKEN_ID = '0191a0c4-0000-7000-8000-00000000000a';
const start = new Date('2030-03-01T00:00:00Z');
const minute = (n: number) => new Date(start.getTime() + n * 60_000);

beforeAll(async () => {
  database = await createTestDatabase();
  await recordAuditEvent(database.db, { operation: 'user.create', outcome: 'success', actor: { type: 'token', id: TOKEN_ID, name: 'Entra prod' }, tokenId: TOKEN_ID, path: '/scim/v2/Users', resourceType: 'User', resourceId: 'u1', resourceName: 'ann@contoso.example', occurredAt: minute(1) });
  await recordAuditEvent(database.db, { operation: 'user.create', outcome: 'failure', actor: { type: 'token', id: TOKEN_ID, name: 'Entra prod' }, tokenId: TOKEN_ID, path: '/scim/v2/Users', resourceType: 'User', error: 'userName 100%_taken is already in use', occurredAt: minute(2) });
  await recordAuditEvent(database.db, { operation: 'group.members.add', outcome: 'success', actor: { type: 'token', id: TOKEN_ID, name: 'Entra prod' }, tokenId: TOKEN_ID, path: '/scim/v2/Groups/g1', resourceType: 'Group', resourceId: 'g1', resourceName: 'Sales', occurredAt: minute(3) });
  await recordAuditEvent(database.db, { operation: 'token.create', outcome: 'success', actor: { type: 'console', id: 'c1', name: 'Owner@Example.com' }, resourceType: 'token', resourceId: 't2', resourceName: 'Okta', occurredAt: minute(4) });
  await recordAuditEvent(database.db, { operation: 'auth.refused', outcome: 'failure', actor: { type: 'anonymous' }, path: '/scim/v2/Users', error: 'The bearer token is not known.', occurredAt: minute(5) });
  // Many events in one instant: paging must still return each exactly once.
  await database.db.insert(auditEvents).values(
    Array.from({ length: 57 }, (_, index) => ({ operation: 'user.read', outcome: 'success' as const, actorType: 'token' as const, resourceId: `same-${index}`, occurredAt: minute(10) })),
  );
});
afterAll(() => database.close());

const ids = async (filters: Parameters<typeof listAuditEvents>[1]) => (await listAuditEvents(database.db, filters)).events.map((event) => event.resourceId ?? event.error);

describe('listAuditEvents', () => {
  it('pages newest first on (occurred_at, id), returning every event exactly once', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditEvents(database.db, { cursor, limit: 7 });
      seen.push(...page.events.map((event) => event.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);

    expect(pages).toBe(9);
    expect(seen).toHaveLength(62);
    expect(new Set(seen).size).toBe(62);
    const all = (await listAuditEvents(database.db, { limit: 200 })).events;
    expect(all.map((event) => event.id)).toEqual(seen);
    for (let index = 1; index < all.length; index += 1) {
      const [newer, older] = [all[index - 1], all[index]];
      expect(newer.occurredAt.getTime() > older.occurredAt.getTime() || (newer.occurredAt.getTime() === older.occurredAt.getTime() && newer.id > older.id)).toBe(true);
    }
  });

  it('keeps microsecond order across pages (events within one millisecond)', async () => {
    for (const index of [3, 0, 5, 1, 4, 2]) {
      await database.db.execute(
        sql`insert into audit_events (operation, outcome, actor_type, resource_type, resource_id, occurred_at)
            values ('user.read', 'success', 'system', 'micro', ${`m${index}`}, ${`2030-03-02T00:00:00.00010${index}Z`}::timestamptz)`,
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents(database.db, { resourceType: 'micro', cursor, limit: 1 });
      seen.push(...page.events.map((event) => event.resourceId ?? ''));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['m5', 'm4', 'm3', 'm2', 'm1', 'm0']);
    await database.db.delete(auditEvents).where(eq(auditEvents.resourceType, 'micro'));
  });

  it('answers the last page without a cursor', async () => {
    expect(await listAuditEvents(database.db, { to: minute(6), limit: 5 })).toMatchObject({ nextCursor: null });
  });

  it.each([
    ['a time range (from inclusive, to exclusive)', { from: minute(2), to: minute(4) }, ['g1', 'userName 100%_taken is already in use']],
    ['an outcome', { outcome: 'failure' as const }, ['The bearer token is not known.', 'userName 100%_taken is already in use']],
    ['an operation', { operation: 'user.create' }, ['userName 100%_taken is already in use', 'u1']],
    ['several operations', { operation: ['token.create', 'group.members.add'] }, ['t2', 'g1']],
    ['a resource', { resourceType: 'Group', resourceId: 'g1' }, ['g1']],
    ['a token id', { actor: TOKEN_ID, to: minute(6) }, ['g1', 'userName 100%_taken is already in use', 'u1']],
    ['a token name, in any case', { actor: 'ENTRA PROD', operation: 'group.members.add' }, ['g1']],
    ['a console user', { actor: 'owner@example.com' }, ['t2']],
    ['text in a resource name', { text: 'CONTOSO' }, ['u1']],
    ['text in an error, with LIKE wildcards taken literally', { text: '100%_' }, ['userName 100%_taken is already in use']],
    ['a lone %, which matches only a literal percent sign', { text: '%' }, ['userName 100%_taken is already in use']],
    ['text in a path', { text: 'groups/g1' }, ['g1']],
    ['text in an actor name', { text: 'owner@' }, ['t2']],
  ])('filters by %s', async (_case, filters, expected) => {
    expect(await ids(filters)).toEqual(expected);
  });

  it('refuses a forged cursor with a 400', async () => {
    await expect(listAuditEvents(database.db, { cursor: 'not-a-cursor' })).rejects.toMatchObject({ kind: 'invalid_input', field: 'cursor', message: expect.stringMatching(/^Not a cursor from this list/) });
  });

  it('clamps the page size', async () => {
    expect((await listAuditEvents(database.db, { limit: 0 })).events).toHaveLength(1);
    expect((await listAuditEvents(database.db, { limit: 10_000 })).events).toHaveLength(62);
  });
});

describe('getAuditEvent', () => {
  it('returns one event with its detail', async () => {
    const [event] = (await listAuditEvents(database.db, { operation: 'token.create' })).events;
    expect(await getAuditEvent(database.db, String(event.id))).toEqual(event);
  });

  it.each([['999999'], ['abc'], ['-1'], [0]])('answers 404 for %j', async (id) => {
    await expect(getAuditEvent(database.db, id)).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('failed requests without a name', () => {
  it('show the user’s current name instead of its raw id', async () => {
    const userId = '0191a0c4-0000-7000-8000-0000000000f1';
    await database.db.execute(sql`insert into scim_users (id, user_name, document, active) values (${userId}, 'patched@contoso.example', '{}'::jsonb, true)`);
    await recordAuditEvent(database.db, { operation: 'user.update', outcome: 'failure', actor: { type: 'token', id: TOKEN_ID, name: 'Entra prod' }, resourceType: 'User', resourceId: userId, error: 'mutability', occurredAt: minute(20) });
    const [event] = (await listAuditEvents(database.db, { operation: 'user.update', outcome: 'failure' })).events;
    expect(event).toMatchObject({ resourceId: userId, resourceName: 'patched@contoso.example' });
  });
});

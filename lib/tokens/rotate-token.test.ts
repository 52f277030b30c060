import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { auditEvents } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { createToken } from './create-token';
import { expireToken } from './expire-token';
import { rotateToken } from './rotate-token';
import { verifyBearerToken } from './verify-bearer-token';
import { DAY_MS } from '@/lib/time/durations';

let database: OpenDatabase;
const now = new Date('2030-01-01T00:00:00Z');
const day = (n: number) => new Date(now.getTime() + n * DAY_MS);
const owner = { id: 'u1', email: 'owner@example.com', name: 'Olive', role: 'owner' } as const;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const make = (name: string, expiresInDays: number) =>
  createToken(database.db, { name, expiresAt: day(expiresInDays), createdBy: owner.email, now });
const verify = (secret: string, at: Date) => verifyBearerToken(database.db, { authorization: `Bearer ${secret}`, clientAddress: '10.1.1.1', now: at });
const eventsFor = (id: string) => database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, id));

describe('rotateToken', () => {
  it('keeps both tokens valid until the grace period ends, then only the successor', async () => {
    const old = await make('Entra', 180);
    const rotated = await rotateToken(database.db, { id: old.token.id, graceDays: 7, actor: owner, now });

    expect(rotated.secret).not.toBe(old.secret);
    expect(rotated.token).toMatchObject({ name: 'Entra', createdBy: owner.email, status: 'active' });
    expect(rotated.token.expiresAt).toEqual(day(180));
    expect(rotated.previous).toMatchObject({ id: old.token.id, status: 'expiring_soon' });
    expect(rotated.previous.expiresAt).toEqual(day(7));

    expect(await verify(old.secret, day(6))).toMatchObject({ ok: true });
    expect(await verify(rotated.secret, day(6))).toMatchObject({ ok: true });
    expect(await verify(old.secret, day(7))).toMatchObject({ ok: false, reason: 'expired' });
    expect(await verify(rotated.secret, day(7))).toMatchObject({ ok: true });
  });

  it('never extends the old token, names the successor when asked, and links it', async () => {
    const old = await make('short', 2);
    const rotated = await rotateToken(database.db, { id: old.token.id, graceUntil: day(30), name: 'short v2', actor: owner, now });
    expect(rotated.previous.expiresAt).toEqual(day(2));
    expect(rotated.token.name).toBe('short v2');

    const [event] = await eventsFor(old.token.id).then((events) => events.filter((e) => e.operation === 'token.rotate'));
    expect(event).toMatchObject({ actorType: 'console', actorName: owner.email, changes: [] });
    expect(event.detail).toMatchObject({ successor: { id: rotated.token.id, name: 'short v2', prefix: rotated.token.prefix } });
    expect(JSON.stringify(event)).not.toContain(rotated.secret);
  });

  it('audits the shortened expiry', async () => {
    const old = await make('audited', 90);
    await rotateToken(database.db, { id: old.token.id, graceDays: 1, actor: owner, now });
    const events = await eventsFor(old.token.id);
    expect(events.find((e) => e.operation === 'token.rotate')?.changes).toEqual([
      { field: 'expiresAt', old: day(90).toISOString(), new: day(1).toISOString() },
    ]);
  });

  it.each([
    ['an unknown id', () => ({ id: '00000000-0000-4000-8000-000000000000', graceDays: 1 }), 'not_found'],
    ['a malformed id', () => ({ id: 'nope', graceDays: 1 }), 'not_found'],
    ['a negative grace', () => ({ id: '00000000-0000-4000-8000-000000000000', graceDays: -1 }), 'invalid_input'],
    ['no grace at all', () => ({ id: '00000000-0000-4000-8000-000000000000' }), 'invalid_input'],
  ])('refuses %s', async (_case, input, kind) => {
    await expect(rotateToken(database.db, { ...input(), actor: owner, now })).rejects.toMatchObject({ kind });
  });

  it('refuses a revoked token with a 409 and creates nothing', async () => {
    const old = await make('gone', 90);
    await expireToken(database.db, { id: old.token.id, actor: owner, now });
    await expect(rotateToken(database.db, { id: old.token.id, graceDays: 1, actor: owner, now })).rejects.toMatchObject({ kind: 'conflict' });
  });
});

describe('expireToken', () => {
  it('revokes now, once: a second call changes nothing and writes no second event', async () => {
    const { token, secret } = await make('to expire', 90);
    const first = await expireToken(database.db, { id: token.id, actor: owner, now: day(1) });
    const second = await expireToken(database.db, { id: token.id, actor: owner, now: day(2) });

    expect(first).toMatchObject({ status: 'revoked', revokedAt: day(1) });
    expect(second.revokedAt).toEqual(day(1));
    expect(await verify(secret, day(1))).toMatchObject({ ok: false, reason: 'revoked' });
    const expiries = (await eventsFor(token.id)).filter((event) => event.operation === 'token.expire');
    expect(expiries).toEqual([expect.objectContaining({ actorName: owner.email, changes: [{ field: 'revokedAt', old: null, new: day(1).toISOString() }] })]);
  });

  it('answers 404 for an unknown token', async () => {
    await expect(expireToken(database.db, { id: '00000000-0000-4000-8000-000000000001', actor: owner, now })).rejects.toMatchObject({ kind: 'not_found' });
  });
});

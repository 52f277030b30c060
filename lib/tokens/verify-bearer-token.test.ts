import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { DAY_MS } from '@/lib/time/durations';
import { createToken } from './create-token';
import { expireToken } from './expire-token';
import { pruneRefusalThrottle, REFUSAL_THROTTLE } from './throttle-refusals';
import { TOKEN_CACHE_TTL_MS } from './token-cache';
import { generateTokenSecret } from './token-secret';
import { verifyBearerToken } from './verify-bearer-token';

let database: OpenDatabase;
let valid: { id: string; secret: string };
let expired: { id: string; secret: string };
let revoked: { id: string; secret: string };
const now = new Date('2030-01-01T00:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const system = { type: 'system', name: 'test' } as const;

async function make(name: string, expiresAt: Date, createdAt = now) {
  const { token, secret } = await createToken(database.db, { name, expiresAt, createdBy: 'test', now: createdAt });
  return { id: token.id, secret };
}

beforeAll(async () => {
  database = await createTestDatabase();
  valid = await make('valid', later(DAY_MS));
  expired = await make('expired', later(1_000), later(-1_000));
  revoked = await make('revoked', later(DAY_MS));
  await expireToken(database.db, { id: revoked.id, actor: system, now });
});
afterAll(() => database.close());

const verify = (authorization: string | undefined, clientAddress = '198.51.100.1', at = later(5_000)) =>
  verifyBearerToken(database.db, { authorization, clientAddress, now: at });

describe('verifyBearerToken', () => {
  it('accepts a valid token, with the scheme in any case', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      expect(await verify(`${scheme} ${valid.secret}`)).toEqual({ ok: true, token: { id: valid.id, name: 'valid' } });
    }
  });

  it.each([
    ['missing', () => undefined, () => ({ reason: 'missing' })],
    ['missing (blank)', () => '   ', () => ({ reason: 'missing' })],
    ['malformed: another scheme', () => `Basic ${Buffer.from('a:b').toString('base64')}`, () => ({ reason: 'malformed' })],
    ['malformed: no token', () => 'Bearer', () => ({ reason: 'malformed' })],
    ['malformed: not a Roster secret', () => 'Bearer rst_wrong_secret_value', () => ({ reason: 'malformed' })],
    ['malformed: two tokens', () => `Bearer ${valid.secret} ${valid.secret}`, () => ({ reason: 'malformed' })],
    ['unknown', () => `Bearer ${generateTokenSecret()}`, () => ({ reason: 'unknown' })],
    ['expired', () => `Bearer ${expired.secret}`, () => ({ reason: 'expired', token: { id: expired.id, name: 'expired' } })],
    ['revoked', () => `Bearer ${revoked.secret}`, () => ({ reason: 'revoked', token: { id: revoked.id, name: 'revoked' } })],
  ])('refuses %s', async (name, header, refusal) => {
    expect(await verify(header(), `192.0.2.${name.length}`)).toEqual({ ok: false, ...refusal() });
  });

  it('throttles an address after too many refusals, while valid tokens from it still pass', async () => {
    const address = '203.0.113.50';
    const bad = `Bearer ${generateTokenSecret()}`;
    for (let attempt = 1; attempt <= REFUSAL_THROTTLE.maxRefusals; attempt += 1) {
      expect(await verify(bad, address, later(attempt))).toMatchObject({ ok: false, reason: 'unknown' });
    }
    // The refusal that starts the block is audited with the count; the ones during the block are not.
    expect(await verify(bad, address, later(100))).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: 60,
      isAlreadyAudited: false,
      refusalCount: REFUSAL_THROTTLE.maxRefusals + 1,
    });
    expect(await verify(`Bearer ${expired.secret}`, address, later(10_000))).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterSeconds: 51,
      isAlreadyAudited: true,
      refusalCount: REFUSAL_THROTTLE.maxRefusals + 2,
      token: { id: expired.id, name: 'expired' },
    });
    expect(await verify(`Bearer ${valid.secret}`, address, later(10_000))).toMatchObject({ ok: true });
    expect(await verify(bad, '203.0.113.51', later(10_000))).toMatchObject({ reason: 'unknown' });
    expect(await verify(bad, address, later(61_000))).toMatchObject({ reason: 'unknown' });
  });

  it('counts concurrent refusals exactly (one upsert, no lost updates)', async () => {
    const address = '203.0.113.77';
    await Promise.all(Array.from({ length: REFUSAL_THROTTLE.maxRefusals }, () => verify(undefined, address)));
    const [row] = await queryRows<{ failure_count: number }>(database.db, sql`select failure_count from auth_throttle where client_address = ${address}`);
    expect(row.failure_count).toBe(REFUSAL_THROTTLE.maxRefusals);
    expect(await verify(undefined, address)).toMatchObject({ reason: 'throttled' });
  });

  it('prunes counters whose window is over, keeping recent and still-blocked addresses', async () => {
    const at = later(1_000_000);
    const stale = '198.51.100.201';
    const recent = '198.51.100.202';
    const blocked = '198.51.100.203';
    await verify(undefined, stale, later(1_000_000 - 120_000));
    await verify(undefined, recent, later(1_000_000 - 10_000));
    for (let attempt = 0; attempt <= REFUSAL_THROTTLE.maxRefusals; attempt += 1) await verify(undefined, blocked, later(1_000_000 - 61_000 + attempt));
    await database.db.execute(sql`update auth_throttle set blocked_until = ${later(1_000_000 + 30_000).toISOString()}::timestamptz where client_address = ${blocked}`);

    await pruneRefusalThrottle(database.db, at);
    const left = await queryRows<{ client_address: string }>(
      database.db,
      sql`select client_address from auth_throttle where client_address in (${stale}, ${recent}, ${blocked}) order by client_address`,
    );
    expect(left.map((row) => row.client_address)).toEqual([recent, blocked]);
  });

  it('never consults the throttle for a valid token', async () => {
    await verify(`Bearer ${valid.secret}`, '203.0.113.99');
    const rows = await queryRows(database.db, sql`select 1 from auth_throttle where client_address = '203.0.113.99'`);
    expect(rows).toEqual([]);
  });

  it('records last use at most once a minute per token', async () => {
    const { id, secret } = await make('touched', later(DAY_MS));
    const lastUse = async () => (await database.db.select().from(scimTokens).where(eq(scimTokens.id, id)))[0];

    await verify(`Bearer ${secret}`, '10.0.0.1', later(1_000));
    expect(await lastUse()).toMatchObject({ lastUsedAt: later(1_000), lastUsedFrom: '10.0.0.1' });

    await verify(`Bearer ${secret}`, '10.0.0.2', later(59_000));
    expect(await lastUse()).toMatchObject({ lastUsedAt: later(1_000), lastUsedFrom: '10.0.0.1' });

    await verify(`Bearer ${secret}`, '10.0.0.3', later(61_001));
    expect(await lastUse()).toMatchObject({ lastUsedAt: later(61_001), lastUsedFrom: '10.0.0.3' });
  });

  describe('cache of valid tokens', () => {
    afterEach(() => vi.useRealTimers());

    it('refuses a token revoked in this process on its very next request', async () => {
      const { id, secret } = await make('revoked-while-cached', later(DAY_MS));
      expect(await verify(`Bearer ${secret}`)).toMatchObject({ ok: true });
      await expireToken(database.db, { id, actor: system, now: later(6_000) });
      expect(await verify(`Bearer ${secret}`, '192.0.2.200', later(7_000))).toEqual({
        ok: false,
        reason: 'revoked',
        token: { id, name: 'revoked-while-cached' },
      });
    });

    it('sees a revocation written by another process once the cached row is older than the cache time', async () => {
      vi.useFakeTimers({ toFake: ['performance'] });
      const { id, secret } = await make('revoked-elsewhere', later(DAY_MS));
      expect(await verify(`Bearer ${secret}`)).toMatchObject({ ok: true });
      await database.db.update(scimTokens).set({ revokedAt: later(1_000) }).where(eq(scimTokens.id, id));

      vi.advanceTimersByTime(TOKEN_CACHE_TTL_MS - 100);
      expect(await verify(`Bearer ${secret}`)).toMatchObject({ ok: true });
      vi.advanceTimersByTime(200);
      expect(await verify(`Bearer ${secret}`, '192.0.2.201')).toMatchObject({ ok: false, reason: 'revoked' });
    });

    it('refuses a cached token once its expiry passes, without waiting for the cache', async () => {
      const { secret } = await make('expires-while-cached', later(10_000));
      expect(await verify(`Bearer ${secret}`, '192.0.2.202', later(9_000))).toMatchObject({ ok: true });
      expect(await verify(`Bearer ${secret}`, '192.0.2.202', later(10_000))).toMatchObject({ ok: false, reason: 'expired' });
    });
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimTokens } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { createToken } from '@/lib/tokens/create-token';
import { testConnection } from './test-connection';

const NOW = new Date('2026-03-01T12:00:00Z');
const ORIGIN = 'http://roster.test';
const UNKNOWN = `roster_${'x'.repeat(43)}`;

let db: Database;
let close: () => Promise<void>;
const secrets: Record<'active' | 'expired' | 'revoked', string> = { active: '', expired: '', revoked: '' };

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
  const make = async (name: string, expiresAt: Date) => createToken(db, { name, expiresAt, createdBy: 'owner@example.com', now: new Date('2026-01-01T00:00:00Z') });
  secrets.active = (await make('Active', new Date('2026-06-01T00:00:00Z'))).secret;
  secrets.expired = (await make('Expired', new Date('2026-02-01T00:00:00Z'))).secret;
  const revoked = await make('Revoked', new Date('2026-06-01T00:00:00Z'));
  secrets.revoked = revoked.secret;
  await db.update(scimTokens).set({ revokedAt: new Date('2026-02-15T00:00:00Z') }).where(sql`${scimTokens.id} = ${revoked.token.id}`);
});
afterAll(() => close());
afterEach(() => vi.unstubAllGlobals());

function answer(status: number, headers: Record<string, string> = {}, body: object = {}) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const run = (secret: string, forwardedFor: string | null = null) => testConnection(db, { secret, origin: ORIGIN, forwardedFor, now: NOW });

describe('testConnection', () => {
  it('calls this deployment’s own ServiceProviderConfig with the token, as an IdP would', async () => {
    const fetch = answer(200);
    const result = await run(secrets.active, '198.51.100.7');

    expect(result).toMatchObject({ result: 'works', status: 200, checkedUrl: `${ORIGIN}/scim/v2/ServiceProviderConfig` });
    expect(fetch).toHaveBeenCalledWith(
      `${ORIGIN}/scim/v2/ServiceProviderConfig`,
      expect.objectContaining({ headers: expect.objectContaining({ authorization: `Bearer ${secrets.active}`, 'x-forwarded-for': '198.51.100.7' }) }),
    );
  });

  it.each([
    ['expired', 'expired', /has expired/],
    ['revoked', 'revoked', /was revoked/],
    ['unknown', UNKNOWN, /does not know this token/],
    ['unknown', 'not a roster token', /does not know this token/],
  ] as const)('tells a refused token apart: %s', async (expected, secret, message) => {
    answer(401, {}, { detail: 'refused' });
    const result = await run(secret === 'expired' || secret === 'revoked' ? secrets[secret] : secret);
    expect(result).toMatchObject({ result: expected, status: 401 });
    expect(result.message).toMatch(message);
    expect(result.message).not.toMatch(/Expired|Revoked|Active/);
  });

  it('says when the address is throttled, with the wait', async () => {
    answer(429, { 'retry-after': '42' });
    expect(await run(UNKNOWN)).toMatchObject({ result: 'throttled', status: 429, message: expect.stringContaining('42 seconds') });
  });

  it('reports any other answer with the SCIM detail', async () => {
    answer(500, {}, { detail: 'The server could not complete the request (reference 1).' });
    expect(await run(secrets.active)).toMatchObject({
      result: 'failed',
      status: 500,
      message: 'Roster’s SCIM endpoint answered 500: The server could not complete the request (reference 1).',
    });
  });

  it('reports an endpoint it cannot reach', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    expect(await run(secrets.active)).toMatchObject({ result: 'failed', status: null, message: expect.stringMatching(/could not reach its own SCIM endpoint/) });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { createToken } from './create-token';
import { listTokens } from './list-tokens';
import { revokeTokenByName } from './revoke-token-by-name';
import { rotateToken } from './rotate-token';

let database: OpenDatabase;
const now = new Date('2030-01-01T00:00:00Z');
const actor = { type: 'system', name: 'npm run token:revoke' } as const;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('revokeTokenByName', () => {
  it('revokes every unrevoked token with the name, including a rotation pair, and leaves others alone', async () => {
    const entra = await createToken(database.db, { name: 'Entra', expiresAt: new Date('2030-06-01T00:00:00Z'), createdBy: 'cli', now });
    await rotateToken(database.db, { id: entra.token.id, graceDays: 3, actor, now });
    await createToken(database.db, { name: 'Okta', expiresAt: new Date('2030-06-01T00:00:00Z'), createdBy: 'cli', now });

    const revoked = await revokeTokenByName(database.db, { name: ' Entra ', actor, now });
    expect(revoked.map((token) => token.status)).toEqual(['revoked', 'revoked']);
    const statuses = Object.fromEntries((await listTokens(database.db, now)).map((token) => [token.prefix, `${token.name}:${token.status}`]));
    expect(Object.values(statuses).sort()).toEqual(['Entra:revoked', 'Entra:revoked', 'Okta:active']);

    expect(await revokeTokenByName(database.db, { name: 'Entra', actor, now })).toEqual([]);
  });

  it('answers 404 when no token has the name', async () => {
    await expect(revokeTokenByName(database.db, { name: 'nobody', actor, now })).rejects.toMatchObject({ kind: 'not_found', message: 'There is no token named "nobody".' });
  });
});

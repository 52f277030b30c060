import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newUser, type ScimClient } from '@/e2e/scim/route-client';
import { updateSettings } from '@/lib/settings/update-settings';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;
const owner = { id: '0191d4a0-0000-7000-8000-0000000000e1', email: 'owner@roster.example', name: 'Owner', role: 'owner' as const };

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
});
afterAll(() => database.close());

const listed = async () => (await scim('GET', '/Users?count=1')).body.totalResults as number;
const counted = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from scim_users where deprovisioned_at is null`))[0].n;

describe('totalResults of an unfiltered user list (kept by triggers, never counted per page)', () => {
  it('follows creates, deletes, deprovisioning and restores, and equals a count of the live users', async () => {
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) ids.push((await scim('POST', '/Users', newUser(`${name}.count@contoso.example`))).body.id);
    expect(await listed()).toBe(4);

    await scim('DELETE', `/Users/${ids[0]}`);
    await updateSettings(database.db, { deleteMode: 'deactivate' }, owner);
    await scim('DELETE', `/Users/${ids[1]}`);
    expect([await listed(), await counted()]).toEqual([2, 2]);

    expect((await scim('POST', '/Users', newUser('b.count@contoso.example'))).status).toBe(201);
    expect([await listed(), await counted()]).toEqual([3, 3]);
    expect((await scim('GET', '/Users?count=1&startIndex=2')).body).toMatchObject({ totalResults: 3, itemsPerPage: 1, startIndex: 2 });
  });
});

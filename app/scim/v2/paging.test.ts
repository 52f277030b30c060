import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { newUser, type ScimClient } from '@/e2e/scim/route-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

const USERS = 45;
let database: OpenDatabase;
let scim: ScimClient;
let created: string[];
/** The list order, from one page holding every user: users created in the same millisecond are ordered by id. */
let ordered: string[];

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
  created = [];
  for (let i = 0; i < USERS; i++) created.push((await scim('POST', '/Users', newUser(`page.${String(i).padStart(2, '0')}@contoso.example`))).body.id);
  ordered = (await page(`startIndex=1&count=${USERS}`)).Resources.map((user) => user.id);
  expect(new Set(ordered)).toEqual(new Set(created));
}, 120_000);
afterAll(() => database.close());

type ListBody = { totalResults: number; startIndex: number; itemsPerPage: number; Resources: { id: string; userName: string }[] };

async function page(query: string): Promise<ListBody> {
  const response = await scim('GET', `/Users?${query}`);
  expect(response.status).toBe(200);
  return response.body as ListBody;
}

async function walk(query: string, count: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let startIndex = 1; ; startIndex += count) {
    const body = await page(`${query}startIndex=${startIndex}&count=${count}`);
    ids.push(...body.Resources.map((user) => user.id));
    totals.push(body.totalResults);
    if (body.Resources.length < count) return { ids, totals };
  }
}

describe('paging through users with startIndex (RFC 7644 §3.4.2.4)', () => {
  it('returns every user once, in list order, however often the pages are walked', async () => {
    for (let round = 0; round < 3; round++) {
      const { ids, totals } = await walk('', 10);
      expect(ids).toEqual(ordered);
      expect(new Set(totals)).toEqual(new Set([USERS]));
    }
  });

  it('answers a page asked out of order, or with another count, as OFFSET would', async () => {
    await walk('', 10);
    expect((await page('startIndex=31&count=10')).Resources.map((user) => user.id)).toEqual(ordered.slice(30, 40));
    expect((await page('startIndex=25&count=7')).Resources.map((user) => user.id)).toEqual(ordered.slice(24, 31));
    expect((await page('startIndex=12&count=3')).Resources.map((user) => user.id)).toEqual(ordered.slice(11, 14));
    const beyond = await page('startIndex=200&count=10');
    expect(beyond).toMatchObject({ totalResults: USERS, startIndex: 200, itemsPerPage: 0 });
  });

  it('pages a filtered list by its own positions, never by another list’s', async () => {
    await walk('', 10);
    const filter = encodeURIComponent('userName sw "page.3"');
    const { ids, totals } = await walk(`filter=${filter}&`, 4);
    expect(ids).toEqual(ordered.filter((id) => created.indexOf(id) >= 30 && created.indexOf(id) < 40));
    expect(new Set(totals)).toEqual(new Set([10]));
  });

  it('shows a client walking the pages every remaining user once while users before its place are deleted', async () => {
    const first = await page('startIndex=1&count=10');
    const second = await page('startIndex=11&count=10');
    expect(second.Resources.map((user) => user.id)).toEqual(ordered.slice(10, 20));
    for (const id of ordered.slice(0, 5)) expect((await scim('DELETE', `/Users/${id}`)).status).toBe(204);

    const third = await page('startIndex=21&count=10');
    expect(third.Resources.map((user) => user.id)).toEqual(ordered.slice(20, 30));
    expect(third.totalResults).toBe(USERS - 5);
    const seen = [...first.Resources, ...second.Resources, ...third.Resources].map((user) => user.id);
    expect(new Set(seen).size).toBe(30);
  });
});

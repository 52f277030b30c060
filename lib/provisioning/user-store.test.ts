import { and, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { createUserRegistry, filterToSql, parseFilter, type ListQuery } from '@/lib/scim';
import { userColumnResolver } from './column-map';
import { createUserStore } from './user-store';

let database: OpenDatabase;
const registry = createUserRegistry([]);
const now = new Date('2030-01-01T00:00:00Z');
const ids = ['0191d4a0-0000-7000-8000-00000000000a', '0191d4a0-0000-7000-8000-00000000000b', '0191d4a0-0000-7000-8000-00000000000c'];

const page = (filter: string, extra: Partial<ListQuery> = {}): ListQuery => ({ filter: parseFilter(filter), sortOrder: 'ascending', startIndex: 1, count: 100, ...extra });

beforeAll(async () => {
  database = await createTestDatabase();
  const store = createUserStore(database.db);
  const documents = [
    { userName: 'Alice@Contoso.example', externalId: 'ext-a', active: true, emails: [{ type: 'work', value: 'alice@contoso.example' }], displayName: 'Alice' },
    { userName: 'bob@contoso.example', externalId: 'ext-b', active: false, emails: [{ type: 'home', value: 'bob@home.example' }] },
    { userName: 'carol@contoso.example', externalId: 'EXT-A', active: true, title: 'Boss' },
  ];
  for (const [index, document] of documents.entries()) {
    await store.create({ id: ids[index], document: { schemas: [registry.core.id], ...document }, registry, now: new Date(now.getTime() + index) });
  }
});
afterAll(() => database.close());

describe('user store lists run the filter in SQL', () => {
  it.each([
    ['userName eq "alice@contoso.EXAMPLE"', [0]],
    ['externalId eq "ext-a"', [0]],
    ['active eq false', [1]],
    ['emails[type eq "work" and value co "alice"]', [0]],
    ['emails.value ew "home.example"', [1]],
    ['title pr', [2]],
    ['not (active eq true) or title eq "Boss"', [1, 2]],
    ['userName eq "5f0c3a0e-7c1d-4c39-a3b6-0e9f5e2b7d11"', []],
    ['id eq "not-a-uuid"', []],
  ])('%s', async (filter, expected) => {
    const result = await createUserStore(database.db).list(page(filter), registry);
    expect(result.resources.map((user) => user.id)).toEqual(expected.map((index) => ids[index]));
    expect(result.totalResults).toBe(expected.length);
  });

  it('pages in a stable order and counts the total', async () => {
    const store = createUserStore(database.db);
    const first = await store.list({ sortOrder: 'ascending', startIndex: 1, count: 2 }, registry);
    const second = await store.list({ sortOrder: 'ascending', startIndex: 3, count: 2 }, registry);
    expect([...first.resources, ...second.resources].map((user) => user.id)).toEqual(ids);
    expect([first.totalResults, second.totalResults]).toEqual([3, 3]);
    expect(await store.list({ sortOrder: 'ascending', startIndex: 1, count: 0 }, registry)).toEqual({ totalResults: 3, resources: [] });
  });

  it('looks a userName up through the lower(user_name) index', async () => {
    const where = and(isNull(scimUsers.deprovisionedAt), filterToSql(parseFilter('userName eq "alice@contoso.example"'), registry, userColumnResolver));
    const query = database.db.select({ id: scimUsers.id }).from(scimUsers).where(where).toSQL();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const plan = await queryRows<Record<string, string>>(tx, sql.raw(`explain ${inline(query.sql, query.params)}`));
      expect(plan.map((row) => Object.values(row)[0]).join('\n')).toMatch(/scim_users_user_name_(lower_idx|live_key)/);
    });
  });
});

function inline(text: string, params: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => `'${String(params[Number(index) - 1]).replace(/'/g, "''")}'`);
}

import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { PgDialect, QueryBuilder } from 'drizzle-orm/pg-core';
import { scimUsers } from '@/db/schema';
import { addMembersStatement } from './change-group-members';
import { AUDIT_INSERT_ROWS } from '@/lib/audit/audit-row-json';
import { CHANGE_MEMBERS, INSERT_GROUP, PLAN_MEMBER_CHANGE, SELECT_GROUP, SELECT_GROUP_WITH_MEMBERS, SELECT_GROUPS_BY, SELECT_GROUPS_WITH_MEMBERS_BY } from './group-statements';
import { DELETE_USER, DEPROVISION_USER, INSERT_USER, SELECT_LIVE_USER, SELECT_LIVE_USERS_BY, UPDATE_USER } from './user-statements';
import { liveUserWithId, userListSpec } from './user-store';
import { pageRowsQuery } from './list-query';

/**
 * The hot path's fixed statements are prepared once per connection, and PostgreSQL soon keeps one generic plan for
 * each, made from whatever statistics the tables had then: a table that grew since its last ANALYZE looks small. A
 * plan that scans the users table would grow with the directory (a POST cost 45 ms at 5,000 users before the
 * re-provisioning check used its indexes), so every statement's generic plan must reach the tables that grow with the
 * directory by index.
 */

const ID = '00000000-0000-4000-8000-000000000001';
const NOW = '2026-01-01T00:00:00Z';
const userRow = JSON.stringify({ id: ID, user_name: 'new@example.test', external_id: 'ext-new', active: true, document: {}, app_fields: {}, created_at: NOW, updated_at: NOW });
const groupRow = JSON.stringify({ id: ID, display_name: 'New group', external_id: null, document: {}, created_at: NOW, updated_at: NOW });
const auditRow = JSON.stringify({ occurred_at: NOW, operation: 'user.create', outcome: 'success', actor_type: 'token', changes: [], detail: {} });

const statements: Record<string, { text: string; parameters: string[] }> = {
  'POST /Users': { text: INSERT_USER, parameters: [userRow, auditRow] },
  'PUT or PATCH /Users': { text: UPDATE_USER, parameters: [userRow, '1', auditRow] },
  'DELETE /Users': { text: DELETE_USER, parameters: [ID, '1', NOW, auditRow] },
  'DELETE /Users, deprovisioning': { text: DEPROVISION_USER, parameters: [ID, '1', NOW, auditRow] },
  'GET /Users/{id}': { text: SELECT_LIVE_USER, parameters: [ID] },
  'filter userName eq': { text: SELECT_LIVE_USERS_BY.username, parameters: ['user-17@example.test', '100'] },
  'filter externalId eq': { text: SELECT_LIVE_USERS_BY.externalid, parameters: ['ext-17', '100'] },
  'POST /Groups': { text: INSERT_GROUP, parameters: [groupRow, auditRow] },
  'GET /Groups/{id}?excludedAttributes=members': { text: SELECT_GROUP, parameters: [ID] },
  'GET /Groups/{id}': { text: SELECT_GROUP_WITH_MEMBERS, parameters: [ID] },
  'filter Groups displayName eq, excludedAttributes=members': { text: SELECT_GROUPS_BY.displayname, parameters: ['Group 17', '100'] },
  'filter Groups externalId eq': { text: SELECT_GROUPS_WITH_MEMBERS_BY.externalid, parameters: ['grp-17', '100'] },
  "reads' audit events (group commit)": { text: AUDIT_INSERT_ROWS, parameters: [`[${auditRow}, ${auditRow}]`] },
  'PATCH /Groups adding or removing members, its read': { text: PLAN_MEMBER_CHANGE, parameters: [ID, `["${ID}"]`, `["${ID}"]`] },
  'PATCH /Groups adding or removing members, its write': { text: CHANGE_MEMBERS, parameters: [ID, `["${ID}"]`, '[]', NOW, auditRow] },
  "a user by id in a read or a transaction (drizzle), locked": (() => {
    const query = new QueryBuilder().select(userListSpec.selection).from(scimUsers).where(liveUserWithId(ID)).for('update').toSQL();
    return { text: query.sql, parameters: query.params.map(String) };
  })(),
  'PATCH /Groups adding members in a transaction': (() => {
    const query = new PgDialect().sqlToQuery(addMembersStatement(ID, [ID, '00000000-0000-4000-8000-000000000002'], new Date(NOW)));
    return { text: query.sql, parameters: query.params.map(String) };
  })(),
};

/** Adds `users` users in `groups` groups, each user in one group, none of them seen by ANALYZE. */
async function addDirectory(open: OpenDatabase, users: number, groups: number): Promise<void> {
  await queryRows(
    open.db,
    sql.raw(`insert into scim_users (id, user_name, external_id, active, document, app_fields, version, created_at, updated_at)
      select gen_random_uuid(), 'user-' || i || '@example.test', 'ext-' || i, i % 10 <> 0, '{}'::jsonb, '{}'::jsonb, 1, now(), now()
      from generate_series(1, ${users}) i`),
  );
  await queryRows(
    open.db,
    sql.raw(`insert into scim_groups (id, display_name, document, version, created_at, updated_at)
      select gen_random_uuid(), 'Group ' || i, '{}'::jsonb, 1, now(), now() from generate_series(1, ${groups}) i`),
  );
  await queryRows(
    open.db,
    sql.raw(`insert into group_members (group_id, user_id, added_at)
      select g.id, u.id, now() from (select id, row_number() over () as n from scim_users) u
      join (select id, row_number() over () as n from scim_groups) g on g.n = u.n % ${groups} + 1`),
  );
}

async function genericPlanOf(open: OpenDatabase, text: string, parameters: string[]): Promise<string> {
  return open.db.transaction(async (tx) => {
    await queryRows(tx, sql.raw('set local plan_cache_mode = force_generic_plan'));
    // No parameter types: PostgreSQL infers them, as for the statements drizzle sends.
    await queryRows(tx, sql.raw(`prepare plan_probe as ${text}`));
    try {
      const values = parameters.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
      const rows = await queryRows<{ 'QUERY PLAN': string }>(tx, sql.raw(`explain execute plan_probe (${values})`));
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      await queryRows(tx, sql.raw('deallocate plan_probe'));
    }
  });
}

const GROWING_TABLE_INDEX = /(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) (scim_users|group_members|audit_events|change_events)_\w+/;

/** Index scans of the growing tables that have no Index Cond: a walk over the whole index, as costly as a scan. */
function unconditionedIndexScans(plan: string): string[] {
  const lines = plan.split('\n');
  return lines.flatMap((line, index) => {
    const scan = GROWING_TABLE_INDEX.exec(line);
    if (!scan) return [];
    // The node's own detail lines: indented deeper than the node, up to its first child or the next node.
    const depth = line.search(/\S/);
    const rest = lines.slice(index + 1);
    const end = rest.findIndex((next) => next.search(/\S/) <= depth || next.trimStart().startsWith('->'));
    const details = end === -1 ? rest : rest.slice(0, end);
    return details.some((detail) => detail.includes('Index Cond:')) ? [] : [scan[0]];
  });
}

/**
 * Each connection makes a statement's plan from the statistics of its first runs and keeps it as the directory grows,
 * until an ANALYZE: a grown directory never analyzed, and a fresh deployment's first few users. Without statistics
 * PostgreSQL takes `deprovisioned_at is null` to match 0.5 % of the rows, so on a few users a walk over the whole
 * live-userName index looked as cheap as the primary key, and a PATCH read 20,000 entries per request once the
 * directory had grown (docs/PERFORMANCE.md). (A table analyzed while empty is planned as empty whatever it holds:
 * no statement shape helps there, so db/analyze-stale-tables.ts never leaves one so.)
 */
const DIRECTORIES = [
  { users: 3000, groups: 2000 },
  { users: 8, groups: 2 },
];

for (const { users, groups } of DIRECTORIES) {
  describe(`the hot path's generic plans on ${users} users in ${groups} groups the statistics have not seen`, () => {
    let open: OpenDatabase;
    beforeAll(async () => {
      open = await createTestDatabase();
      await addDirectory(open, users, groups);
    }, 120_000);
    afterAll(() => open?.close());
    const planOf = (name: string, parameters = statements[name].parameters) => genericPlanOf(open, statements[name].text, parameters);

    for (const name of Object.keys(statements)) {
      it(`${name} reaches the growing tables by index`, async () => {
        const plan = await planOf(name);
        expect(plan).toMatch(/Index (Only )?Scan|Function Scan/);
        expect(plan).not.toMatch(/Seq Scan on (scim_users|group_members|audit_events|change_events)/);
      });
    }

    it('never walks a whole index of the growing tables (every index scan on them has a condition)', async () => {
      const walks: string[] = [];
      for (const name of Object.keys(statements)) walks.push(...unconditionedIndexScans(await planOf(name)).map((scan) => `${name}: ${scan}`));
      expect(walks).toEqual([]);
    });

    it('finds a group by displayName or externalId through its index', async () => {
      const byName = await planOf('filter Groups displayName eq, excludedAttributes=members', ['Group 17', '100']);
      expect(byName).toMatch(/Index Cond: \(lower\(display_name\) = lower\(\$1\)\)/);
      const byExternalId = await planOf('filter Groups externalId eq', ['grp-17', '100']);
      expect(byExternalId).toMatch(/Index Cond: \(external_id = \$1\)/);
      for (const plan of [byName, byExternalId]) expect(plan).not.toMatch(/Seq Scan on scim_groups/);
    });

    it('reads a group by key', async () => {
      for (const name of ['GET /Groups/{id}?excludedAttributes=members', 'GET /Groups/{id}']) {
        const plan = await planOf(name);
        expect(plan).toContain('Index Scan using scim_groups_pkey');
        expect(plan).not.toMatch(/Seq Scan on scim_groups/);
      }
    });

    it('reads a list page of users in list order, from the start or after a checkpoint', async () => {
      const order = [asc(scimUsers.createdAt), asc(scimUsers.id)];
      for (const checkpoint of [undefined, { createdAt: NOW, id: ID, position: 100 }]) {
        const page = { ...userListSpec, where: userListSpec.scope, order, count: 100, skipped: 0, checkpoint };
        const query = pageRowsQuery(open.db, page).toSQL();
        const plan = await genericPlanOf(open, query.sql, query.params.map(String));
        // The page's ids in list order, stopping after a page; not a walk over the live-userName index and a sort.
        expect(plan).toContain('Index Scan using scim_users_created_at_id_idx');
        expect(plan).not.toContain('scim_users_user_name_live_key');
      }
    });

    it("looks up each of a user's groups by key instead of hashing the whole groups table", async () => {
      for (const name of ['GET /Users/{id}', 'filter userName eq', 'filter externalId eq']) {
        const plan = await planOf(name);
        expect(plan).toContain('Index Scan using scim_groups_pkey');
        expect(plan).not.toMatch(/Seq Scan on scim_groups/);
      }
    });
  });
}

/**
 * Analyzed, a groups table of a hundred groups is a few pages, and priced as a spinning disk (random_page_cost 4) a
 * lookup by key looked dearer than reading them all: each user read scanned the whole table once per group of the
 * user. Roster's PostgreSQL sessions price random reads as cached (db/postgres-handle.ts); PGlite keeps the defaults.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)("a user's groups in a directory of 101 groups the statistics have seen (PostgreSQL)", () => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await createTestDatabase();
    await addDirectory(open, 2000, 101);
    await queryRows(open.db, sql.raw('analyze scim_users, scim_groups, group_members'));
  }, 120_000);
  afterAll(() => open?.close());

  it("looks up each of a user's groups by key, not by reading the whole groups table", async () => {
    for (const name of ['GET /Users/{id}', 'filter userName eq', 'filter externalId eq']) {
      const plan = await genericPlanOf(open, statements[name].text, statements[name].parameters);
      expect(plan).toContain('Index Scan using scim_groups_pkey');
      expect(plan).not.toMatch(/Seq Scan on scim_groups/);
    }
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database, type OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { UPDATE_USER } from './user-statements';

/**
 * A PATCH that changes a user's attributes and application fields, but no column an index reads, must be a heap-only
 * (HOT) update: the new version stays on the row's page and no index gets an entry. Otherwise every such PATCH writes
 * into each of the users table's nine indexes, which measured a fifth of the update's PostgreSQL time and grows them
 * (docs/PERFORMANCE.md, "HOT updates of users"). It takes two things: no index reads `document` or `app_fields`
 * (the application email is a generated column of its own), and pages keep room for a row's next version.
 */

const USERS = 40;
const NOW = '2026-01-01T00:00:00Z';
const auditRow = JSON.stringify({ occurred_at: NOW, operation: 'user.update', outcome: 'success', actor_type: 'token', changes: [], detail: {} });
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

type UserRow = { id: string; user_name: string; active: boolean; document: Record<string, unknown>; app_fields: Record<string, string> };

/** UPDATE_USER, the statement of a PATCH in autocommit, in a transaction of its own → whether it was a HOT update (1 or 0). */
async function patchCountingHot(db: Database, user: UserRow, department: string): Promise<number> {
  const next = JSON.stringify({
    ...user,
    document: { ...user.document, department },
    app_fields: { ...user.app_fields, department },
    updated_at: NOW,
  });
  // The backend's not yet published counts, which may include earlier transactions': the difference is this update's.
  const hotCount = async (tx: Database) => {
    const [counted] = await queryRows<{ hot: number }>(tx, sql.raw(`select pg_stat_get_xact_tuples_hot_updated('scim_users'::regclass)::int as hot`));
    return counted.hot;
  };
  return db.transaction(async (tx) => {
    const before = await hotCount(tx);
    await queryRows(tx, sql.raw(`prepare patch_user as ${UPDATE_USER}`));
    const [written] = await queryRows<{ written: number }>(tx, sql.raw(`execute patch_user (${[next, '1', auditRow].map(literal).join(', ')})`));
    await queryRows(tx, sql.raw('deallocate patch_user'));
    expect(written.written).toBe(1);
    return (await hotCount(tx)) - before;
  });
}

describe('users changed by PATCH', () => {
  let open: OpenDatabase;
  let users: UserRow[];
  beforeAll(async () => {
    open = await createTestDatabase();
    // Rows of a typical size (about 1.2 kB), so that a page holds only a few and fills up.
    await queryRows(
      open.db,
      sql.raw(`insert into scim_users (id, user_name, active, document, app_fields, version, created_at, updated_at)
        select gen_random_uuid(), 'user-' || i || '@example.test', true,
          jsonb_build_object('userName', 'user-' || i || '@example.test', 'title', repeat('t', 1000)),
          jsonb_build_object('email', 'user-' || i || '@example.test', 'department', 'Sales'), 1, now(), now()
        from generate_series(1, ${USERS}) i`),
    );
    users = await queryRows<UserRow>(open.db, sql.raw('select id::text, user_name, active, document, app_fields from scim_users order by user_name'));
  });
  afterAll(() => open?.close());

  it('change only their document and application fields in place: every update is heap-only, on a table just filled', async () => {
    let hot = 0;
    for (const user of users) hot += await patchCountingHot(open.db, user, 'Engineering');
    expect(hot).toBe(USERS);
  });

  it('can still be found by their application email, through its generated column', async () => {
    const [found] = await queryRows<{ id: string; app_email: string }>(
      open.db,
      sql.raw(`select id::text, app_email from scim_users where app_email = 'user-7@example.test'`),
    );
    expect(found).toEqual({ id: users.find((user) => user.user_name === 'user-7@example.test')!.id, app_email: 'user-7@example.test' });
  });
});

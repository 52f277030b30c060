import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from './database';
import { createPostgresHandle, STATEMENT_CONNECTIONS_NAME } from './postgres-handle';
import { runStatement } from './run-statement';
import { createTestDatabase } from './test-database';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const applicationName = `select current_setting('application_name') as name, pg_backend_pid() as pid`;

// The statement connections exist on PostgreSQL only; PGlite has one connection for everything.
describe.skipIf(!process.env.TEST_DATABASE_URL)('the PostgreSQL handle (db/postgres-handle.ts)', () => {
  it('sends runStatement on connections of its own and drizzle on the pool', async () => {
    const [statement] = await runStatement<{ name: string }>(database.db, applicationName, []);
    const [pooled] = await queryRows<{ name: string }>(database.db, sql.raw(applicationName));
    expect(statement.name).toBe(STATEMENT_CONNECTIONS_NAME);
    expect(pooled.name).not.toBe(STATEMENT_CONNECTIONS_NAME);
  });

  it('turns JIT off and prices random reads as cached on both kinds of connection, and a setting in the URL wins', async () => {
    const settings = `select current_setting('jit') as jit, current_setting('random_page_cost') as "randomPageCost"`;
    const [statement] = await runStatement<{ jit: string; randomPageCost: string }>(database.db, settings, []);
    const [pooled] = await queryRows<{ jit: string; randomPageCost: string }>(database.db, sql.raw(settings));
    expect([statement, pooled]).toEqual([
      { jit: 'off', randomPageCost: '1.1' },
      { jit: 'off', randomPageCost: '1.1' },
    ]);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set('jit', 'on');
    url.searchParams.set('random_page_cost', '2');
    const handle = createPostgresHandle(url.toString(), { poolSize: 1, pipelineSize: 1 });
    try {
      const [own] = await runStatement<{ jit: string; randomPageCost: string }>(handle.db, settings, []);
      expect(own).toEqual({ jit: 'on', randomPageCost: '2' });
    } finally {
      await handle.close();
    }
  });

  it('answers many statements in flight at once on its two connections, each with its own result', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) => runStatement<{ n: string; pid: number }>(database.db, `select $1::text as n, pg_backend_pid() as pid`, [String(index)])),
    );
    expect(answers.map(([row]) => row.n)).toEqual(Array.from({ length: 200 }, (_, index) => String(index)));
    expect(new Set(answers.map(([row]) => row.pid)).size).toBeLessThanOrEqual(2);
  });

  it('fails only the statement that fails when others are in flight beside it on the same connections', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, (_, index) => runStatement<{ n: number }>(database.db, `select 100 / $1::text::int as n`, [String(index % 2)])),
    );
    outcomes.forEach((outcome, index) => {
      if (index % 2 === 0) expect(outcome).toMatchObject({ status: 'rejected', reason: { code: '22012' } });
      else expect(outcome).toEqual({ status: 'fulfilled', value: [{ n: 100 }] });
    });
  });

  it('is not held up by a transaction that holds the pool connections', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transactions = Array.from({ length: 10 }, () => database.db.transaction(async (tx) => void (await tx.execute(sql`select 1`), await held)));
    try {
      const [row] = await runStatement<{ n: string }>(database.db, `select $1::text as n`, ['free']);
      expect(row.n).toBe('free');
    } finally {
      release();
      await Promise.all(transactions);
    }
  });
});

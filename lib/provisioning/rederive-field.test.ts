import { eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { appFields, fieldRederiveJobs, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { getRederiveJob } from '@/lib/fields/get-rederive-job';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { appFieldColumns } from '@/lib/fields/list-fields';
import { loadUserRegistry } from './load-registry';
import { matchListOptions } from './match-list-options';
import { rederiveBatch, userRowColumns } from './rederive-batch';
import { rederiveField } from './rederive-field';
import { insertUser } from '@/e2e/fixtures/test-directory';

vi.mock('./match-list-options', async (importOriginal) => {
  const original = await importOriginal<typeof import('./match-list-options')>();
  return { matchListOptions: vi.fn(original.matchListOptions) };
});

let database: OpenDatabase;
const userIds: string[] = [];

async function addField(machineName: string, type: 'text' | 'list', scimPath: string): Promise<AppFieldDto> {
  const [field] = await database.db
    .insert(appFields)
    .values({ machineName, label: machineName, type, scimPath, position: 10 })
    .returning(appFieldColumns);
  return field;
}

const valuesOf = async (machineName: string) =>
  (await database.db.select({ appFields: scimUsers.appFields }).from(scimUsers).orderBy(scimUsers.userName)).map(
    (row) => row.appFields[machineName],
  );

beforeAll(async () => {
  database = await createTestDatabase();
  for (let index = 0; index < 7; index += 1) {
    userIds.push(await insertUser(database.db, { userName: `user${index}@contoso.example`, title: `Title ${index}`, nickName: index % 2 ? 'Odd' : 'odd' }));
  }
});
afterAll(() => database.close());

/**
 * `db` whose checks for a newer job wait for `gate`, so that the older run cannot finish all its batches before the
 * newer job exists, however the two runs interleave on the connections.
 */
function holdingSupersededChecks(db: Database, gate: Promise<void>): Database {
  const dialect = new PgDialect();
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return async (query: SQL) => {
        if (dialect.sqlToQuery(query).sql.includes('as superseded')) await gate;
        return target.execute(query);
      };
    },
  });
}

describe('rederiveField', () => {
  it('re-derives a large directory in the background, batch by batch, with progress on the job', async () => {
    const field = await addField('job_title', 'text', 'title');
    const { job, completion } = await rederiveField(database.db, field.id, { syncLimit: 3, batchSize: 2 });
    expect(job).toMatchObject({ fieldId: field.id, status: 'queued', total: 7, processed: 0 });

    await completion;
    expect(await getRederiveJob(database.db, field.id)).toMatchObject({ status: 'done', total: 7, processed: 7, error: null });
    expect(await valuesOf('job_title')).toEqual(Array.from({ length: 7 }, (_, index) => `Title ${index}`));
  });

  it('finishes a small directory before returning', async () => {
    const field = await addField('nick', 'list', 'nickName');
    const { job } = await rederiveField(database.db, field.id, { batchSize: 3 });
    expect(job).toMatchObject({ status: 'done', total: 7, processed: 7 });
    expect(new Set(await valuesOf('nick')).size).toBe(1);
  });

  it('stops an older run when a newer one of the same field starts', async () => {
    const field = await addField('title_again', 'text', 'title');
    let newerStarted!: () => void;
    const started = new Promise<void>((resolve) => (newerStarted = resolve));
    const older = await rederiveField(holdingSupersededChecks(database.db, started), field.id, { syncLimit: 0, batchSize: 1 });
    const newer = await rederiveField(database.db, field.id, { syncLimit: 0, batchSize: 1 });
    newerStarted();
    await Promise.all([older.completion, newer.completion]);

    const [olderJob] = await database.db.select().from(fieldRederiveJobs).where(eq(fieldRederiveJobs.id, older.job!.id));
    expect(olderJob).toMatchObject({ status: 'failed', error: expect.stringContaining('Superseded') });
    expect(await getRederiveJob(database.db, field.id)).toMatchObject({ id: newer.job!.id, status: 'done', processed: 7 });
    expect(await valuesOf('title_again')).toHaveLength(7);
  });

  it('records a failure on the job instead of rejecting', async () => {
    const field = await addField('nick_failing', 'list', 'nickName');
    vi.mocked(matchListOptions).mockRejectedValueOnce(new Error('options table unavailable'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { job } = await rederiveField(database.db, field.id);
    errors.mockRestore();
    expect(job).toMatchObject({ status: 'failed', error: 'Re-derivation stopped: options table unavailable' });
  });
});

describe('rederiveBatch', () => {
  it('leaves a row written since it was read to be derived again from its new document', async () => {
    const field = await addField('title_guarded', 'text', 'title');
    const rows = await database.db.select(userRowColumns).from(scimUsers).where(eq(scimUsers.id, userIds[0]));
    await database.db
      .update(scimUsers)
      .set({ document: { userName: 'user0@contoso.example', title: 'Changed meanwhile' }, version: sql`${scimUsers.version} + 1` })
      .where(eq(scimUsers.id, userIds[0]));

    await rederiveBatch(database.db, field, await loadUserRegistry(database.db), rows);
    const [user] = await database.db.select({ appFields: scimUsers.appFields }).from(scimUsers).where(eq(scimUsers.id, userIds[0]));
    expect(user.appFields.title_guarded).toBe('Changed meanwhile');
  });
});

import { asc, eq, gt, sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { appFields, fieldRederiveJobs, scimUsers } from '@/db/schema';
import type { RederiveJobDto } from '@/lib/contracts/fields';
import { toRederiveJob } from '@/lib/fields/get-rederive-job';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { appFieldColumns } from '@/lib/fields/list-fields';
import { loadUserRegistry } from './load-registry';
import { isRetryableDbError } from './map-db-error';
import { rederiveBatch, userRowColumns, type UserRow } from './rederive-batch';

export type RederiveOptions = {
  /** Users per batch (one SELECT and one UPDATE each). */
  batchSize?: number;
  /** Directories up to this size are re-derived before the call returns; larger ones in the background. */
  syncLimit?: number;
};

/** `completion` settles when the job has finished (it never rejects: failures are recorded on the job). */
export type RederiveStart = { job: RederiveJobDto | null; completion: Promise<void> };

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_SYNC_LIMIT = 500;
const BATCH_ATTEMPTS = 3;

type BatchState = { field: AppFieldDto | undefined; superseded: boolean };

/** The field as it is now (a later mapping change applies from the next batch on) and whether a newer job replaced this one. */
async function readBatchState(db: Database, jobId: string, fieldId: string): Promise<BatchState> {
  const [field] = await db.select(appFieldColumns).from(appFields).where(eq(appFields.id, fieldId));
  const [{ superseded }] = await queryRows<{ superseded: boolean }>(
    db,
    sql`select exists (
      select 1 from field_rederive_jobs newer, field_rederive_jobs me
      where me.id = ${jobId} and newer.field_id = me.field_id and (newer.created_at, newer.id) > (me.created_at, me.id)
    ) as superseded`,
  );
  return { field, superseded };
}

async function withRetry(work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= BATCH_ATTEMPTS || !isRetryableDbError(error)) throw error;
    }
  }
}

async function finish(db: Database, jobId: string, status: 'done' | 'failed', error: string | null = null): Promise<void> {
  await db.update(fieldRederiveJobs).set({ status, error, finishedAt: new Date() }).where(eq(fieldRederiveJobs.id, jobId));
}

/** Walks every user in keyset order over scim_users.id; never rejects, so a background run cannot go unhandled. */
async function runJob(db: Database, jobId: string, fieldId: string, batchSize: number): Promise<void> {
  try {
    await db.update(fieldRederiveJobs).set({ status: 'running' }).where(eq(fieldRederiveJobs.id, jobId));
    let after: string | undefined;
    let processed = 0;
    for (;;) {
      const state = await readBatchState(db, jobId, fieldId);
      if (!state.field) return; // deleted: its jobs were deleted with it
      if (state.superseded) return finish(db, jobId, 'failed', 'Superseded by a newer re-derivation of this field.');

      const field = state.field;
      const registry = await loadUserRegistry(db);
      const rows: UserRow[] = await db
        .select(userRowColumns)
        .from(scimUsers)
        .where(after === undefined ? undefined : gt(scimUsers.id, after))
        .orderBy(asc(scimUsers.id))
        .limit(batchSize);
      if (rows.length === 0) break;

      await withRetry(() => rederiveBatch(db, field, registry, rows));
      processed += rows.length;
      after = rows[rows.length - 1].id;
      await db
        .update(fieldRederiveJobs)
        .set({ processed, total: sql`greatest(${fieldRederiveJobs.total}, ${processed})` })
        .where(eq(fieldRederiveJobs.id, jobId));
    }
    await finish(db, jobId, 'done');
  } catch (error) {
    console.error(`Re-derivation job ${jobId} of field ${fieldId} failed:`, error);
    const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
    await finish(db, jobId, 'failed', `Re-derivation stopped: ${message}`).catch((recordError: unknown) => {
      console.error(`Could not record the failure of re-derivation job ${jobId}:`, recordError);
    });
  }
}

/**
 * Re-derives one field for every existing user after it was registered or its SCIM path changed (issue 4: no user
 * keeps a stale value). Small directories are done before this returns; larger ones continue in the background
 * in this process, with progress in field_rederive_jobs.
 */
export async function rederiveField(db: Database, fieldId: string, options: RederiveOptions = {}): Promise<RederiveStart> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const syncLimit = options.syncLimit ?? DEFAULT_SYNC_LIMIT;
  const [{ total }] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from scim_users`);
  if (total === 0) return { job: null, completion: Promise.resolve() };

  const [created] = await db.insert(fieldRederiveJobs).values({ fieldId, status: 'queued', total }).returning();
  const completion = runJob(db, created.id, fieldId, batchSize);
  if (total > syncLimit) return { job: toRederiveJob(created), completion };

  await completion;
  const [finished] = await db.select().from(fieldRederiveJobs).where(eq(fieldRederiveJobs.id, created.id));
  return { job: finished ? toRederiveJob(finished) : null, completion };
}

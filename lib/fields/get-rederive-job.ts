import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { fieldRederiveJobs } from '@/db/schema';
import type { RederiveJobDto } from '@/lib/contracts/fields';

export function toRederiveJob(row: typeof fieldRederiveJobs.$inferSelect): RederiveJobDto {
  return {
    id: row.id,
    fieldId: row.fieldId,
    status: row.status,
    total: row.total,
    processed: row.processed,
    error: row.error,
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
  };
}

/** The field's latest re-derivation, or null when it never needed one (no users when it was registered). */
export async function getRederiveJob(db: Database, fieldId: string): Promise<RederiveJobDto | null> {
  const [row] = await db
    .select()
    .from(fieldRederiveJobs)
    .where(eq(fieldRederiveJobs.fieldId, fieldId))
    .orderBy(desc(fieldRederiveJobs.createdAt), desc(fieldRederiveJobs.id))
    .limit(1);
  return row ? toRederiveJob(row) : null;
}

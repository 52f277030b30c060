import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { consoleUsers } from '@/db/schema';

/** True once the console has an owner; until then the server offers the one-time setup link. */
export async function hasOwner(db: Database): Promise<boolean> {
  const rows = await db.select({ id: consoleUsers.id }).from(consoleUsers).where(eq(consoleUsers.role, 'owner')).limit(1);
  return rows.length > 0;
}

import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { consoleUsers } from '@/db/schema';
import type { ConsoleActor } from './console-roles';

/** How long this process trusts what it last read about an account: a removal or role change shows within it. */
export const ACCOUNT_RECHECK_MS = 30_000;

const MAX_ENTRIES = 1_000;

type Entry = { actor: ConsoleActor | null; readAt: number };

const entries = new Map<string, Entry>();

/**
 * The console account a session names, as it is now (its current role, email and name), or null when it was
 * removed. Read from the database at most every ACCOUNT_RECHECK_MS per account and process.
 */
export async function currentAccount(db: Database, id: string, now: Date): Promise<ConsoleActor | null> {
  const cached = entries.get(id);
  if (cached && now.getTime() - cached.readAt < ACCOUNT_RECHECK_MS) return cached.actor;

  const [row] = await db
    .select({ id: consoleUsers.id, email: consoleUsers.email, name: consoleUsers.name, role: consoleUsers.role })
    .from(consoleUsers)
    .where(eq(consoleUsers.id, id))
    .limit(1);
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const actor = row ?? null;
  entries.set(id, { actor, readAt: now.getTime() });
  return actor;
}

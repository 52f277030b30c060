import type { Database } from '@/db/database';
import { consoleUsers } from '@/db/schema';
import type { ConsoleUserSummary } from '@/lib/contracts/auth';
import { DomainError } from '@/lib/errors/domain-error';
import type { ConsoleRole } from '@/lib/contracts/auth';

export type NewConsoleUser = { email: string; name: string; role: ConsoleRole; passwordHash: string; createdAt: Date };

/** Inserts a console user; an email already taken (compared case-insensitively) is a 409, not a database error. */
export async function insertConsoleUser(db: Database, user: NewConsoleUser): Promise<ConsoleUserSummary> {
  const [row] = await db
    .insert(consoleUsers)
    .values(user)
    .onConflictDoNothing()
    .returning({ id: consoleUsers.id, email: consoleUsers.email, name: consoleUsers.name, role: consoleUsers.role });
  if (!row) throw new DomainError('conflict', `A console user with the email ${user.email} already exists.`);
  return { ...row, createdAt: user.createdAt.toISOString() };
}

import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { consoleUsers } from '@/db/schema';
import type { LoginBody } from '@/lib/contracts/auth';
import type { ConsoleActor } from './console-roles';
import { hashPassword, verifyPassword } from './password';

let unknownUserHash: Promise<string> | undefined;

/**
 * The console user whose email and password match, or null. An unknown email costs the same hash
 * computation as a wrong password, so response times do not reveal which accounts exist.
 */
export async function verifyCredentials(db: Database, credentials: LoginBody, now: Date): Promise<ConsoleActor | null> {
  const email = credentials.email.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(consoleUsers)
    .where(sql`lower(${consoleUsers.email}) = ${email}`)
    .limit(1);

  if (!user) {
    unknownUserHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(credentials.password, await unknownUserHash);
    return null;
  }
  if (!(await verifyPassword(credentials.password, user.passwordHash))) return null;

  await db.update(consoleUsers).set({ lastLoginAt: now }).where(eq(consoleUsers.id, user.id));
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

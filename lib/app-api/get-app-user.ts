import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimUsers } from '@/db/schema';
import type { AppUser } from '@/lib/contracts/app-api';
import { DomainError } from '@/lib/errors/domain-error';
import { loadAppUsers } from './load-app-users';

/** One user by Roster id; a deprovisioned account is found and says so. */
export async function getAppUser(db: Database, id: string): Promise<AppUser> {
  const [user] = await loadAppUsers(db, eq(scimUsers.accountId, id), 1);
  if (!user) throw new DomainError('not_found', 'No user has this Roster id.');
  return user;
}

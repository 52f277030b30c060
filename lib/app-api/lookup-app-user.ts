import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimUsers } from '@/db/schema';
import type { AppUser, LookupUserQuery } from '@/lib/contracts/app-api';
import { DomainError } from '@/lib/errors/domain-error';
import { emailIs } from './list-app-users';
import { loadAppUsers } from './load-app-users';

function matching(query: LookupUserQuery): { where: SQL; described: string } {
  if (query.email !== undefined) return { where: emailIs(query.email), described: 'this email' };
  if (query.userName !== undefined) {
    return { where: sql`lower(${scimUsers.userName}) = ${query.userName.toLowerCase()}`, described: 'this userName' };
  }
  return { where: eq(scimUsers.externalId, query.externalId ?? ''), described: 'this externalId' };
}

/**
 * The provisioned user behind an SSO login. A live account wins over deprovisioned ones with the same value (a
 * userName is unique only among live users); a deprovisioned one is returned as such, so the application refuses
 * the login instead of creating a fresh account. Two live users with one email are a 409, never a guess.
 */
export async function lookupAppUser(db: Database, query: LookupUserQuery): Promise<AppUser> {
  const { where, described } = matching(query);
  const users = await loadAppUsers(db, where, 20);
  const live = users.filter((user) => !user.deprovisioned);
  if (live.length > 1) {
    throw new DomainError('conflict', `${live.length} provisioned users have ${described}; look up by userName or externalId instead.`);
  }
  const found = live[0] ?? users.toSorted((a, b) => (b.deprovisionedAt ?? '').localeCompare(a.deprovisionedAt ?? ''))[0];
  if (!found) throw new DomainError('not_found', `No provisioned user has ${described}.`);
  return found;
}

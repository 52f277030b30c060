import { eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import { scimGroups } from '@/db/schema';
import type { DirectoryGroupDto } from '@/lib/contracts/directory';
import { DomainError } from '@/lib/errors/domain-error';
import { directoryGroupColumns, toDirectoryGroup } from './directory-group';

/** One group with its member count and mapped roles; 404 when the IdP never sent it or deleted it. */
export async function getGroup(db: Database, id: string): Promise<DirectoryGroupDto> {
  const [row] = await db.select(directoryGroupColumns).from(scimGroups).where(eq(scimGroups.id, id));
  if (!row) throw new DomainError('not_found', 'No group has this id. It may have been deleted by the identity provider.');
  return toDirectoryGroup(row);
}

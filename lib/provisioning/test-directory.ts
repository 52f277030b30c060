import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import type { Database } from '@/db/database';
import { groupMembers, scimGroups, scimUsers } from '@/db/schema';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { describeZodError, zodErrorField } from '@/lib/errors/describe-zod-error';

/** Test rows written straight into the SCIM tables (the SCIM stores are tested on their own). */

export const testActor: ConsoleActor = { id: 'owner-1', email: 'owner@roster.example', name: 'Olivia Owner', role: 'owner' };

export async function insertUser(
  db: Database,
  document: Record<string, unknown>,
  appFields: Record<string, string | null> = {},
): Promise<string> {
  const id = randomUUID();
  await db.insert(scimUsers).values({
    id,
    userName: String(document.userName),
    active: document.active !== false,
    document,
    appFields,
  });
  return id;
}

export async function insertGroup(db: Database, displayName: string, memberIds: string[] = []): Promise<string> {
  const id = randomUUID();
  await db.insert(scimGroups).values({ id, displayName, document: { displayName } });
  if (memberIds.length > 0) await addMembers(db, id, memberIds);
  return id;
}

export async function addMembers(db: Database, groupId: string, userIds: string[]): Promise<void> {
  await db.insert(groupMembers).values(userIds.map((userId) => ({ groupId, userId }))).onConflictDoNothing();
}

/** `field: message` for a refused service call, as the route wrapper answers it (zod failures worded as it words them). */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZodError) return `${zodErrorField(error)}: ${describeZodError(error)}`;
    if (error instanceof DomainError && error.field) return `${error.field}: ${error.message}`;
    if (error instanceof Error) return error.message;
  }
  throw new Error('expected the call to be refused');
}

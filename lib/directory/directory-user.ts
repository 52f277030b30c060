import { scimUsers } from '@/db/schema';
import type { DirectoryUserDto, UserRoleDto } from '@/lib/contracts/directory';

/** The columns the console shows for a user; the document is read for the name only. */
export const directoryUserColumns = {
  id: scimUsers.id,
  userName: scimUsers.userName,
  displayName: scimUsers.displayName,
  primaryEmail: scimUsers.primaryEmail,
  externalId: scimUsers.externalId,
  active: scimUsers.active,
  document: scimUsers.document,
  appFields: scimUsers.appFields,
  updatedAt: scimUsers.updatedAt,
  deprovisionedAt: scimUsers.deprovisionedAt,
};

type DirectoryUserRow = {
  id: string;
  userName: string;
  displayName: string | null;
  primaryEmail: string | null;
  externalId: string | null;
  active: boolean;
  document: Record<string, unknown>;
  appFields: Record<string, string | null>;
  updatedAt: Date;
  deprovisionedAt: Date | null;
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** name.formatted when the IdP sent it, else givenName and familyName (Entra sends only those). */
export function personName(document: Record<string, unknown>): string | null {
  const name = document.name;
  if (!name || typeof name !== 'object') return null;
  const { formatted, givenName, familyName } = name as Record<string, unknown>;
  return text(formatted) ?? text([text(givenName), text(familyName)].filter(Boolean).join(' '));
}

export function toDirectoryUser(row: DirectoryUserRow, roles: UserRoleDto[]): DirectoryUserDto {
  return {
    id: row.id,
    userName: row.userName,
    displayName: row.displayName,
    name: personName(row.document),
    email: row.primaryEmail ?? row.appFields.email ?? null,
    externalId: row.externalId,
    active: row.active,
    appFields: row.appFields,
    roles,
    lastChange: new Date(row.updatedAt).toISOString(),
    deprovisionedAt: row.deprovisionedAt ? new Date(row.deprovisionedAt).toISOString() : null,
  };
}

import type { appRoles } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';
import type { RoleDto } from '@/lib/contracts/roles';

export function toAppRole(row: typeof appRoles.$inferSelect): RoleDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export const roleNameTaken = (name: string) =>
  DomainError.about('name', 'conflict', `A role named "${name}" already exists (names are compared without regard to case).`);

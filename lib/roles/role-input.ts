import { z } from 'zod';
import type { appRoles } from '@/db/schema';
import { DomainError } from '@/lib/errors/domain-error';

/** An application role (DESIGN "Roles"). */
export type AppRole = { id: string; name: string; description: string; createdAt: string; updatedAt: string };

export const roleNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter a role name, for example Viewer.' })
  .max(80, { error: 'Keep the role name to 80 characters or fewer.' });

export const roleDescriptionSchema = z.string().trim().max(500, { error: 'Keep the description to 500 characters or fewer.' });

export function toAppRole(row: typeof appRoles.$inferSelect): AppRole {
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

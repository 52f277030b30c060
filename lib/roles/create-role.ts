import { z } from 'zod';
import type { Database } from '@/db/database';
import { appRoles } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { findPgError } from '@/db/pg-error';
import { roleDescriptionSchema, roleNameSchema, roleNameTaken, toAppRole, type AppRole } from './role-input';

const createRoleInputSchema = z.object({ name: roleNameSchema, description: roleDescriptionSchema.optional().default('') });

export type CreateRoleInput = z.input<typeof createRoleInputSchema>;

/** Creates an application role; names are unique without regard to case. Audited in the same transaction. */
export async function createRole(db: Database, input: CreateRoleInput, actor: ConsoleActor): Promise<AppRole> {
  const { name, description } = createRoleInputSchema.parse(input);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(appRoles).values({ name, description }).returning();
      await recordAuditEvent(tx, {
        operation: 'role.create',
        outcome: 'success',
        actor: toAuditActor(actor),
        resourceType: 'Role',
        resourceId: row.id,
        resourceName: name,
        changes: diffFields(null, { name, description }),
      });
      return toAppRole(row);
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') throw roleNameTaken(name);
    throw error;
  }
}

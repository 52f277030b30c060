import { z } from 'zod';
import type { Database } from '@/db/database';
import { appFields } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { toSentence } from '@/lib/errors/describe-zod-error';
import { findPgError } from '@/db/pg-error';
import { rederiveField } from '@/lib/provisioning/rederive-field';
import { SCHEMA_URNS } from '@/lib/scim';
import { labelInputSchema, machineNameInputSchema, samlClaimInputSchema, scimPathInputSchema } from './field-input';
import { invalidateFieldCache } from './field-cache';
import type { RederiveJobDto } from '@/lib/contracts/fields';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { appFieldColumns, listFields } from './list-fields';
import { validateScimPath } from './validate-scim-path';

const registerFieldInputSchema = z.object({
  machineName: machineNameInputSchema,
  label: labelInputSchema,
  type: z.enum(['text', 'list'], { error: 'Choose the type "text" (single-line text) or "list".' }),
  /** Absent or blank: the field is an attribute of Roster's own User extension, named after the machine name. */
  scimPath: z.union([z.literal(''), scimPathInputSchema]).nullish().transform((value) => value || null),
  samlClaim: samlClaimInputSchema.optional().transform((value) => value ?? null),
});

export type RegisterFieldInput = z.input<typeof registerFieldInputSchema>;

const taken = (machineName: string) =>
  DomainError.about('machineName', 'conflict', `A field named "${machineName}" already exists; choose another machine name.`);

/**
 * Registers an application field (issue 4 "Mapping"), audited in the same transaction, then derives it for every
 * existing user: before returning for small directories, in the background (progress in the job) for large ones.
 */
export async function registerField(
  db: Database,
  input: RegisterFieldInput,
  actor: ConsoleActor,
): Promise<{ field: AppFieldDto; job: RederiveJobDto | null }> {
  const { machineName, label, type, samlClaim, ...rest } = registerFieldInputSchema.parse(input);
  const scimPath = rest.scimPath ?? `${SCHEMA_URNS.rosterUser}:${machineName}`;

  let field: AppFieldDto;
  try {
    field = await db.transaction(async (tx) => {
      const fields = await listFields(tx);
      if (fields.some((existing) => existing.machineName === machineName)) throw taken(machineName);
      const problem = validateScimPath(scimPath, [...fields, { scimPath, label }]);
      if (problem) throw DomainError.about('scimPath', 'invalid_input', toSentence(problem));

      const position = Math.max(-1, ...fields.map((existing) => existing.position)) + 1;
      const [created] = await tx
        .insert(appFields)
        .values({ machineName, label, type, scimPath, samlClaim, position, isBuiltin: false })
        .returning(appFieldColumns);
      await recordAuditEvent(tx, {
        operation: 'field.create',
        outcome: 'success',
        actor: toAuditActor(actor),
        resourceType: 'Field',
        resourceId: created.id,
        resourceName: machineName,
        changes: diffFields(null, { machineName, label, type, scimPath, samlClaim }),
      });
      return created;
    });
  } catch (error) {
    if (findPgError(error)?.code === '23505') throw taken(machineName);
    throw error;
  }

  invalidateFieldCache();
  const { job } = await rederiveField(db, field.id);
  return { field, job };
}

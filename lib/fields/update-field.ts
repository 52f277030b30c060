import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/database';
import { appFields } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { DomainError } from '@/lib/errors/domain-error';
import { toSentence } from '@/lib/errors/describe-zod-error';
import { isUuid } from '@/lib/provisioning/user-store';
import { rederiveField } from '@/lib/provisioning/rederive-field';
import { labelInputSchema, samlClaimInputSchema, scimPathInputSchema } from './field-input';
import { invalidateFieldCache } from './field-cache';
import type { RederiveJobDto } from '@/lib/contracts/fields';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { appFieldColumns, listFields } from './list-fields';
import { validateScimPath } from './validate-scim-path';

/** Machine name and type are fixed once registered; built-in fields can be edited like the others but not deleted. */
const updateFieldInputSchema = z.object({
  label: labelInputSchema.optional(),
  scimPath: scimPathInputSchema.optional(),
  samlClaim: samlClaimInputSchema.optional(),
});

export type UpdateFieldInput = z.input<typeof updateFieldInputSchema>;

const mapped = (field: AppFieldDto) => ({ label: field.label, scimPath: field.scimPath, samlClaim: field.samlClaim });

/**
 * Changes a field's label, SCIM path or SAML claim, audited in the same transaction. A new SCIM path
 * re-derives the field for every existing user (in the background for large directories).
 */
export async function updateField(
  db: Database,
  id: string,
  input: UpdateFieldInput,
  actor: ConsoleActor,
): Promise<{ field: AppFieldDto; job: RederiveJobDto | null }> {
  const patch = updateFieldInputSchema.parse(input);

  const { field, changed, pathChanged } = await db.transaction(async (tx) => {
    const locked = isUuid(id) ? await tx.select({ id: appFields.id }).from(appFields).where(eq(appFields.id, id)).for('update') : [];
    if (locked.length === 0) throw new DomainError('not_found', 'This field does not exist (it may have been deleted).');
    const fields = await listFields(tx);
    const current = fields.find((candidate) => candidate.id === id)!;

    const next: AppFieldDto = {
      ...current,
      label: patch.label ?? current.label,
      scimPath: patch.scimPath ?? current.scimPath,
      samlClaim: patch.samlClaim === undefined ? current.samlClaim : patch.samlClaim,
    };
    const changes = diffFields(mapped(current), mapped(next));
    if (changes.length === 0) return { field: current, changed: false, pathChanged: false };

    const isPathChange = next.scimPath !== current.scimPath;
    if (isPathChange) {
      const problem = validateScimPath(next.scimPath, fields.map((candidate) => (candidate.id === id ? next : candidate)));
      if (problem) throw DomainError.about('scimPath', 'invalid_input', toSentence(problem));
    }

    const [updated] = await tx
      .update(appFields)
      .set({ label: next.label, scimPath: next.scimPath, samlClaim: next.samlClaim, updatedAt: new Date() })
      .where(eq(appFields.id, id))
      .returning(appFieldColumns);
    await recordAuditEvent(tx, {
      operation: 'field.update',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'Field',
      resourceId: id,
      resourceName: current.machineName,
      changes,
    });
    return { field: updated, changed: true, pathChanged: isPathChange };
  });

  // The label is the description of a Roster extension attribute in /Schemas, so any change refreshes the cache.
  if (changed) invalidateFieldCache();
  if (!pathChanged) return { field, job: null };
  const { job } = await rederiveField(db, field.id);
  return { field, job };
}
